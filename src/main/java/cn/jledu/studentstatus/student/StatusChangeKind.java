package cn.jledu.studentstatus.student;

/** 学籍异动种类: what the status-change history, the monthly report and the national outbox read. */
public enum StatusChangeKind {
    REGISTRATION("新生注册"),
    ADMISSION_CANCELLATION("取消入学资格"),
    TRANSFER_OUT("转出"),
    TRANSFER_IN("转入"),
    MAJOR_CHANGE("转专业"),
    SUSPENSION("休学"),
    /** 继续休学 (R-SUS-2, 第十七条): the student stays 休学 with a new end date. */
    SUSPENSION_EXTENSION("继续休学"),
    RESUMPTION("复学"),
    WITHDRAWAL("退学"),
    REPEAT_YEAR("留级"),
    CANCELLATION("注销"),
    DEATH("死亡"),
    EXPULSION("开除学籍"),
    /** An expulsion that had become final is undone: an appeal made in time was entered late (R-APL-2). */
    EXPULSION_REVERSED("恢复学籍（开除学籍未生效）"),
    GRADUATION("毕业"),
    COMPLETION("结业"),
    INFORMATION_CHANGE("信息变更");

    private final String label;

    StatusChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
