package cn.jledu.studentstatus.registrationfiling;

import cn.jledu.studentstatus.platform.CaseVariables;

/**
 * The typed contract of processes/registration-filing.bpmn (R-REG-11, R-REG-6). Three start events: the filing case
 * ({@link #START_FILING}, a message only the facade sends), the season timer ({@link #START_INTAKE_SEASON}: 1 March
 * and 1 October) that opens one deadline case per open school ({@link #START_INTAKE_DEADLINE}), which reminds the
 * school and its bureau before the deadline and starts the filing case at the deadline.
 */
public final class RegistrationFilingContract {

    public static final String PROCESS_KEY = "registrationFiling";
    public static final String TASK_GENERATE = "Task_GenerateFilingList";
    public static final String TASK_SIGN = "Task_SignFilingList";
    public static final String TASK_COUNTY = "Task_StampByCountyBureau";
    public static final String TASK_CITY = "Task_FileWithCityBureau";
    public static final String TASK_RECORD = "Task_RecordFiling";
    public static final String END_FILED = "EndEvent_Filed";
    public static final String FORM_CONFIRM = "confirmFilingForm";

    public static final String START_FILING = "StartEvent_FilingRequested";
    /** The message of {@link #START_FILING}: only the facade sends it. */
    public static final String MESSAGE_FILING = "registrationFilingRequested";
    public static final String START_INTAKE_SEASON = "StartEvent_IntakeSeason";
    public static final String TASK_OPEN_INTAKE_DEADLINES = "Task_OpenIntakeDeadlines";
    public static final String START_INTAKE_DEADLINE = "StartEvent_IntakeDeadline";
    /** The message of {@link #START_INTAKE_DEADLINE}: only the facade sends it. */
    public static final String MESSAGE_INTAKE_DEADLINE = "registrationFilingIntakeDeadline";
    public static final String TIMER_INTAKE_REMINDER = "TimerEvent_IntakeReminder";
    public static final String TASK_REMIND_SCHOOL = "Task_RemindSchool";
    public static final String TASK_REMIND_BUREAU = "Task_RemindBureau";
    public static final String END_NO_REMINDER_CLOSED = "EndEvent_NoReminderForClosedSchool";
    public static final String TIMER_INTAKE_DEADLINE = "TimerEvent_IntakeDeadline";
    public static final String TASK_START_FILING_AT_DEADLINE = "Task_StartFilingAtDeadline";
    public static final String END_DEADLINE_PASSED = "EndEvent_DeadlinePassed";
    public static final String FORM_INTAKE_REMINDER = "intakeReminderForm";

    /** Process variables. */
    public static final class Vars {
        public static final String FILING_ID = "filingId";
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String INTAKE_YEAR = "intakeYear";
        public static final String INTAKE_SEASON = "intakeSeason";
        public static final String COUNTY_REVIEW = "countyReview";
        public static final String COUNTY_BUREAU = "countyBureau";
        public static final String FILING_BUREAU = "filingBureau";
        public static final String STUDENT_COUNT = "studentCount";
        public static final String PDF_ID = "filingPdfId";
        public static final String XLSX_ID = "filingXlsxId";
        public static final String CSV_ID = "filingCsvId";
        public static final String CONFIRMED = "confirmed";
        public static final String REMARKS = "remarks";
        public static final String FILING_REMARKS = "filingRemarks";
        // the deadline case
        public static final String INTAKE_LABEL = "intakeLabel";
        /** The last day of registration (yyyy-MM-dd). */
        public static final String DEADLINE = "deadline";
        /** 00:00 after the last day of registration: the deadline timer and the reminder tasks' due date. */
        public static final String DEADLINE_AT = "deadlineAt";
        /** 08:00 of the working day {@code reminderDays} working days before the deadline (school's calendar). */
        public static final String REMINDER_AT = "reminderAt";
        public static final String REMINDER_DAYS = "reminderDays";
        /** What the deadline did: the filing case it started, or why none. */
        public static final String DEADLINE_OUTCOME = "deadlineOutcome";
        public static final String ACKNOWLEDGED = "acknowledged";

        private Vars() {
        }
    }

    private RegistrationFilingContract() {
    }
}
