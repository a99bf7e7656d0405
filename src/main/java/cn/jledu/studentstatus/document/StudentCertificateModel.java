package cn.jledu.studentstatus.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A certificate the school issues about one student: 休学证明 (R-SUS-3, 第十六条) and 写实性学习证明 (R-WDR-3, 第四十六条).
 * A procedure maps its facts to this record; {@link StudentCertificateDocument} prints it.
 *
 * @param schoolCode     the student's school (the document belongs to it)
 * @param issuer         the school, printed as the letterhead and above the seal
 * @param subject        the kind of certificate, e.g. 休学证明
 * @param documentNumber 证明编号 (the case key)
 * @param paragraphs     the body, in order
 * @param particulars    labelled facts printed as a table (姓名, 学籍号, 休学期限 …)
 * @param table          an optional table (e.g. terms attended, courses and results) with its heading, or null
 * @param notes          remarks printed after the table (e.g. where the system holds no data), may be empty
 * @param date           the date of issue
 */
public record StudentCertificateModel(String schoolCode, String issuer, String subject, String documentNumber,
        List<String> paragraphs, List<Particular> particulars, Table table, List<String> notes, LocalDate date) {

    public StudentCertificateModel {
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(date, "date");
        paragraphs = List.copyOf(paragraphs);
        particulars = particulars == null ? List.of() : List.copyOf(particulars);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** One labelled line of the particulars table. */
    public record Particular(String label, String value) {

        public Particular {
            Objects.requireNonNull(label, "label");
        }
    }

    /** A table with a heading, column titles and rows of the same width. */
    public record Table(String heading, List<String> columns, List<List<String>> rows) {

        public Table {
            Objects.requireNonNull(heading, "heading");
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
        }
    }
}
