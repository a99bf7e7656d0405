package cn.jledu.studentstatus.latereporting;

import cn.jledu.studentstatus.platform.CaseVariables;

/** The typed contract of processes/late-reporting.bpmn (R-REG-5). */
public final class LateReportingContract {

    public static final String PROCESS_KEY = "lateReporting";
    public static final String MESSAGE_REPORTED = "StudentReported";
    public static final String MESSAGE_LATE_REQUEST = "LateReportRequested";

    public static final String GATEWAY_WAIT = "Gateway_WaitForReport";
    public static final String TASK_APPROVE = "Task_ApproveLateReport";
    public static final String TASK_RECORD_DELAY = "Task_RecordDelay";
    public static final String TASK_CANCEL = "Task_CancelAdmission";
    public static final String TIMER_DEADLINE = "Timer_ReportingDeadline";
    public static final String END_REPORTED = "EndEvent_Reported";
    public static final String END_CANCELLED = "EndEvent_AdmissionCancelled";
    public static final String FORM_APPROVE = "approveLateReportForm";

    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";

    /** Process variables. */
    public static final class Vars {
        public static final String ADMISSION_ID = "admissionId";
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String STUDENT_NAME = CaseVariables.STUDENT_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String REPORTING_DATE = "reportingDate";
        public static final String REPORTING_DEADLINE = "reportingDeadline";
        public static final String LATE_REASON = "lateReason";
        public static final String LATE_PROOF = "lateProof";
        public static final String REQUESTED_UNTIL = "requestedUntil";
        public static final String DECISION = "decision";
        public static final String DELAY_UNTIL = "delayUntil";
        public static final String DECISION_NOTE = "decisionNote";

        private Vars() {
        }
    }

    private LateReportingContract() {
    }
}
