package cn.jledu.studentstatus.graduation;

/**
 * One graduation requirement a student does not meet: which ({@link Condition}), the rule, and in Chinese what
 * exactly is missing (e.g. 课程未通过：语文（第1学期，补考不合格）).
 */
public record Unmet(Condition condition, String ruleId, String message) {

    /** The requirements of R-GRD-1 (and R-GRD-2, R-DUR-3 for the time of graduation), by name. */
    public enum Condition {
        STATUS("学籍状态"),
        UNREVIEWED_CHANGE("学籍变动未经审核"),
        PENDING_PROCEDURE("学籍异动未办结"),
        MORAL_EVALUATION_MISSING("思想品德评价缺失"),
        MORAL_EVALUATION_FAILED("思想品德评价不合格"),
        COURSES_MISSING("无课程成绩"),
        COURSE_FAILED("课程未通过"),
        CREDITS_SHORT("学分不足"),
        INTERNSHIP_MISSING("无实习考核"),
        INTERNSHIP_FAILED("实习考核不合格"),
        EARLY_WITHOUT_APPLICATION("未满学制且未申请提前毕业"),
        TOO_EARLY("提前毕业超出允许范围"),
        TOO_LATE("超过最长学习年限");

        private final String label;

        Condition(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String describe() {
        return condition.label() + "：" + message + "（" + ruleId + "）";
    }
}
