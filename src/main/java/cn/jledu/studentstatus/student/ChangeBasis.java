package cn.jledu.studentstatus.student;

import java.util.List;

/**
 * What stands behind a status change, written into its status-change row: the case (business key) and process
 * instance that decided it, the details in Chinese, the approvals level by level and the user who carried it out.
 */
public record ChangeBasis(String caseKey, String processInstanceId, String details, List<Approval> approvals,
                          String actor) {

    public ChangeBasis {
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
    }
}
