package cn.jledu.studentstatus.organisation;

import org.springframework.stereotype.Component;

/**
 * Candidate groups for user tasks, computed from the organisation and used in BPMN expressions, e.g.
 * {@code camunda:candidateGroups="${routing.schoolGroup(schoolCode, 'REGISTRAR')}"}.
 */
@Component("routing")
public class ReviewRouting {

    private final Organisation organisation;

    ReviewRouting(Organisation organisation) {
        this.organisation = organisation;
    }

    public String schoolGroup(String schoolCode, String role) {
        return GroupIds.school(schoolCode, SchoolRole.valueOf(role));
    }

    public String supervisingBureauGroup(String schoolCode) {
        return GroupIds.bureauReviewer(organisation.supervisingBureau(schoolCode).code());
    }

    public String bureauGroup(String bureauCode) {
        return GroupIds.bureauReviewer(bureauCode);
    }

    /** Reviewer group of the provincial bureau (escalations to the province). */
    public String provinceGroup() {
        return GroupIds.bureauReviewer(organisation.province().code());
    }

    /** Reviewer group of the i-th bureau (0-based) in the school's review chain. */
    public String chainGroup(String schoolCode, int index) {
        return GroupIds.bureauReviewer(organisation.reviewChain(schoolCode).get(index).code());
    }

    /** Reviewer group of the bureau one level above the school's supervising bureau (escalation), or the province's. */
    public String aboveSupervisingGroup(String schoolCode) {
        Bureau supervising = organisation.supervisingBureau(schoolCode);
        Bureau above = organisation.parentOf(supervising.code());
        return GroupIds.bureauReviewer((above == null ? supervising : above).code());
    }

    /** Reviewer group of the city-level bureau over the school (the province's for a province-run school). */
    public String cityGroup(String schoolCode) {
        return GroupIds.bureauReviewer(organisation.cityOver(schoolCode).code());
    }

    /** Reviewer group of the provincial bureau over the school. */
    public String provinceGroup(String schoolCode) {
        Bureau b = organisation.supervisingBureau(schoolCode);
        while (b.parentCode() != null) {
            b = organisation.bureau(b.parentCode());
        }
        return GroupIds.bureauReviewer(b.code());
    }
}
