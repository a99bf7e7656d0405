package cn.jledu.studentstatus.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * A decision letter to a student and guardian (R-SAN-4) as PDF: A4 portrait, the issuer as letterhead, title and
 * 文号, addressees, body, particulars, legal basis, appeal rights with the last day, signature and seal, and a
 * 送达回执 (acknowledgement of receipt) to cut off and return.
 */
@Component
public class DecisionLetterDocument {

    public static final String TEMPLATE = "decision-letter";

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final DocumentRenderer renderer;

    public DecisionLetterDocument(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    /** A file name such as {@code CF-12-1-1-学生处分决定书.pdf}. */
    public static String fileName(DecisionLetterModel letter) {
        return letter.documentNumber() + "-" + letter.subject() + ".pdf";
    }

    /** 2025年10月16日. */
    public static String chineseDate(LocalDate date) {
        return CHINESE_DATE.format(date);
    }

    public byte[] pdf(DecisionLetterModel letter) {
        byte[] xml = DocumentXml.write("decision-letter", x -> {
            x.markedText("issuer", letter.issuer())
                    .markedText("subject", letter.subject())
                    .markedText("title", letter.title())
                    .markedText("document-number", letter.documentNumber())
                    .markedText("recipient", letter.recipient());
            x.start("paragraphs");
            letter.paragraphs().forEach(p -> x.markedText("p", p));
            x.end();
            x.start("particulars");
            letter.particulars().forEach(p -> x.start("particular").markedText("label", p.label())
                    .markedText("value", p.value()).end());
            x.end();
            if (letter.legalBasis() != null) {
                x.markedText("legal-basis", letter.legalBasis());
            }
            if (letter.appeal() != null) {
                x.start("appeal")
                        .markedText("text", letter.appeal().text())
                        .markedText("body", letter.appeal().body());
                if (letter.appeal().lastDay() != null) { // else the window runs from the receipt of this letter
                    x.element("last-day", chineseDate(letter.appeal().lastDay()))
                            .element("last-day-iso", letter.appeal().lastDay());
                }
                x.end();
            }
            x.element("date", chineseDate(letter.date()));
        });
        return renderer.pdf(TEMPLATE, letter.issuer() + " " + letter.title(), xml);
    }
}
