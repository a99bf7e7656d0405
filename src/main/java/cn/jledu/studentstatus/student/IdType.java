package cn.jledu.studentstatus.student;

/** 身份证件类型. The first three carry an 18-character GB 11643 number with a check character. */
public enum IdType {
    RESIDENT_ID("居民身份证", true),
    HKMO_RESIDENCE_PERMIT("港澳居民居住证", true),
    TW_RESIDENCE_PERMIT("台湾居民居住证", true),
    HKMO_PASS("港澳居民来往内地通行证", false),
    TW_PASS("台湾居民来往大陆通行证", false),
    FOREIGN_PERMANENT_RESIDENCE("外国人永久居留身份证", false),
    PASSPORT("护照", false),
    OTHER("其他", false);

    private final String label;
    private final boolean gb11643;

    IdType(String label, boolean gb11643) {
        this.label = label;
        this.gb11643 = gb11643;
    }

    public String label() {
        return label;
    }

    public boolean gb11643() {
        return gb11643;
    }

    public static IdType fromLabel(String text) {
        for (IdType t : values()) {
            if (t.label.equals(text) || t.name().equalsIgnoreCase(text)) {
                return t;
            }
        }
        if ("身份证".equals(text) || "户口簿".equals(text)) {
            return RESIDENT_ID;
        }
        throw new IllegalArgumentException("未知的证件类型：" + text);
    }
}
