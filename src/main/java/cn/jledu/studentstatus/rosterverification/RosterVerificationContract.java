package cn.jledu.studentstatus.rosterverification;

import cn.jledu.studentstatus.platform.CaseVariables;

/** The typed contract of processes/roster-verification.bpmn: key, element ids and variable names. */
public final class RosterVerificationContract {

    public static final String PROCESS_KEY = "rosterVerification";

    public static final String START = "StartEvent_VerificationRequested";
    public static final String TASK_VERIFY = "Task_VerifyRoster";
    public static final String TASK_CORRECT = "Task_CorrectRoster";
    public static final String TASK_RECORD = "Task_RecordVerification";
    public static final String GATEWAY_CORRECT = "Gateway_RosterCorrect";
    public static final String END = "EndEvent_Verified";

    public static final String FORM_VERIFY = "verifyRosterForm";
    public static final String FORM_CORRECT = "correctRosterForm";

    /** Process variables. */
    public static final class Vars {
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String CLASS_ID = "classId";
        public static final String CLASS_NAME = "className";
        public static final String HEAD_TEACHER = "headTeacher";
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String ROSTER = "roster";
        public static final String ROSTER_CORRECT = "rosterCorrect";
        public static final String DISCREPANCIES = "discrepancies";
        public static final String CORRECTION_NOTE = "correctionNote";

        private Vars() {
        }
    }

    private RosterVerificationContract() {
    }
}
