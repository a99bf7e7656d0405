package cn.jledu.studentstatus.repeatyear;

import cn.jledu.studentstatus.platform.CaseVariables;

/** The typed contract of processes/repeat-year.bpmn (留级, R-REP-1, 第二十九条). */
public final class RepeatYearContract {

    public static final String PROCESS_KEY = "repeatYear";

    public static final String TASK_DECIDE_SCHOOL = "Task_DecideBySchool";
    public static final String TASK_REVIEW_BUREAU = "Task_ReviewByBureau";
    public static final String TASK_REPEAT = "Task_RepeatYear";
    public static final String END_REFUSED_SCHOOL = "EndEvent_RefusedBySchool";
    public static final String END_REFUSED_BUREAU = "EndEvent_RefusedByBureau";
    public static final String END_REPEATED = "EndEvent_Repeated";

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
        /** The school's own repeat rules (R-REP-1), shown to the deciders. */
        public static final String SCHOOL_RULES = "schoolRules";
        public static final String SCHOOL_DECISION = "schoolDecision";
        public static final String SCHOOL_REASON = "schoolReason";
        public static final String BUREAU_DECISION = "bureauDecision";
        public static final String BUREAU_REASON = "bureauReason";
        /** The bureau stamped the paper approval (第二十九条). */
        public static final String STAMPED = "stamped";

        private Vars() {
        }
    }

    private RepeatYearContract() {
    }
}
