package cn.jledu.studentstatus.sanction;

import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.Organisation;
import org.springframework.stereotype.Component;

/**
 * Where an overdue appeal escalates ({@code ${appealRouting.escalationGroup(schoolCode)}}): the bureau one level
 * above the school's supervising bureau (county → city → province). Above the province there is nobody: a
 * province-run school's overdue appeal goes to the province's own reviewers again, recorded as a breach.
 */
@Component("appealRouting")
public class AppealRouting {

    private final Organisation organisation;

    AppealRouting(Organisation organisation) {
        this.organisation = organisation;
    }

    public String escalationGroup(String schoolCode) {
        return GroupIds.bureauReviewer(escalationBureau(schoolCode).code());
    }

    Bureau escalationBureau(String schoolCode) {
        Bureau supervising = organisation.supervisingBureau(schoolCode);
        Bureau parent = organisation.parentOf(supervising.code());
        return parent == null ? supervising : parent;
    }
}
