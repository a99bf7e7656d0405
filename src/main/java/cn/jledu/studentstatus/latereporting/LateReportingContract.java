package cn.jledu.studentstatus.latereporting;

import cn.jledu.studentstatus.platform.CaseVariables;
import java.util.Map;

/** The typed contract of processes/late-reporting.bpmn (R-REG-5). */
public final class LateReportingContract {

    public static final String PROCESS_KEY = "lateReporting";
    public static final String MESSAGE_REPORTED = "StudentReported";
    public static final String MESSAGE_LATE_REQUEST = "LateReportRequested";

    public static final String GATEWAY_WAIT = "Gateway_WaitForReport";
    public static final String GATEWAY_WAIT_AFTER_REFUSAL = "Gateway_WaitAfterRefusal";
    public static final String TASK_APPROVE = "Task_ApproveLateReport";
    public static final String TASK_APPROVE_LONGER = "Task_ApproveLongerDelay";
    public static final String TASK_RECORD_DELAY = "Task_RecordDelay";
    public static final String TASK_RECORD_REFUSAL = "Task_RecordRefusal";
    public static final String TASK_RECORD_REPORTED = "Task_RecordReported";
    public static final String TASK_CANCEL = "Task_CancelAdmission";
    public static final String EVENT_REPORTED_DURING_DECISION = "Event_ReportedDuringDecision";
    public static final String EVENT_REPORTED_DURING_PRINCIPAL = "Event_ReportedDuringPrincipal";
    public static final String EVENT_REPORTED_AFTER_REFUSAL = "Event_ReportedAfterRefusal";
    public static final String TIMER_DEADLINE = "Timer_ReportingDeadline";
    public static final String TIMER_AFTER_REFUSAL = "Timer_LastDayAfterRefusal";
    public static final String END_REPORTED = "EndEvent_Reported";
    public static final String END_CANCELLED = "EndEvent_AdmissionCancelled";
    public static final String FORM_APPROVE = "approveLateReportForm";
    public static final String FORM_APPROVE_LONGER = "approveLongerDelayForm";

    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";

    /** A refusal decided after the grace has ended leaves the student this many working days to report. */
    public static final int DAYS_AFTER_LATE_REFUSAL = 1;

    /** Working-day periods of the diagram, by element id (WorkingDayPeriodsTest). */
    public static final Map<String, Integer> WORKING_DAY_PERIODS = Map.of(
            "TimerDef_LastDayAfterRefusal", DAYS_AFTER_LATE_REFUSAL);

    /** Process variables. */
    public static final class Vars {
        public static final String ADMISSION_ID = "admissionId";
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String STUDENT_NAME = CaseVariables.STUDENT_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String REPORTING_DATE = "reportingDate";
        /** The end of the last day on which the student may report: two weeks, or an approved longer delay. */
        public static final String REPORTING_DEADLINE = "reportingDeadline";
        public static final String LATE_REASON = "lateReason";
        public static final String LATE_PROOF = "lateProof";
        public static final String REQUESTED_UNTIL = "requestedUntil";
        /** Form of the student-affairs head: APPROVE or REJECT. */
        public static final String DECISION = "decision";
        public static final String DELAY_UNTIL = "delayUntil";
        /** Why the delay exceeds two weeks (“一般不得超过两周”: the exception needs a reason and the principal). */
        public static final String EXCEPTIONAL_REASON = "exceptionalReason";
        public static final String DECISION_NOTE = "decisionNote";
        /** Set by the decision check: the approved date is beyond the two weeks, the principal decides. */
        public static final String LONGER_DELAY = "longerDelay";
        /** Form of the principal: APPROVE or REJECT. */
        public static final String PRINCIPAL_DECISION = "principalDecision";
        public static final String PRINCIPAL_NOTE = "principalNote";
        /** Set when a refusal is recorded: the day of the refusal and whether the grace had already ended. */
        public static final String REFUSED_ON = "refusedOn";
        public static final String GRACE_OVER = "graceOver";

        private Vars() {
        }
    }

    private LateReportingContract() {
    }
}
