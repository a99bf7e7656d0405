package cn.jledu.studentstatus.student;

/** 性别. */
public enum Gender {
    MALE("男"), FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Gender fromLabel(String text) {
        for (Gender g : values()) {
            if (g.label.equals(text) || g.name().equalsIgnoreCase(text)) {
                return g;
            }
        }
        throw new IllegalArgumentException("性别只能是“男”或“女”：" + text);
    }
}
