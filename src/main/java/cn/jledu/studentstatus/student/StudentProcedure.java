package cn.jledu.studentstatus.student;

/**
 * The procedures of which a student may have only one running at a time (PROC-1, docs/student-record.md): each
 * ends in or prepares a status change that would contradict the other's. {@link StudentRecords#claimProcedure}
 * holds the student for one case until {@link StudentRecords#releaseProcedure} (when the case's process ends).
 * An information change claims the student too (docs/student-record.md). Procedures that change no status
 * (sanctions below expulsion, awards, roster checks) and
 * the death report (a fact that cannot wait) claim nothing and run alongside.
 */
public enum StudentProcedure {
    CANCELLATION("注销学籍"),
    EXPULSION("开除学籍"),
    TRANSFER("转学"),
    MAJOR_CHANGE("转专业"),
    REPEAT_YEAR("留级"),
    SUSPENSION("休学"),
    RESUMPTION("复学"),
    WITHDRAWAL("退学"),
    /** 信息变更 (R-INF-1): the identity a review is about must not change under it, nor it under another review. */
    INFORMATION_CHANGE("信息变更");

    private final String label;

    StudentProcedure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
