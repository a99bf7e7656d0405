package cn.jledu.studentstatus.award;

/** R-AWD-1 (第三十四条): the level of the body that grants a reward. */
public enum AwardLevel {
    NATIONAL("国家级"),
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    SCHOOL("校级");

    private final String label;

    AwardLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
