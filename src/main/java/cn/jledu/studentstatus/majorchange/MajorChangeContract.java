package cn.jledu.studentstatus.majorchange;

import cn.jledu.studentstatus.platform.CaseVariables;

/**
 * The typed contract of processes/major-change.bpmn (转专业, R-MJC-1…4, 第十五条) and of its decision table
 * processes/major-change-window.dmn (R-MJC-3).
 */
public final class MajorChangeContract {

    public static final String PROCESS_KEY = "majorChange";
    public static final String DECISION_WINDOW = "majorChangeWindow";

    public static final String TASK_CHECK_WINDOW = "Task_CheckWindow";
    public static final String TASK_GRANT_EXCEPTION = "Task_GrantFlexibleException";
    public static final String TASK_APPROVE_SCHOOL = "Task_ApproveBySchool";
    public static final String TASK_REVIEW_BUREAU = "Task_ReviewByBureau";
    public static final String TASK_REVIEW_PROVINCE = "Task_ReviewByProvince";
    public static final String TASK_CHANGE_MAJOR = "Task_ChangeMajor";
    public static final String END_OUTSIDE_WINDOW = "EndEvent_OutsideWindow";
    public static final String END_EXCEPTION_REFUSED = "EndEvent_ExceptionRefused";
    public static final String END_REFUSED_SCHOOL = "EndEvent_RefusedBySchool";
    public static final String END_REFUSED_BUREAU = "EndEvent_RefusedByBureau";
    public static final String END_REFUSED_PROVINCE = "EndEvent_RefusedByProvince";
    public static final String END_CHANGED = "EndEvent_MajorChanged";

    public static final String APPROVE = "APPROVE";
    public static final String REFUSE = "REFUSE";
    /** The bureau's answer that grants the flexible-learning exception (R-CHG-1). */
    public static final String GRANT = "GRANT";

    /** The province's bureau code: the provincial review of a 涉农 student's change (R-MJC-2). */
    public static final String PROVINCE_BUREAU = "220000";

    /** R-MJC-1 (第十五条): the three grounds. */
    public enum Ground {
        APTITUDE("确有某一方面特长或兴趣爱好，转专业后有利于就业或长远发展"),
        HEALTH("患病或生理缺陷，经县级以上医院证明不宜在原专业学习"),
        MAJOR_DISCONTINUED("留级或休学，复学时原专业已停止招生");

        private final String label;

        Ground(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The steps that decide. */
    public enum Step {
        EXCEPTION(TASK_GRANT_EXCEPTION, "主管教育行政部门（弹性学习例外）", Vars.EXCEPTION_DECISION, Vars.EXCEPTION_REASON),
        SCHOOL(TASK_APPROVE_SCHOOL, "学校", Vars.SCHOOL_DECISION, Vars.SCHOOL_REASON),
        BUREAU(TASK_REVIEW_BUREAU, "主管教育行政部门", Vars.BUREAU_DECISION, Vars.BUREAU_REASON),
        PROVINCE(TASK_REVIEW_PROVINCE, "省级教育行政部门", Vars.PROVINCE_DECISION, Vars.PROVINCE_REASON);

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

    /** Process variables. */
    public static final class Vars {
        public static final String STUDENT_ID = CaseVariables.STUDENT_ID;
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String STUDENT_NAME = CaseVariables.STUDENT_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String CASE_SUMMARY = CaseVariables.CASE_SUMMARY;
        /** The decision table's inputs (R-MJC-3). */
        public static final String GRADUATING_YEAR = "graduatingYear";
        public static final String CROSS_CATEGORY = "crossCategory";
        public static final String SEMESTER = "semester";
        /** The decision table's result: {allowed, ruleId, reason}. */
        public static final String WINDOW = "window";
        /** R-MJC-2: a 涉农 student who received the tuition waiver: the provincial review is added. */
        public static final String PROVINCIAL_REVIEW = "provincialReview";
        /** R-CHG-1: a flexible-learning student: the supervising bureau must grant an explicit exception first. */
        public static final String FLEXIBLE_LEARNING = "flexibleLearning";
        public static final String EXCEPTION_DECISION = "exceptionDecision";
        public static final String EXCEPTION_REASON = "exceptionReason";
        /** The checks passed, one line per rule id, for the reviewers' forms. */
        public static final String ELIGIBILITY = "eligibility";
        public static final String SCHOOL_DECISION = "schoolDecision";
        public static final String SCHOOL_REASON = "schoolReason";
        public static final String BUREAU_DECISION = "bureauDecision";
        public static final String BUREAU_REASON = "bureauReason";
        /** R-MJC-4: the bureau stamped the paper approval form. */
        public static final String STAMPED = "stamped";
        public static final String PROVINCE_DECISION = "provinceDecision";
        public static final String PROVINCE_REASON = "provinceReason";

        private Vars() {
        }
    }

    private MajorChangeContract() {
    }
}
