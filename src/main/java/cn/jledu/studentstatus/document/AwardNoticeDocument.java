package cn.jledu.studentstatus.document;

import org.springframework.stereotype.Component;

/**
 * A reward notice to a student and guardian (学生奖励通知书; R-AWD-1, R-SAN-4) as PDF: A4 portrait, the school as
 * letterhead, subject, 文号, title, addressees, body, the particulars of the student and the reward (level and
 * kind, awarding body and date, achievement), legal basis, the school's seal and date.
 */
@Component
public class AwardNoticeDocument {

    public static final String TEMPLATE = "award-notice";

    private final DocumentRenderer renderer;

    public AwardNoticeDocument(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    /** A file name such as {@code JL-12-1-学生奖励通知书.pdf}. */
    public static String fileName(AwardNoticeModel notice) {
        return notice.documentNumber() + "-" + notice.subject() + ".pdf";
    }

    public byte[] pdf(AwardNoticeModel notice) {
        byte[] xml = DocumentXml.write("award-notice", x -> {
            x.markedText("issuer", notice.issuer())
                    .markedText("subject", notice.subject())
                    .markedText("title", notice.title())
                    .markedText("document-number", notice.documentNumber())
                    .markedText("recipient", notice.recipient());
            x.start("paragraphs");
            notice.paragraphs().forEach(p -> x.markedText("p", p));
            x.end();
            x.start("student")
                    .markedText("name", notice.studentName());
            optional(x, "student-number", notice.studentNumber());
            optional(x, "major", notice.majorName());
            optional(x, "class", notice.className());
            x.end();
            x.start("award")
                    .markedText("title", notice.awardTitle())
                    .element("level", notice.level())
                    .element("kind", notice.kind())
                    .markedText("awarding-body", notice.awardingBody())
                    .element("awarded-on", DecisionLetterDocument.chineseDate(notice.awardedOn()));
            optional(x, "reason", notice.reason());
            x.end();
            optional(x, "legal-basis", notice.legalBasis());
            x.element("date", DecisionLetterDocument.chineseDate(notice.date()));
        });
        return renderer.pdf(TEMPLATE, notice.issuer() + " " + notice.title(), xml);
    }

    /** Leaves out a missing or blank value, so that the template prints no empty row for it. */
    private static void optional(DocumentXml x, String name, String value) {
        if (value != null && !value.isBlank()) {
            x.markedText(name, value);
        }
    }
}
