package cn.jledu.studentstatus.monthlyreport;

import cn.jledu.studentstatus.platform.CaseVariables;
import java.util.Map;

/**
 * The typed contract of processes/monthly-report.bpmn (学籍信息变更或异动月报表, R-MON-1…3, C7). One diagram, two
 * start events: the timer {@link #START_MONTH} on the first day of each month opens one case per open school
 * (through the facade, {@link MonthlyReportProcess#openMonth}); {@link #START_SCHOOL_MONTH} is that school's case.
 */
public final class MonthlyReportContract {

    public static final String PROCESS_KEY = "monthlyReport";
    public static final String START_MONTH = "StartEvent_MonthBegins";
    public static final String TASK_OPEN_CASES = "Task_OpenSchoolCases";
    public static final String START_SCHOOL_MONTH = "StartEvent_SchoolMonth";
    /** The message of {@link #START_SCHOOL_MONTH}: only the facade sends it. */
    public static final String MESSAGE_SCHOOL_MONTH = "monthlyReportSchoolMonth";
    public static final String TASK_PREPARE = "Task_PrepareReport";
    public static final String TASK_GENERATE = "Task_GenerateReport";
    public static final String TASK_SIGN = "Task_SignReport";
    public static final String TASK_SUBMIT = "Task_SubmitReport";
    public static final String TASK_REVIEW = "Task_ReviewByCity";
    public static final String TASK_RECORD_RETURN = "Task_RecordReturn";
    public static final String TASK_RECORD_ACCEPTED = "Task_RecordAccepted";
    public static final String END_ACCEPTED = "EndEvent_Accepted";
    public static final String TIMER_REMINDER = "TimerEvent_Reminder";
    public static final String TASK_REMIND = "Task_RemindSchool";
    public static final String TIMER_MONTH_END = "TimerEvent_MonthEnd";
    public static final String TASK_RECORD_LATE = "Task_RecordLate";
    public static final String TASK_URGE_BY_CITY = "Task_UrgeByCity";
    public static final String TIMER_PROVINCE = "TimerEvent_ProvinceEscalation";
    public static final String TASK_RECORD_PROVINCE = "Task_RecordProvinceEscalation";
    public static final String TASK_SUPERVISE_BY_PROVINCE = "Task_SuperviseByProvince";
    public static final String END_NO_REMINDER = "EndEvent_NoReminderNeeded";
    public static final String END_ON_TIME = "EndEvent_SubmittedOnTime";

    public static final String FORM_PREPARE = "prepareMonthlyReportForm";
    public static final String FORM_SIGN = "signMonthlyReportForm";
    public static final String FORM_REVIEW = "reviewMonthlyReportForm";
    public static final String FORM_URGE = "urgeMonthlyReportForm";

    public static final String SIGN = "SIGN";
    public static final String REDO = "REDO";
    public static final String ACCEPT = "ACCEPT";
    public static final String RETURN = "RETURN";

    /** Working-day periods written as numbers in the diagram (none: the reminder is computed, see below). */
    public static final Map<String, Integer> WORKING_DAY_PERIODS = Map.of();

    /**
     * Working-day periods the diagram takes from a process variable set at the start of the case from
     * {@code studentstatus.monthly-report.*} (WorkingDayPeriodsTest): the province escalation, counted from the
     * last day of the month.
     */
    public static final Map<String, String> WORKING_DAY_VARIABLE_PERIODS =
            Map.of("TimerEventDefinition_ProvinceEscalation", Vars.PROVINCE_ESCALATION_DAYS);

    /** Process variables. */
    public static final class Vars {
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String CASE_SUMMARY = CaseVariables.CASE_SUMMARY;
        /** The city-level bureau the report is filed with (identifying, routes {@link #TASK_REVIEW}). */
        public static final String FILING_BUREAU = "filingBureau";
        public static final String REPORT_ID = "reportId";
        /** yyyy-MM. */
        public static final String REPORT_MONTH = "reportMonth";
        /** The last day of the month (yyyy-MM-dd): the province escalation counts working days from it. */
        public static final String MONTH_END = "monthEnd";
        /** 00:00 of the first day of the next month: the month-end timer. */
        public static final String MONTH_END_AT = "monthEndAt";
        /** The end of the working day {@code reminderDays} working days before the month's last working day. */
        public static final String REMINDER_AT = "reminderAt";
        public static final String REMINDER_DAYS = "reminderDays";
        public static final String PROVINCE_ESCALATION_DAYS = "provinceEscalationDays";
        /** Whether the report currently lies with the city bureau (false again after a return). */
        public static final String SUBMITTED = "submitted";
        public static final String REPORT_PDF_ID = "reportPdfId";
        public static final String REPORT_XLSX_ID = "reportXlsxId";
        public static final String CHANGE_COUNT = "changeCount";
        public static final String FLAGGED_COUNT = "flaggedCount";
        public static final String RETURN_REASON = "returnReason";
        // form fields
        public static final String CHANGES_COMPLETE = "changesComplete";
        public static final String PREPARATION_NOTE = "preparationNote";
        public static final String SIGN_DECISION = "signDecision";
        public static final String SIGN_NOTE = "signNote";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String REVIEW_NOTE = "reviewNote";
        public static final String URGE_NOTE = "urgeNote";

        private Vars() {
        }
    }

    private MonthlyReportContract() {
    }
}
