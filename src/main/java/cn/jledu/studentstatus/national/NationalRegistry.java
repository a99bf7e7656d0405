package cn.jledu.studentstatus.national;

/** Submits registrations and status changes to the national student management system. */
public interface NationalRegistry {

    /** Operations of the national system that we submit. */
    enum Operation {
        REGISTRATION("新生注册"), STATUS_CHANGE("学籍异动"), INFORMATION_CHANGE("信息变更"), CANCELLATION("注销（按退学办理）");

        private final String label;

        Operation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Records that a student's data are to be submitted; idempotent per (operation, student, case). */
    void submit(Operation operation, long studentId, String schoolCode, String caseKey, String payload);
}
