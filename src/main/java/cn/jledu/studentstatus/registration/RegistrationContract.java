package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.platform.CaseVariables;

/** The typed contract of processes/registration.bpmn. */
public final class RegistrationContract {

    public static final String PROCESS_KEY = "registration";

    public static final String START = "StartEvent_RegistrationSubmitted";
    public static final String TASK_CHECK = "Task_CheckRegistration";
    public static final String TASK_AFFAIRS = "Task_ReviewByStudentAffairs";
    public static final String TASK_PRINCIPAL = "Task_SignByPrincipal";
    public static final String TASK_COUNTY = "Task_CheckByCountyBureau";
    public static final String TASK_BUREAU = "Task_ApproveByBureau";
    public static final String TASK_ACTIVATE = "Task_ActivateStatus";
    public static final String TASK_NATIONAL = "Task_SubmitToNationalRegistry";
    public static final String TASK_CORRECT = "Task_CorrectRegistration";
    public static final String TASK_WITHDRAW = "Task_WithdrawRegistration";
    public static final String END_REGISTERED = "EndEvent_Registered";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
    public static final String TIMER_COUNTY_REMINDER = "Timer_CountyReviewReminder";
    public static final String TIMER_COUNTY_OVERDUE = "Timer_CountyReviewOverdue";
    public static final String TIMER_BUREAU_REMINDER = "Timer_BureauReviewReminder";
    public static final String TIMER_BUREAU_OVERDUE = "Timer_BureauReviewOverdue";
    public static final String TASK_REMIND = "Task_RemindReviewer";
    public static final String TASK_SUPERVISE_COUNTY = "Task_SuperviseCountyReview";
    public static final String TASK_SUPERVISE_BUREAU = "Task_SuperviseBureauReview";

    public static final String FORM_REVIEW = "reviewRegistrationForm";
    public static final String FORM_CORRECT = "correctRegistrationForm";
    public static final String FORM_REVIEW_BUREAU = "reviewRegistrationBureauForm";
    public static final String FORM_SUPERVISE = "superviseRegistrationReviewForm";

    /** Decisions of a review task ({@code decision}). */
    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";
    /** Actions of the correction task ({@code correctionAction}). */
    public static final String RESUBMIT = "RESUBMIT";
    public static final String WITHDRAW = "WITHDRAW";

    /** Process variables. */
    public static final class Vars {
        public static final String BATCH_ID = "batchId";
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String STUDENT_COUNT = "studentCount";
        public static final String COUNTY_REVIEW = "countyReview";
        public static final String COUNTY_BUREAU = "countyBureau";
        public static final String APPROVING_BUREAU = "approvingBureau";
        public static final String APPROVING_BUREAU_NAME = "approvingBureauName";
        public static final String REVIEW_DUE = "reviewDueDate";
        public static final String ROSTER = "roster";
        public static final String DECISION = "decision";
        public static final String RETURN_REASON = "returnReason";
        public static final String RETURNED_BY = "returnedBy";
        public static final String CORRECTION_ACTION = "correctionAction";
        public static final String CORRECTION_NOTE = "correctionNote";
        /** Bureau form: an approval after the deadline and the grace is an explicit late approval with a reason. */
        public static final String LATE_APPROVAL = "lateApproval";
        public static final String LATE_APPROVAL_REASON = "lateApprovalReason";
        /**
         * Bureau form of the school's supervising bureau: approves the registration of the batch's cross-region
         * joint-programme students at this school (R-REG-10).
         */
        public static final String JOINT_PROGRAMME_APPROVED = "jointProgrammeApproved";
        /** Supervision form of an overdue review. */
        public static final String SUPERVISION_NOTE = "supervisionNote";

        private Vars() {
        }
    }

    private RegistrationContract() {
    }
}
