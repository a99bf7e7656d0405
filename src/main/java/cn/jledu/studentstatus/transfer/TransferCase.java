package cn.jledu.studentstatus.transfer;

import java.time.LocalDate;

/**
 * One transfer case as stored (table {@code transfer_case}): the facts fixed at the application (student, both
 * schools, the new major and class, the ground) and how far it got. Processes read it by the case key.
 */
record TransferCase(long id, String caseKey, Long studentId, String outSchoolCode, String inSchoolCode,
                    String inMajorCode, Long inClassId, TransferContract.Ground ground, String statement,
                    String guardianName, Long applicationDocumentId, String eligibility, String exemption, State state,
                    String outSchoolBy, LocalDate outSchoolOn, String outApprovedBy, LocalDate outApprovedOn,
                    String inSchoolBy, LocalDate inSchoolOn, String inApprovedBy, LocalDate inApprovedOn,
                    LocalDate effectiveOn, Long newStudentId, Long outCertificateId, Long inCertificateId,
                    String refusedBy, String refusalReason, String batchKey,
                    TransferContract.SourceKind sourceKind, String sourceSchoolName, String personJson,
                    LocalDate studyStartedOn, LocalDate expectedGraduation) {

    /** R-TRF-3: a general senior-high student from outside this system (no out-half, no record before the move). */
    boolean fromGeneralHighSchool() {
        return sourceKind == TransferContract.SourceKind.GENERAL_HIGH_SCHOOL;
    }

    enum State {
        APPLIED, OUT_APPROVED, IN_APPROVED, DONE, REFUSED
    }
}
