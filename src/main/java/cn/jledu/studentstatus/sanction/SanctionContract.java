package cn.jledu.studentstatus.sanction;

import cn.jledu.studentstatus.platform.CaseVariables;

/** The typed contract of processes/sanction.bpmn and processes/sanction-revocation.bpmn. */
public final class SanctionContract {

    public static final String PROCESS_KEY = "sanction";
    public static final String REVOCATION_PROCESS_KEY = "sanctionRevocation";

    /**
     * R-APL-1 leaves the school appeal window to the school: a school setting ({@code sanction_school_setting}),
     * 10 working days after the student's receipt of the decision unless the school set another number.
     */
    public static final int DEFAULT_SCHOOL_APPEAL_WORKING_DAYS = 10;
    /** The range a school may set (working days). */
    public static final int MIN_SCHOOL_APPEAL_WORKING_DAYS = 5;
    public static final int MAX_SCHOOL_APPEAL_WORKING_DAYS = 30;
    /** R-APL-2 (第三十八条): written appeal to the supervising bureau within 15 working days. */
    public static final int BUREAU_APPEAL_WORKING_DAYS = 15;
    /** R-APL-3 (第三十八条): the bureau decides and answers within 30 working days. */
    public static final int BUREAU_REPLY_WORKING_DAYS = 30;
    /** The reminder before the bureau's deadline: end of the 25th working day. */
    public static final int BUREAU_REMINDER_WORKING_DAYS = 25;

    /**
     * The working-day periods the diagrams count, by the id of the timer definition or user task that counts them
     * ({@code ${workingDays.deadline(execution, <start>, N)}}). The diagram shows the number to the reader of
     * Modeler; {@code WorkingDayPeriodsTest} proves each one equals the contract's.
     */
    public static final java.util.Map<String, Integer> WORKING_DAY_PERIODS = java.util.Map.of(
            "TimerEventDefinition_BureauAppealWindow", BUREAU_APPEAL_WORKING_DAYS,
            "Task_BureauReview", BUREAU_REPLY_WORKING_DAYS,
            "TimerEventDefinition_BureauReplyReminder", BUREAU_REMINDER_WORKING_DAYS,
            "TimerEventDefinition_BureauReplyOverdue", BUREAU_REPLY_WORKING_DAYS);

    /**
     * Periods the diagram reads from a process variable instead of a literal: the school appeal window is the
     * school's setting, copied into {@code schoolAppealWorkingDays} when the principal decides (the same number
     * the decision letter states). {@code WorkingDayPeriodsTest} accepts the variable name for these ids only.
     */
    public static final java.util.Map<String, String> WORKING_DAY_VARIABLE_PERIODS = java.util.Map.of(
            "TimerEventDefinition_SchoolAppealWindow", "schoolAppealWorkingDays");

    public static final String START = "StartEvent_SanctionProposed";
    public static final String START_APPEAL_REOPENED = "StartEvent_AppealReopened";
    public static final String GATEWAY_REOPENED_STAGE = "Gateway_ReopenedStage";
    public static final String MESSAGE_DECISION_DELIVERED_EVENT = "Message_DecisionDelivered";
    public static final String MESSAGE_REVIEW_DECISION_DELIVERED_EVENT = "Message_ReviewDecisionDelivered";
    public static final String TASK_REVIEW_PROPOSAL = "Task_ReviewProposal";
    public static final String TASK_DECIDE = "Task_DecideSanction";
    public static final String TASK_RECORD_NOT_SANCTIONED = "Task_RecordNotSanctioned";
    public static final String TASK_RECORD_DECISION = "Task_RecordDecision";
    public static final String GATEWAY_SCHOOL_APPEAL_WINDOW = "Gateway_SchoolAppealWindow";
    public static final String MESSAGE_SCHOOL_APPEAL_EVENT = "Message_SchoolAppeal";
    public static final String TIMER_SCHOOL_APPEAL_WINDOW = "Timer_SchoolAppealWindow";
    public static final String TASK_REVIEW_APPEAL = "Task_ReviewAppeal";
    public static final String TASK_RECORD_REVIEW_DECISION = "Task_RecordReviewDecision";
    public static final String GATEWAY_BUREAU_APPEAL_WINDOW = "Gateway_BureauAppealWindow";
    public static final String MESSAGE_BUREAU_APPEAL_EVENT = "Message_BureauAppeal";
    public static final String TIMER_BUREAU_APPEAL_WINDOW = "Timer_BureauAppealWindow";
    public static final String TASK_BUREAU_REVIEW = "Task_BureauReview";
    public static final String TIMER_BUREAU_REPLY_REMINDER = "Timer_BureauReplyReminder";
    public static final String TIMER_BUREAU_REPLY_OVERDUE = "Timer_BureauReplyOverdue";
    public static final String TASK_REMIND_BUREAU = "Task_RemindBureau";
    public static final String TASK_RECORD_BREACH = "Task_RecordBreach";
    public static final String TASK_SUPERVISE = "Task_SuperviseOverdueReply";
    public static final String TASK_RECORD_BUREAU_DECISION = "Task_RecordBureauDecision";
    public static final String TASK_FINALISE = "Task_FinaliseSanction";
    public static final String TASK_FILE_EXPULSION = "Task_FileExpulsion";
    public static final String END_NOT_SANCTIONED = "EndEvent_NotSanctioned";
    public static final String END_FINAL = "EndEvent_SanctionFinal";
    public static final String END_EXPULSION_FILED = "EndEvent_ExpulsionFiled";

