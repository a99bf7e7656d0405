package cn.jledu.studentstatus.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A certificate as printed (R-GRD-5, R-GRD-6, R-GRD-7): 中等职业学校毕业证书, 结业证书, or the 学历证明书 that replaces a
 * lost one. The fields are those of the national layout: the holder (name, gender, birth date, ID number), the
 * school, the major, the duration and the period of study, the learning form (flexible learning states the form
 * and the period, R-GRD-5), the certificate number, the issuer and the date. {@code statement} is the sentence of
 * the certificate (e.g. 修业期满，成绩合格，准予毕业); {@code remarks} extra lines (the proof: the lost certificate's
 * number and the void notice).
 */
public record CertificateModel(String schoolCode, String subject, String number, String name, String gender,
        LocalDate birthDate, String idNumber, String schoolName, String majorName, int durationYears,
        String learningForm, boolean flexible, LocalDate studyFrom, LocalDate studyTo, String statement,
        List<String> remarks, String issuer, String stampedBy, LocalDate date) {

    public CertificateModel {
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(date, "date");
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
    }
}
