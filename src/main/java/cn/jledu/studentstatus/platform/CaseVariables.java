package cn.jledu.studentstatus.platform;

import java.util.Set;

/**
 * Process variables that every procedure uses under the same name, and the names that identify a case.
 *
 * <p>{@link #IDENTIFYING}: the facts fixed when a case starts (student, school, class, batch, admission,
 * filing, case key) and the inputs of routing (candidate groups, assignees, the review chain). No task
 * completion may set or remove them ({@link TaskVariableGuard}); {@code TaskCompletionGuardTest} tries each
 * on every user task of every process, and checks that every variable a candidate-group or assignee
 * expression reads is listed here.
 */
public final class CaseVariables {

    public static final String SCHOOL_CODE = "schoolCode";
    public static final String CASE_TITLE = "caseTitle";
    public static final String CASE_SUMMARY = "caseSummary";
    public static final String STUDENT_ID = "studentId";

    /** Names a task completion can never change. */
    public static final Set<String> IDENTIFYING = Set.of(
            STUDENT_ID, SCHOOL_CODE, "classId", "batchId", "admissionId", "filingId", "caseKey",
            "headTeacher", "countyReview", "countyBureau", "approvingBureau", "filingBureau",
            "intakeYear", "intakeSeason");

    private CaseVariables() {
    }
}
