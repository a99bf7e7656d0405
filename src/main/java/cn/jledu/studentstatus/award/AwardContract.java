package cn.jledu.studentstatus.award;

import cn.jledu.studentstatus.platform.CaseVariables;

/** The typed contract of processes/award.bpmn. */
public final class AwardContract {

    public static final String PROCESS_KEY = "award";
    public static final String TASK_APPROVE = "Task_ApproveAward";
    public static final String TASK_RECORD = "Task_RecordAward";
    public static final String END_RECORDED = "EndEvent_AwardRecorded";
    public static final String END_DECLINED = "EndEvent_AwardDeclined";
    public static final String FORM_APPROVE = "approveAwardForm";

    /** Process variables. */
    public static final class Vars {
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String STUDENT_ID = CaseVariables.STUDENT_ID;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String CASE_SUMMARY = CaseVariables.CASE_SUMMARY;
        public static final String AWARD_APPROVED = "awardApproved";
        public static final String AWARD_NOTE = "awardNote";

        private Vars() {
        }
    }

    private AwardContract() {
    }
}
