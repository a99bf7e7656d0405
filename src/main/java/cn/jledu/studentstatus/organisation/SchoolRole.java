package cn.jledu.studentstatus.organisation;

/** Staff roles inside a school (rules.md section 0); each is one engine group per school. */
public enum SchoolRole {
    REGISTRAR("registrar", "学籍管理员"),
    HEAD_TEACHER("headteacher", "班主任"),
    STUDENT_AFFAIRS("affairs", "学生管理部门负责人"),
    PRINCIPAL("principal", "校长"),
    APPEAL_COMMITTEE("appeal", "学生申诉处理委员会");

    private final String suffix;
    private final String label;

    SchoolRole(String suffix, String label) {
        this.suffix = suffix;
        this.label = label;
    }

    public String suffix() {
        return suffix;
    }

    public String label() {
        return label;
    }
}
