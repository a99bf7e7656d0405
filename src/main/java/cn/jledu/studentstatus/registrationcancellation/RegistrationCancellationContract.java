package cn.jledu.studentstatus.registrationcancellation;

import cn.jledu.studentstatus.platform.CaseVariables;

/** The typed contract of processes/registration-cancellation.bpmn (R-REG-13). */
public final class RegistrationCancellationContract {

    public static final String PROCESS_KEY = "registrationCancellation";
    public static final String TASK_DECIDE = "Task_DecideCancellation";
    public static final String TASK_FILE = "Task_FileCancellation";
    public static final String TASK_CANCEL = "Task_CancelStatus";
    public static final String END_CANCELLED = "EndEvent_Cancelled";
    public static final String END_NOT_CANCELLED = "EndEvent_NotCancelled";

    public static final String CANCEL = "CANCEL";
    public static final String KEEP = "KEEP";

    /** Why a registered student is found ineligible. */
    public enum Ground {
        ADMISSION_REQUIREMENTS_NOT_MET("不符合招生入学条件"),
        FALSE_INFORMATION("使用虚假信息注册"),
        DUPLICATE_REGISTRATION("重复注册学籍"),
        OTHER("其他不符合注册条件的情形");

        private final String label;

        Ground(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Process variables. */
    public static final class Vars {
        public static final String STUDENT_ID = CaseVariables.STUDENT_ID;
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String STUDENT_NAME = CaseVariables.STUDENT_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String GROUND = "ground";
        public static final String GROUND_LABEL = "groundLabel";
        public static final String FACTS = "facts";
        public static final String DECISION = "decision";
        public static final String DECISION_NOTE = "decisionNote";
        public static final String FILED = "filed";

        private Vars() {
        }
    }

    private RegistrationCancellationContract() {
    }
}
