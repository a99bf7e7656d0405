package cn.jledu.studentstatus.document;

import cn.jledu.studentstatus.document.DecisionLetterModel.Particular;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * 转学证明 (R-TRF-4, 第十四条) as PDF: the transfer-out certificate the out-school issues after its supervising
 * bureau's review, and the transfer-in certificate the in-school issues after its own bureau's review. Each has a
 * counterfoil (存根) that the issuing school keeps on file.
 */
@Component
public class TransferCertificateDocument {

    public static final String TEMPLATE = "transfer-certificate";
    public static final String KIND_OUT = "TRANSFER_OUT_CERTIFICATE";
    public static final String KIND_IN = "TRANSFER_IN_CERTIFICATE";

    /** One certificate: who issues it, its kind (转出证明 or 转入证明), number, addressee, text and particulars. */
    public record Model(String schoolCode, String issuer, String subject, String documentNumber, String recipient,
                        List<String> paragraphs, List<Particular> particulars, String reviewedBy, LocalDate date) {

        public Model {
            Objects.requireNonNull(schoolCode, "schoolCode");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(documentNumber, "documentNumber");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(reviewedBy, "reviewedBy");
            Objects.requireNonNull(date, "date");
            paragraphs = List.copyOf(paragraphs);
            particulars = List.copyOf(particulars);
        }
    }

    private final DocumentRenderer renderer;

    public TransferCertificateDocument(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    /** A file name such as {@code TRF-12-转出证明.pdf}. */
    public static String fileName(Model m) {
        return m.documentNumber() + "-" + m.subject() + ".pdf";
    }

    public byte[] pdf(Model m) {
        byte[] xml = DocumentXml.write(TEMPLATE, x -> {
            x.markedText("issuer", m.issuer())
                    .markedText("subject", m.subject())
                    .markedText("document-number", m.documentNumber())
                    .markedText("recipient", m.recipient());
            x.start("paragraphs");
            m.paragraphs().forEach(p -> x.markedText("p", p));
            x.end();
            x.start("particulars");
            m.particulars().forEach(p -> x.start("particular").markedText("label", p.label())
                    .markedText("value", p.value()).end());
            x.end();
            x.markedText("reviewed-by", m.reviewedBy());
            x.element("date", DecisionLetterDocument.chineseDate(m.date()));
        });
        return renderer.pdf(TEMPLATE, m.issuer() + " " + m.subject(), xml);
    }
}
