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
}
