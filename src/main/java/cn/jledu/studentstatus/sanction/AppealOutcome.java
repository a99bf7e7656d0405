package cn.jledu.studentstatus.sanction;

/** The decision on an appeal (school review or bureau): uphold, change (to a lighter level only) or revoke. */
public enum AppealOutcome {
    UPHOLD("维持"),
    CHANGE("变更"),
    REVOKE("撤销");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
