package cn.jledu.studentstatus.award;

/** R-AWD-1 (第三十四条): single (单项奖) or comprehensive (综合奖) reward. */
public enum AwardKind {
    SINGLE("单项奖"),
    COMPREHENSIVE("综合奖");

    private final String label;

    AwardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
