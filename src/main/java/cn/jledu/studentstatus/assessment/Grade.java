package cn.jledu.studentstatus.assessment;

/** The four grades of a moral evaluation (R-ASM-1) and of an internship appraisal (R-INT-1). */
public enum Grade {
    EXCELLENT("优秀"), GOOD("良好"), PASS("合格"), FAIL("不合格");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean passed() {
        return this != FAIL;
    }

    /** The grade written in Chinese (优秀/良好/合格/不合格) or as its name; null if neither. */
    public static Grade parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Grade g : values()) {
            if (g.label.equals(t) || g.name().equalsIgnoreCase(t)) {
                return g;
            }
        }
        return null;
    }
}
