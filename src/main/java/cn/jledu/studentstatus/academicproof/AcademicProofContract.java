package cn.jledu.studentstatus.academicproof;

import cn.jledu.studentstatus.platform.CaseVariables;
import java.util.Map;

/** The typed contract of processes/academic-proof.bpmn (学历证明书, R-GRD-7). */
public final class AcademicProofContract {

    public static final String PROCESS_KEY = "academicProof";
    public static final String TASK_CHECK = "Task_CheckAgainstFiledSheet";
    public static final String TASK_ISSUE = "Task_IssueProof";
    public static final String TASK_RECORD_REFUSAL = "Task_RecordProofRefused";
    public static final String END_ISSUED = "EndEvent_ProofIssued";
    public static final String END_REFUSED = "EndEvent_ProofRefused";
    public static final String FORM_CHECK = "checkAcademicProofForm";

    public static final String ISSUE = "ISSUE";
    public static final String REFUSE = "REFUSE";

    /** No working-day timers. */
    public static final Map<String, Integer> WORKING_DAY_PERIODS = Map.of();

    /** Process variables. */
    public static final class Vars {
        public static final String PROOF_ID = "proofId";
        public static final String STUDENT_ID = CaseVariables.STUDENT_ID;
        public static final String STUDENT_NAME = CaseVariables.STUDENT_NAME;
        public static final String SCHOOL_CODE = CaseVariables.SCHOOL_CODE;
        public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
        public static final String CASE_TITLE = CaseVariables.CASE_TITLE;
        public static final String CASE_SUMMARY = CaseVariables.CASE_SUMMARY;
        public static final String STAMPING_BUREAU = "stampingBureau";
        public static final String ORIGINAL_NUMBER = "originalNumber";
        public static final String SHEET_PDF_ID = "sheetPdfId";
        public static final String VOID_NOTICE = "voidNotice";
        public static final String ID_CARD_SEEN = "idCardSeen";
        public static final String VOID_NOTICE_SEEN = "voidNoticeSeen";
        public static final String SHEET_MATCHES = "sheetMatches";
        public static final String PROOF_DECISION = "proofDecision";
        public static final String PROOF_NOTE = "proofNote";

        private Vars() {
        }
    }

    private AcademicProofContract() {
    }
}
