package cn.jledu.studentstatus.deathreport;

import cn.jledu.studentstatus.platform.CaseVariables;
import java.util.Map;

/**
 * The typed contract of processes/death-report.bpmn (R-DTH-1, 第二十二条): the school files the death, the status
 * becomes 死亡 at once, every running procedure of the student ends, and each level up to the province acknowledges
 * (county where the school is county-run, city, province).
 */
public final class DeathReportContract {

    public static final String PROCESS_KEY = "deathReport";
    public static final String TASK_COUNTY = "Task_AcknowledgeCounty";
    public static final String TASK_CITY = "Task_AcknowledgeCity";
    public static final String TASK_PROVINCE = "Task_AcknowledgeProvince";
    public static final String END_REPORTED = "EndEvent_Reported";

    public static final Map<String, Integer> WORKING_DAY_PERIODS = Map.of();

    /** Process variables. */
    public static final class Vars {
        public static final String STUDENT_ID = CaseVariables.STUDENT_ID;
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String STUDENT_NAME = CaseVariables.STUDENT_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String CASE_SUMMARY = CaseVariables.CASE_SUMMARY;
        /** The levels above the school that acknowledge (from the organisation, fixed at the start). */
        public static final String COUNTY_LEVEL = "countyLevel";
        public static final String CITY_LEVEL = "cityLevel";
        public static final String ACKNOWLEDGED = "acknowledged";
        public static final String ACKNOWLEDGEMENT_NOTE = "acknowledgementNote";

        private Vars() {
        }
    }

    private DeathReportContract() {
    }
}
