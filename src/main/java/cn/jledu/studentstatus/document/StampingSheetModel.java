package cn.jledu.studentstatus.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 毕业证书验印单 (R-GRD-3, R-GRD-4): the school's list of the certificates it takes to the stamping bureau, one row per
 * certificate (graduation and completion), with the counts, the supervising bureau's review of the list and the
 * stamping bureau's block. The bureau keeps a copy (the filed sheet checked for a lost certificate, R-GRD-7).
 */
public record StampingSheetModel(String schoolCode, String schoolName, String caseKey, int graduationYear,
        String supervisingBureau, String stampingBureau, LocalDate listApprovedOn, LocalDate date, List<Row> rows) {

    public StampingSheetModel {
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(caseKey, "caseKey");
        rows = List.copyOf(rows);
    }

    /** One certificate: number, kind (毕业/结业), the student, the major and the learning form. */
    public record Row(String certificateNumber, String kind, String studentNumber, String name, String gender,
                      String idNumber, String major, String learningForm, String remark) {
    }

    public long count(String kind) {
        return rows.stream().filter(r -> kind.equals(r.kind())).count();
    }
}
