package cn.jledu.studentstatus.sanction;

import cn.jledu.studentstatus.document.DecisionLetterModel;
import cn.jledu.studentstatus.document.DecisionLetterModel.Particular;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision letter to the student and guardian (R-SAN-4): sanction decisions, review and bureau decisions, and
 * revocations. {@link #text()} is the plain text kept in {@code student_notification} (and as the content of the
 * archive entry); {@link #model()} is what the shared document service prints as the PDF
 * ({@code fo/decision-letter.xsl}). Both carry the same paragraphs and the same appeal sentence.
 *
 * @param issuer      who decides and seals: the school, or the supervising bureau for its appeal decision
 * @param particulars labelled facts for the PDF's table (姓名, 学籍号, 处分等级 …)
 * @param appeal      the appeal rights (the last day only when known: a window that runs from the receipt of
 *                    this letter has none), or null
 */
record DecisionLetter(String schoolCode, String issuer, String subject, String title, String documentNumber,
                      String recipient, List<String> paragraphs, List<Particular> particulars, String legalBasis,
                      Appeal appeal, LocalDate date) {

    /** The rules every sanction letter relies on (第三十四条至第三十九条: rewards, sanctions, appeals). */
    static final String LEGAL_BASIS = "《吉林省中等职业学校学生学籍管理暂行办法》第三十四条至第三十九条";

    DecisionLetter {
        paragraphs = List.copyOf(paragraphs);
        particulars = List.copyOf(particulars);
    }

    /**
     * The appeal rights: "如对本决定有异议，可在收到本决定之日起10个工作日内向…提出书面申诉" ({@code rights}), who
     * receives the appeal ({@code body}) and the last day (the day the process timer ends).
     */
    record Appeal(String rights, String body, LocalDate lastDay) {

        /** The sentence as printed and as kept in the text: "…（受理：永吉县教育局；截止 2025-10-23）。". */
        String sentence() {
            return rights + "（受理：" + body + (lastDay == null ? "" : "；截止 " + lastDay) + "）。";
        }
    }

    String text() {
        StringBuilder text = new StringBuilder();
        text.append(subject).append('\n').append(title).append('\n').append("文号：").append(documentNumber).append('\n')
                .append(recipient).append("：\n");
        for (String p : paragraphs) {
            text.append("    ").append(p).append('\n');
        }
        if (appeal != null) {
            text.append("    ").append(appeal.sentence()).append('\n');
        }
        text.append(issuer).append('\n').append(date);
        return text.toString();
    }

    DecisionLetterModel model() {
        return new DecisionLetterModel(schoolCode, issuer, subject, title, documentNumber, recipient, paragraphs,
                particulars, legalBasis, appeal == null ? null
                        : new DecisionLetterModel.Appeal(appeal.sentence(), appeal.body(), appeal.lastDay()),
                date);
    }
}
