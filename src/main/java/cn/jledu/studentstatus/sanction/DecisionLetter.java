package cn.jledu.studentstatus.sanction;

import java.time.LocalDate;
import java.util.List;

/**
 * The model of a decision letter to the student or guardian (R-SAN-4): sanction decisions, review and bureau
 * decisions, and revocations. Today the letter is recorded as text ({@code student_notification}, and as the
 * content of the archive entry); this model is the hook for the shared document service (XSL-FO → PDF) to
 * render the same letter as a PDF once it is merged: {@code documents.render("decision-letter", model)}.
 */
public record DecisionLetter(String subject, String recipient, String studentName, String schoolName,
                             List<String> paragraphs, LocalDate date) {

    public String text() {
        StringBuilder text = new StringBuilder();
        text.append(subject).append('\n').append(recipient).append("：\n");
        for (String p : paragraphs) {
            text.append("    ").append(p).append('\n');
        }
        text.append(schoolName).append('\n').append(date);
        return text.toString();
    }
}
