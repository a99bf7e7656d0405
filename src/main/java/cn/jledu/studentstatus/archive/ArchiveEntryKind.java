package cn.jledu.studentstatus.archive;

/** Kinds of archive entries (R-REG-12): what the archive of a student may contain. */
public enum ArchiveEntryKind {
    BASIC_INFORMATION("基本信息"),
    ENROLMENT_DOCUMENT("入学材料"),
    MORAL_EVALUATION("思想品德评价"),
    COURSE_RESULT("课程与技能成绩"),
    STATE_GRANT("国家助学金"),
    TUITION_WAIVER("免学费"),
    AWARD("奖励"),
    SANCTION("处分"),
    STATUS_CHANGE("学籍异动"),
    INTERNSHIP("顶岗实习"),
    GRADUATE_REGISTRATION("毕业生登记表"),
    DOCUMENT("文书");

    private final String label;

    ArchiveEntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
