package cn.jledu.studentstatus.informationchange;

import cn.jledu.studentstatus.platform.CaseVariables;

/** The typed contract of processes/information-change.bpmn (信息变更, R-INF-1, 第二十三条). */
public final class InformationChangeContract {

    public static final String PROCESS_KEY = "informationChange";

    public static final String TASK_DECIDE_SCHOOL = "Task_DecideBySchool";
    public static final String TASK_REVIEW_BUREAU = "Task_ReviewByBureau";
    public static final String TASK_CHANGE_RECORD = "Task_ChangeRecord";
    public static final String END_REFUSED_SCHOOL = "EndEvent_RefusedBySchool";
    public static final String END_REFUSED_BUREAU = "EndEvent_RefusedByBureau";
    public static final String END_CHANGED = "EndEvent_Changed";

    public static final String FORM_DECIDE = "decideInformationChangeForm";
    public static final String FORM_REVIEW = "reviewInformationChangeForm";

    public static final String APPROVE = "APPROVE";
    public static final String REFUSE = "REFUSE";

    /** Process variables. */
    public static final class Vars {
        public static final String STUDENT_ID = CaseVariables.STUDENT_ID;
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String STUDENT_NAME = CaseVariables.STUDENT_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String CASE_SUMMARY = CaseVariables.CASE_SUMMARY;
        /** The fields to change, one line each: "姓名：张三 → 张珊" (display only). */
        public static final String CHANGES = "changes";
        /** The legal identity proof: holder, type, number and the link to the scanned file (display only). */
        public static final String PROOF = "proof";
        public static final String SCHOOL_DECISION = "schoolDecision";
        public static final String SCHOOL_REASON = "schoolReason";
        /** The principal checked the proof against the original (R-INF-1). */
        public static final String PROOF_CHECKED = "proofChecked";
        public static final String BUREAU_DECISION = "bureauDecision";
        public static final String BUREAU_REASON = "bureauReason";
        /** The bureau stamped and filed the paper change form (第二十三条). */
        public static final String STAMPED = "stamped";

        private Vars() {
        }
    }

    /** No working-day deadlines in this diagram (WorkingDayPeriodsTest). */
    public static final java.util.Map<String, Integer> WORKING_DAY_PERIODS = java.util.Map.of();

    private InformationChangeContract() {
    }
}