    public static final String TASK_APPROVE_REVOCATION = "Task_ApproveRevocation";
    public static final String TASK_REVOKE = "Task_RevokeSanction";
    public static final String END_REVOKED = "EndEvent_SanctionRevoked";
    public static final String END_REVOCATION_DECLINED = "EndEvent_RevocationDeclined";

    public static final String MESSAGE_SCHOOL_APPEAL = "SanctionSchoolAppealLodged";
    public static final String MESSAGE_BUREAU_APPEAL = "SanctionBureauAppealLodged";
    /** The registrar recorded the student's receipt of the 学生处分决定书 / 学生申诉复查决定书 (送达). */
    public static final String MESSAGE_DECISION_DELIVERED = "SanctionDecisionDelivered";
    public static final String MESSAGE_REVIEW_DECISION_DELIVERED = "SanctionReviewDecisionDelivered";
    /** An appeal made within its window but entered after the window's timer fired reopens the case. */
    public static final String MESSAGE_APPEAL_REOPENED = "SanctionAppealReopened";

    public static final String FORM_REVIEW_PROPOSAL = "reviewSanctionProposalForm";
    public static final String FORM_DECIDE = "decideSanctionForm";
    public static final String FORM_REVIEW_APPEAL = "reviewSanctionAppealForm";
    public static final String FORM_BUREAU_REVIEW = "reviewSanctionBureauAppealForm";
    public static final String FORM_SUPERVISE = "superviseSanctionAppealForm";
    public static final String FORM_FILE_EXPULSION = "fileSanctionExpulsionForm";
    public static final String FORM_APPROVE_REVOCATION = "approveSanctionRevocationForm";

    /** Process variables. */
    public static final class Vars {
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String STUDENT_ID = CaseVariables.STUDENT_ID;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String CASE_SUMMARY = CaseVariables.CASE_SUMMARY;
        public static final String PROPOSAL_SUPPORTED = "proposalSupported";
        public static final String REVIEW_NOTE = "reviewNote";
        public static final String SANCTION_APPROVED = "sanctionApproved";
        public static final String DECIDED_LEVEL = "decidedLevel";
        public static final String MEETING_DATE = "meetingDate";
        public static final String MEETING_MINUTES_REF = "meetingMinutesRef";
        public static final String DECISION_NOTE = "decisionNote";
        public static final String DECISION_NOTIFIED_ON = "decisionNotifiedOn";
        /** The day the student received the 学生处分决定书 (from the recorded delivery): the school window's start. */
        public static final String DECISION_RECEIVED_ON = "decisionReceivedOn";
        /** The school's appeal window in working days, fixed when the principal decides. */
        public static final String SCHOOL_APPEAL_WORKING_DAYS = "schoolAppealWorkingDays";
        public static final String SCHOOL_APPEAL_MADE_ON = "schoolAppealMadeOn";
        public static final String BUREAU_APPEAL_MADE_ON = "bureauAppealMadeOn";
        /** SCHOOL or BUREAU: where a case reopened by a late-entered, timely appeal resumes. */
        public static final String REOPENED_STAGE = "reopenedStage";
        public static final String SCHOOL_APPEAL_REASONS = "schoolAppealReasons";
        public static final String REVIEW_OUTCOME = "reviewOutcome";
        public static final String REVIEWED_LEVEL = "reviewedLevel";
        public static final String REVIEW_REASONS = "reviewReasons";
        public static final String REVIEW_DECISION_RECEIVED_ON = "reviewDecisionReceivedOn";
        public static final String BUREAU_APPEAL_RECEIVED_ON = "bureauAppealReceivedOn";
        public static final String BUREAU_APPEAL_REASONS = "bureauAppealReasons";
        public static final String BUREAU_OUTCOME = "bureauOutcome";
        public static final String BUREAU_LEVEL = "bureauLevel";
        public static final String BUREAU_REASONS = "bureauReasons";
        public static final String SUPERVISION_NOTE = "supervisionNote";
        public static final String EXPULSION_FINAL = "expulsionFinal";
        public static final String REVOCATION_REASON = "revocationReason";
        public static final String REVOCATION_APPROVED = "revocationApproved";
        public static final String REVOCATION_NOTE = "revocationNote";

        private Vars() {
        }
    }

    private SanctionContract() {
    }
}
