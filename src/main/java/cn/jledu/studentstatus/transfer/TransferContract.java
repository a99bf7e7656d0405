package cn.jledu.studentstatus.transfer;

import cn.jledu.studentstatus.platform.CaseVariables;

/**
 * The typed contract of processes/transfer.bpmn (转学, R-TRF-1…6, R-CHG-1, R-REG-7): a collaboration of two
 * processes under one case key. {@link #PROCESS_KEY} is the out-school's half (转出学校及其主管教育行政部门);
 * {@link #IN_PROCESS_KEY} the in-school's half (转入学校及其主管教育行政部门), started by the message
 * {@link #MESSAGE_IN_REQUESTED} and answering with {@link #MESSAGE_IN_ANSWERED}. In each half {@code schoolCode} is
 * that half's school, so each task goes to that school and that school's own supervising bureau.
 */
public final class TransferContract {

    public static final String PROCESS_KEY = "transfer";
    public static final String IN_PROCESS_KEY = "transferIn";

    public static final String MESSAGE_IN_REQUESTED = "TransferInRequested";
    public static final String MESSAGE_IN_ANSWERED = "TransferInAnswered";
    /**
     * R-TRF-3: the in-school's registrar records a general senior-high student's transfer-in from outside this
     * system; the in-half starts directly (no out-half).
     */
    public static final String MESSAGE_GENERAL_HIGH_SCHOOL = "GeneralHighSchoolTransferInApplied";
    public static final String START_GENERAL_HIGH_SCHOOL = "StartEvent_GeneralHighSchoolTransferIn";

    // the out-school's half
    public static final String TASK_GRANT_EXCEPTION = "Task_GrantFlexibleException";
    public static final String TASK_APPROVE_OUT = "Task_ApproveByOutSchool";
    public static final String TASK_REVIEW_OUT = "Task_ReviewByOutBureau";
    public static final String TASK_REQUEST_IN = "Task_RequestTransferIn";
    public static final String TASK_AWAIT_IN = "Task_AwaitTransferIn";
    public static final String TASK_RECORD_REFUSAL = "Task_RecordRefusal";
    public static final String END_TRANSFERRED_OUT = "EndEvent_TransferredOut";
    public static final String END_REFUSED = "EndEvent_TransferRefused";

    // the in-school's half
    public static final String TASK_APPROVE_IN = "Task_ApproveByInSchool";
    public static final String TASK_REVIEW_IN = "Task_ReviewByInBureau";
    public static final String TASK_ISSUE_IN = "Task_IssueTransferInPapers";
    public static final String TIMER_TERM_START = "TimerEvent_TermStart";
    public static final String TASK_MOVE = "Task_MoveStudent";
    public static final String TASK_ANSWER_REFUSAL = "Task_AnswerRefusal";
    public static final String END_TRANSFERRED_IN = "EndEvent_TransferredIn";
    public static final String END_IN_REFUSED = "EndEvent_TransferInRefused";

    public static final String APPROVE = "APPROVE";
    public static final String REFUSE = "REFUSE";
    public static final String GRANT = "GRANT";

    /** R-TRF-1 (第十四条): the grounds on which student and guardian may apply. */
    public enum Ground {
        HOUSEHOLD_MOVE("户籍迁移"),
        FAMILY_RELOCATION("家庭搬迁"),
        PERSONAL_WISH("个人意愿");

        private final String label;

        Ground(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the student comes from: a vocational school of this system (two halves) or a general senior high. */
    public enum SourceKind {
        VOCATIONAL_SCHOOL, GENERAL_HIGH_SCHOOL
    }

    /** The steps that decide, each a user task with its own form fields. */
    public enum Step {
        EXCEPTION(TASK_GRANT_EXCEPTION, "转出学校主管教育行政部门（弹性学习例外）", Vars.EXCEPTION_DECISION, Vars.EXCEPTION_REASON),
        OUT_SCHOOL(TASK_APPROVE_OUT, "转出学校", Vars.OUT_SCHOOL_DECISION, Vars.OUT_SCHOOL_REASON),
        OUT_BUREAU(TASK_REVIEW_OUT, "转出学校主管教育行政部门", Vars.OUT_BUREAU_DECISION, Vars.OUT_BUREAU_REASON),
        IN_SCHOOL(TASK_APPROVE_IN, "转入学校", Vars.IN_SCHOOL_DECISION, Vars.IN_SCHOOL_REASON),
        IN_BUREAU(TASK_REVIEW_IN, "转入学校主管教育行政部门", Vars.IN_BUREAU_DECISION, Vars.IN_BUREAU_REASON);

        private final String taskId;
        private final String who;
        private final String decisionVariable;
        private final String reasonVariable;

        Step(String taskId, String who, String decisionVariable, String reasonVariable) {
            this.taskId = taskId;
            this.who = who;
            this.decisionVariable = decisionVariable;
            this.reasonVariable = reasonVariable;
        }

        public String taskId() {
            return taskId;
        }

        public String who() {
            return who;
        }

        public String decisionVariable() {
            return decisionVariable;
        }

        public String reasonVariable() {
            return reasonVariable;
        }

        static Step ofTask(String taskDefinitionKey) {
            for (Step s : values()) {
                if (s.taskId.equals(taskDefinitionKey)) {
                    return s;
                }
            }
            throw new IllegalArgumentException(taskDefinitionKey);
        }
    }

    /** Process variables (ids, names for display, decisions). */
    public static final class Vars {
        public static final String STUDENT_ID = CaseVariables.STUDENT_ID;
        /** A batch transfer (R-TRF-5): the first case row's id; the batch key is the business key. */
        public static final String BATCH_ID = "batchId";
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String STUDENT_NAME = CaseVariables.STUDENT_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String CASE_SUMMARY = CaseVariables.CASE_SUMMARY;
        /** Whether the student studies in flexible learning (R-CHG-1): the out-bureau must grant an exception. */
        public static final String FLEXIBLE_LEARNING = "flexibleLearning";
        /** The eligibility checks passed, one line per rule id, for the reviewers' forms. */
        public static final String ELIGIBILITY = "eligibility";
        /** The case's papers (application form, certificates) as links, for the reviewers' forms. */
        public static final String PAPERS = "papers";
        public static final String OTHER_SCHOOL_NAME = "otherSchoolName";
        /** Set by the in-school's half when it answers: whether the transfer-in was approved. */
        public static final String IN_ACCEPTED = "inAccepted";
        /**
         * R-TRF-5: the students of a batch still in it, as task-local JSON rows for the form's table (a display
         * snapshot taken when the task is created; the cases stay in the database).
         */
        public static final String BATCH_STUDENTS = "batchStudents";
        /** R-TRF-5: the reviewer's refusals of single students of a batch, one "学籍号：理由" per line. */
        public static final String BATCH_REFUSALS = "batchRefusals";

        public static final String EXCEPTION_DECISION = "exceptionDecision";
        public static final String EXCEPTION_REASON = "exceptionReason";
        public static final String OUT_SCHOOL_DECISION = "outSchoolDecision";
        public static final String OUT_SCHOOL_REASON = "outSchoolReason";
        public static final String OUT_BUREAU_DECISION = "outBureauDecision";
        public static final String OUT_BUREAU_REASON = "outBureauReason";
        public static final String IN_SCHOOL_DECISION = "inSchoolDecision";
        public static final String IN_SCHOOL_REASON = "inSchoolReason";
        public static final String IN_BUREAU_DECISION = "inBureauDecision";
        public static final String IN_BUREAU_REASON = "inBureauReason";

        private Vars() {
        }
    }

    private TransferContract() {
    }
}
