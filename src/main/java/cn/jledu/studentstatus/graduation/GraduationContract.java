package cn.jledu.studentstatus.graduation;

import cn.jledu.studentstatus.platform.CaseVariables;
import java.util.Map;

/** The typed contract of processes/graduation.bpmn (R-GRD-1…6). */
public final class GraduationContract {

    public static final String PROCESS_KEY = "graduation";
    public static final String TASK_REVIEW_LIST = "Task_ReviewGraduateList";
    public static final String TASK_RECORD_RETURN = "Task_RecordListReturned";
    public static final String TASK_PREPARE = "Task_PrepareCertificates";
    public static final String TASK_SUBMIT = "Task_SubmitForStamping";
    public static final String TASK_STAMP = "Task_StampCertificates";
    public static final String TASK_COMPLETE = "Task_CompleteGraduation";
    public static final String TASK_REMIND = "Task_RemindSchool";
    public static final String TASK_SUPERVISE = "Task_SuperviseOverdueStamping";
    public static final String TIMER_REMINDER = "Timer_StampingReminder";
    public static final String TIMER_OVERDUE = "Timer_StampingOverdue";
    public static final String END_GRADUATED = "EndEvent_Graduated";
    public static final String END_RETURNED = "EndEvent_ListReturned";
    public static final String END_REMINDED = "EndEvent_Reminded";
    public static final String END_SUPERVISED = "EndEvent_OverdueSupervised";

    public static final String FORM_REVIEW = "reviewGraduateListForm";
    public static final String FORM_SUBMIT = "submitForStampingForm";
    public static final String FORM_STAMP = "stampCertificatesForm";
    public static final String FORM_SUPERVISE = "superviseOverdueStampingForm";

    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    public static final String STAMPED = "STAMPED";
    public static final String RETURNED = "RETURNED";

    /** Days before the stamping deadline on which the school is reminded (calendar days, docs/graduation.md). */
    public static final int REMINDER_DAYS_BEFORE = 5;

    /** No working-day timers: the stamping deadline is a date the school was given. */
    public static final Map<String, Integer> WORKING_DAY_PERIODS = Map.of();

    /** Process variables. */
    public static final class Vars {
        public static final String GRADUATION_ID = "graduationId";
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String CASE_SUMMARY = CaseVariables.CASE_SUMMARY;
        public static final String STAMPING_BUREAU = "stampingBureau";
        public static final String STAMPING_BUREAU_NAME = "stampingBureauName";
        public static final String GRADUATION_YEAR = "graduationYear";
        public static final String GRADUATE_COUNT = "graduateCount";
        public static final String COMPLETER_COUNT = "completerCount";
        public static final String STAMPING_DEADLINE = "stampingDeadline";
        public static final String STAMPING_REMINDER = "stampingReminder";
        public static final String STAMPING_DEADLINE_TEXT = "stampingDeadlineText";
        public static final String REMINDER_NOTE = "reminderNote";
        /** Task-local JSON snapshot of the list for the forms' table (display only). */
        public static final String GRADUATE_LIST = "graduateList";
        public static final String SHEET_PDF_ID = "sheetPdfId";
        public static final String LIST_DECISION = "listDecision";
        public static final String LIST_NOTE = "listNote";
        public static final String PRINTED = "printed";
        public static final String SUBMIT_NOTE = "submitNote";
        public static final String STAMP_DECISION = "stampDecision";
        public static final String TEMPLATE_IMPORTED = "templateImported";
        public static final String SHEET_COPY_KEPT = "sheetCopyKept";
        public static final String STAMP_NOTE = "stampNote";
        public static final String SUPERVISED = "supervised";
        public static final String SUPERVISION_NOTE = "supervisionNote";

        private Vars() {
        }
    }

    private GraduationContract() {
    }
}
