package cn.jledu.studentstatus.platform;

import java.util.Set;

/**
 * The process variables every case has, whatever its procedure: each contract's {@code Vars} refers to these, the
 * calendar reads the region from {@link #SCHOOL_CODE}, and the Tasklist filters show {@link #SCHOOL_NAME},
 * {@link #STUDENT_NAME} and {@link #CASE_TITLE} as columns.
 *
 * <p>{@link #IDENTIFYING}: the facts fixed when a case starts (student, school, class, batch, admission, filing,
 * case key) and the inputs of routing (candidate groups, assignees, the review chain). No task completion may set
 * or remove them ({@link TaskVariableGuard}); {@code TaskCompletionGuardTest} tries each on every user task of every
 * process, and checks that every variable a candidate-group or assignee expression reads is listed here.
 */
public final class CaseVariables {

    /** The school the case belongs to (10-digit code); routing and the working-day region derive from it. */
    public static final String SCHOOL_CODE = "schoolCode";
    public static final String SCHOOL_NAME = "schoolName";
    /** The student the case is about (internal id), for single-student cases. */
    public static final String STUDENT_ID = "studentId";
    public static final String STUDENT_NAME = "studentName";
    /** What the task list shows: procedure and whose case it is (e.g. 注销学籍：张三（学籍号 …）). */
    public static final String CASE_TITLE = "caseTitle";
    /** A one-paragraph summary of the facts for the reviewer's form. */
    public static final String CASE_SUMMARY = "caseSummary";

    /** Names a task completion can never change. */
    public static final Set<String> IDENTIFYING = Set.of(
            STUDENT_ID, SCHOOL_CODE, "classId", "batchId", "admissionId", "filingId", "caseKey",
            "headTeacher", "countyReview", "countyBureau", "approvingBureau", "filingBureau",
            "intakeYear", "intakeSeason", "graduationId", "stampingBureau", "proofId");

    private CaseVariables() {
    }
}
