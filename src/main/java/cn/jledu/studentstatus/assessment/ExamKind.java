package cn.jledu.studentstatus.assessment;

/**
 * How a course result was obtained: the regular exam, a deferred exam (缓考, R-ASM-4), or exempted/converted from
 * experience or certificates (免考, flexible learning, R-ASM-2).
 */
public enum ExamKind {
    REGULAR("正常考核"), DEFERRED("缓考"), EXEMPTED("免考或认定");

    private final String label;

    ExamKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
