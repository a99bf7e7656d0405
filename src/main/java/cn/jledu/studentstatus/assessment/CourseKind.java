package cn.jledu.studentstatus.assessment;

/** Course groups of a secondary vocational programme (R-ASM-2). */
public enum CourseKind {
    FOUNDATION("公共基础课"), VOCATIONAL("专业技能课");

    private final String label;

    CourseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
