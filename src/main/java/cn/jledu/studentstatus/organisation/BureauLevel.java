package cn.jledu.studentstatus.organisation;

/** Level of an education bureau; also who runs a school (a school is supervised by a bureau of its level). */
public enum BureauLevel {
    PROVINCE("省级"),
    CITY("市（州）级"),
    COUNTY("县级");

    private final String label;

    BureauLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
