package cn.jledu.studentstatus.suspension;

import cn.jledu.studentstatus.platform.CaseVariables;
import java.util.Map;

/**
 * The typed contract of processes/suspension.bpmn: 休学 (R-SUS-1…3), 继续休学 (R-SUS-2) and 复学 (R-RES-1…3) of one
 * suspension case, with the timers of the suspension period (R-RES-1 reminder, R-WDR-2 proposals).
 */
public final class SuspensionContract {

    public static final String PROCESS_KEY = "suspension";

    public static final String TASK_APPROVE = "Task_ApproveSuspension";
    public static final String TASK_REVIEW = "Task_ReviewSuspension";
    public static final String TASK_APPLY = "Task_ApplySuspension";
    public static final String TASK_CERTIFICATE = "Task_IssueCertificate";
    public static final String SUBPROCESS_SUSPENDED = "SubProcess_Suspended";
    public static final String TIMER_REMINDER = "Timer_ResumptionReminder";
    public static final String TASK_COLLECT = "Task_CollectApplication";
    public static final String TIMER_EXPIRED = "Timer_ExpiredWithoutResumption";
    public static final String TASK_PROPOSE_EXPIRED = "Task_ProposeWithdrawalExpired";
    public static final String TIMER_TWO_YEARS = "Timer_SuspendedTwoYears";
    public static final String TASK_PROPOSE_TWO_YEARS = "Task_ProposeWithdrawalTwoYears";
    public static final String TASK_APPROVE_RESUMPTION = "Task_ApproveResumption";
    public static final String TASK_REVIEW_RESUMPTION = "Task_ReviewResumption";
    public static final String TASK_RESUME = "Task_Resume";
    public static final String END_REJECTED = "EndEvent_SuspensionRejected";
    public static final String END_NOT_APPROVED = "EndEvent_SuspensionNotApproved";
    public static final String END_RESUMED = "EndEvent_Resumed";
    public static final String END_LAPSED = "EndEvent_SuspensionLapsed";

    public static final String MESSAGE_RESUMPTION = "SuspensionResumptionApplied";
    public static final String MESSAGE_EXTENSION = "SuspensionExtensionApplied";

    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";

    /** No working-day periods: the suspension's dates are calendar dates (months, two weeks, two years). */
    public static final Map<String, Integer> WORKING_DAY_PERIODS = Map.of();

    /** What a request of the case asks for. */
    public enum RequestKind {
        SUSPENSION("休学"), EXTENSION("继续休学"), RESUMPTION("复学");

        private final String label;

        RequestKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The ground of a suspension (第十六条, 第十七条). */
    public enum Ground {
        ILLNESS("因病"), LEAVE("因事请假"), MILITARY("依法服兵役");

        private final String label;

        Ground(String label) {
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
        /** SUSPENSION, EXTENSION or RESUMPTION: set by the facade when a request arrives. */
        public static final String REQUEST_KIND = "requestKind";
        public static final String SUSPENDED_UNTIL = "suspendedUntil";
        public static final String DECISION = "decision";
        public static final String DECISION_NOTE = "decisionNote";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String REVIEW_NOTE = "reviewNote";
        public static final String RECHECK_PASSED = "recheckPassed";
        public static final String CONTACTED = "contacted";
        public static final String CONTACT_NOTE = "contactNote";

        private Vars() {
        }
    }

    private SuspensionContract() {
    }
}
