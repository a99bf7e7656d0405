package cn.jledu.studentstatus.schoolclosure;

import cn.jledu.studentstatus.platform.CaseVariables;

/**
 * The typed contract of processes/school-closure.bpmn (学校撤销或合并, R-MON-5): the supervising bureau starts it for
 * a school without students left 在籍, 休学 or under review; the school confirms, the bureau confirms (or returns it
 * to the school), then the school is recorded closed.
 */
public final class SchoolClosureContract {

    public static final String PROCESS_KEY = "schoolClosure";
    public static final String START = "StartEvent_ClosureRequested";
    public static final String TASK_CONFIRM_BY_SCHOOL = "Task_ConfirmBySchool";
    public static final String TASK_CONFIRM_BY_BUREAU = "Task_ConfirmByBureau";
    public static final String TASK_RECORD = "Task_RecordClosure";
    public static final String END_CLOSED = "EndEvent_Closed";

    public static final String FORM_CONFIRM_BY_SCHOOL = "confirmClosureBySchoolForm";
    public static final String FORM_REVIEW = "reviewClosureForm";

    public static final String CONFIRM = "CONFIRM";
    public static final String RETURN = "RETURN";

    /** Process variables. */
    public static final class Vars {
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String CASE_SUMMARY = CaseVariables.CASE_SUMMARY;
        public static final String CLOSURE_ID = "closureId";
        /** CLOSED (撤销) or MERGED (合并). */
        public static final String KIND = "closureKind";
        public static final String RECEIVING_SCHOOL_NAME = "receivingSchoolName";
        public static final String RETURN_REASON = "returnReason";
        // form fields
        public static final String SCHOOL_CONFIRMED = "schoolConfirmed";
        public static final String SCHOOL_NOTE = "schoolNote";
        public static final String BUREAU_DECISION = "bureauDecision";
        public static final String BUREAU_NOTE = "bureauNote";

        private Vars() {
        }
    }

    private SchoolClosureContract() {
    }
}
