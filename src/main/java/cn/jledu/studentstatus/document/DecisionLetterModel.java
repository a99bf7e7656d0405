package cn.jledu.studentstatus.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The model of a decision letter to a student and guardian (R-SAN-4): 处分决定书, 申诉复查决定书, 申诉处理决定书,
 * 撤销处分决定书. A procedure maps its own letter to this record; {@link DecisionLetterDocument} prints it.
 *
 * @param schoolCode     the student's school (the document belongs to it)
 * @param issuer         who decides, signs and seals: the school, or the bureau for a bureau's appeal decision;
 *                       printed as the letterhead
 * @param subject        the kind of letter, e.g. 学生处分决定书
 * @param title          e.g. 关于给予王䶮同学记过处分的决定
 * @param documentNumber 文号 (e.g. the case key and the letter's number in the case)
 * @param recipient      the addressees as written, e.g. 王䶮及监护人王某
 * @param paragraphs     the body, in order (facts, decision, reasons)
 * @param particulars    labelled facts printed as a table (姓名, 学籍号, 处分等级, 第三十六条情形 …), may be empty
 * @param legalBasis     the rules relied on, or null
 * @param appeal         the appeal rights with the concrete last day, or null when no appeal lies
 * @param date           the date of the decision letter
 */
public record DecisionLetterModel(String schoolCode, String issuer, String subject, String title,
        String documentNumber, String recipient, List<String> paragraphs, List<Particular> particulars,
        String legalBasis, Appeal appeal, LocalDate date) {

    public DecisionLetterModel {
        Objects.requireNonNull(schoolCode, "schoolCode");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(date, "date");
        paragraphs = List.copyOf(paragraphs);
        particulars = particulars == null ? List.of() : List.copyOf(particulars);
    }

    /** One labelled line of the particulars table, e.g. 处分等级 / 记过. */
    public record Particular(String label, String value) {

        public Particular {
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * The appeal rights: {@code text} in full (to whom, within how many working days), and the last day as the
     * working-day calendar computed it (the same day the process timer ends), or null when the period runs from the
     * student's receipt of this very letter (the day is then not known when it is printed).
     */
    public record Appeal(String text, String body, LocalDate lastDay) {

        public Appeal {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(body, "body");
        }
    }
}
