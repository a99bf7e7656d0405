package cn.jledu.studentstatus.student;

/**
 * 学籍状态. A person holds at most one active status anywhere in the province (R-REG-4): REGISTERING,
 * ENROLLED and SUSPENDED are active; the others end the record at this school.
 */
public enum StudentStatus {
    REGISTERING("注册中", true),
    ENROLLED("在籍", true),
    SUSPENDED("休学", true),
    ADMISSION_CANCELLED("取消入学资格", false),
    WITHDRAWN("退学", false),
    TRANSFERRED_OUT("转出", false),
    GRADUATED("毕业", false),
    COMPLETED("结业", false),
    CANCELLED("注销", false),
    EXPELLED("开除学籍", false),
    DECEASED("死亡", false);

    private final String label;
    private final boolean active;

    StudentStatus(String label, boolean active) {
        this.label = label;
        this.active = active;
    }

    public String label() {
        return label;
    }

    public boolean active() {
        return active;
    }
}
