package cn.jledu.studentstatus.organisation;

import cn.jledu.studentstatus.platform.RuleViolation;
import java.util.Optional;

/**
 * R-MAJ-1 (第十条), in one place: a student may only be in a major of the national catalogue that the school is
 * approved to run, and in a class of that major. Registration, transfer-in and major change all ask here.
 */
public final class MajorApproval {

    private MajorApproval() {
    }

    /**
     * Refuses a major that is not in the catalogue ({@code major} empty) or not approved for the school.
     *
     * @param requestedCode the code as given, for the message
     */
    public static Major check(String requestedCode, Optional<Major> major, boolean approvedAtSchool) {
        if (major.isEmpty()) {
            throw new RuleViolation("R-MAJ-1", "（第十条）专业代码“" + requestedCode + "”不在国家专业目录中。");
        }
        if (!approvedAtSchool) {
            throw new RuleViolation("R-MAJ-1", "（第十条）本校未经审批开设“" + major.get().name() + "”专业（"
                    + major.get().code() + "），不得注册该专业学生。");
        }
        return major.get();
    }

    /** Refuses a class that belongs to another major. */
    public static void checkClass(SchoolClass schoolClass, Major major) {
        if (!schoolClass.majorCode().equals(major.code())) {
            throw new RuleViolation("R-MAJ-1", "（第十条）班级“" + schoolClass.name() + "”不属于“" + major.name() + "”专业。");
        }
    }
}
