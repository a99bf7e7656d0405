package cn.jledu.studentstatus.sanction;

/** Where a sanction case stands. While DECIDED, SCHOOL_APPEAL or BUREAU_APPEAL it is not final (under appeal). */
public enum SanctionState {
    PROPOSED("处分建议审核中", false),
    NOT_SANCTIONED("不予处分", false),
    DECIDED("已决定，申诉期内", true),
    SCHOOL_APPEAL("校内申诉复查中", true),
    BUREAU_APPEAL("教育行政部门申诉处理中", true),
    FINAL("处分生效", false),
    REVOKED_ON_APPEAL("经申诉撤销", false),
    REVOKED_AFTER_IMPROVEMENT("改正进步后撤销", false);

    private final String label;
    private final boolean underAppeal;

    SanctionState(String label, boolean underAppeal) {
        this.label = label;
        this.underAppeal = underAppeal;
    }

    public String label() {
        return label;
    }

    public boolean underAppeal() {
        return underAppeal;
    }
}
