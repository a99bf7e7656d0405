package cn.jledu.studentstatus.assessment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The certificates issued to a student (毕业证书, 结业证书), asked by the academic proof (R-GRD-7) and answered by the
 * graduation procedure, so neither procedure depends on the other.
 */
public interface IssuedCertificates {

    /** A stamped certificate: its number, kind (GRADUATE, COMPLETE), date, the stamping bureau and its filed sheet. */
    record IssuedCertificate(String number, String kind, long studentId, String schoolCode, String caseKey,
                             LocalDate issuedOn, String stampingBureau, Long sheetDocumentId) {

        public String kindLabel() {
            return "COMPLETE".equals(kind) ? "结业证书" : "毕业证书";
        }
    }

    /** The student's stamped graduation or completion certificate, if any. */
    Optional<IssuedCertificate> stampedCertificate(long studentId);
}
