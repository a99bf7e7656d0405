package cn.jledu.studentstatus.withdrawal;

import cn.jledu.studentstatus.platform.CaseVariables;
import java.util.Map;

/**
 * The typed contract of processes/withdrawal.bpmn: 退学 on application of student and guardian (R-WDR-1) or proposed
 * by the system to the school (R-WDR-2), reviewed by the supervising bureau in the same month, with the factual study
 * certificate (R-WDR-3).
 */
public final class WithdrawalContract {

    public static final String PROCESS_KEY = "withdrawal";
    public static final String TASK_DECIDE = "Task_DecideWithdrawal";
    public static final String TASK_REVIEW = "Task_ReviewWithdrawal";
    public static final String TIMER_REMINDER = "Timer_MonthEndReminder";
    public static final String TASK_REMIND = "Task_RemindBureau";
    public static final String TIMER_ESCALATION = "Timer_MonthEndEscalation";
    public static final String TASK_SUPERVISE = "Task_SuperviseReview";
    public static final String TASK_WITHDRAW = "Task_Withdraw";
    public static final String TASK_CERTIFICATE = "Task_IssueStudyCertificate";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
    public static final String END_KEPT = "EndEvent_Kept";
    public static final String END_NOT_APPROVED = "EndEvent_NotApproved";

    public static final String WITHDRAW = "WITHDRAW";
    public static final String KEEP = "KEEP";
    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";

    /** The review dates are calendar dates (the month of the submission). */
    public static final Map<String, Integer> WORKING_DAY_PERIODS = Map.of();

    /** Who started the case. */
    public enum Initiative {
        APPLICATION("学生本人和监护人申请"), SCHOOL("学校做退学处理（系统提出建议）");

        private final String label;

        Initiative(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Process variables. */
    public static final class Vars {
        public static final String STUDENT_ID = CaseVariables.STUDENT_ID;
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String STUDENT_NAME = CaseVariables.STUDENT_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String CASE_SUMMARY = CaseVariables.CASE_SUMMARY;
        public static final String INITIATIVE = "initiative";
        public static final String INITIATIVE_LABEL = "initiativeLabel";
        public static final String DECISION = "decision";
        public static final String DECISION_NOTE = "decisionNote";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String REVIEW_NOTE = "reviewNote";
        public static final String REVIEW_DUE = "reviewDue";
        public static final String ACKNOWLEDGED = "acknowledged";
        public static final String SUPERVISION_NOTE = "supervisionNote";

        private Vars() {
        }
    }

    private WithdrawalContract() {
    }
}
