package cn.jledu.studentstatus.assessment;

import java.math.BigDecimal;

/**
 * One course of one semester (R-ASM-2): the regular or deferred exam's score and result, the credits where the
 * school runs a credit system, and a make-up exam's score and result where the first attempt failed (R-ASM-4).
 */
public record CourseResult(long studentId, int semester, String courseName, CourseKind kind, BigDecimal score,
                           boolean passed, ExamKind examKind, BigDecimal credits, BigDecimal makeupScore,
                           Boolean makeupPassed) {

    /** Passed at the first attempt (or deferred exam, or exempted) or at the make-up exam. */
    public boolean finallyPassed() {
        return passed || Boolean.TRUE.equals(makeupPassed);
    }

    /** The credits earned: the course's credits once passed, else none. */
    public BigDecimal earnedCredits() {
        return finallyPassed() && credits != null ? credits : BigDecimal.ZERO;
    }
}
