package cn.jledu.studentstatus.registrationfiling;

import cn.jledu.studentstatus.platform.CaseVariables;

/** The typed contract of processes/registration-filing.bpmn (R-REG-11). */
public final class RegistrationFilingContract {

    public static final String PROCESS_KEY = "registrationFiling";
    public static final String TASK_GENERATE = "Task_GenerateFilingList";
    public static final String TASK_SIGN = "Task_SignFilingList";
    public static final String TASK_COUNTY = "Task_StampByCountyBureau";
    public static final String TASK_CITY = "Task_FileWithCityBureau";
    public static final String TASK_RECORD = "Task_RecordFiling";
    public static final String END_FILED = "EndEvent_Filed";
    public static final String FORM_CONFIRM = "confirmFilingForm";

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

        private Vars() {
        }
    }

    private RegistrationFilingContract() {
    }
}
