package cn.jledu.studentstatus.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Certificates as PDF (template {@code certificate}): one A4 landscape page per certificate, so a school prints a
 * cohort's certificates from one file. Graduation (毕业证书), completion (结业证书) and the academic proof (学历证明书).
 */
@Component
public class CertificateDocument {

    public static final String TEMPLATE = "certificate";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy年M月");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final DocumentRenderer renderer;

    public CertificateDocument(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] pdf(List<CertificateModel> certificates) {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("没有要打印的证书。");
        }
        byte[] xml = DocumentXml.write("certificates", x -> {
            for (CertificateModel c : certificates) {
                x.start("certificate")
                        .markedText("subject", c.subject())
                        .element("number", c.number())
                        .markedText("name", c.name())
                        .element("gender", c.gender())
                        .element("birth-date", c.birthDate() == null ? null : DAY.format(c.birthDate()))
                        .element("id-number", c.idNumber())
                        .markedText("school", c.schoolName())
                        .markedText("major", c.majorName())
                        .element("duration", c.durationYears() + "年")
                        .element("learning-form", c.learningForm())
                        .element("flexible", c.flexible())
                        .element("study-from", c.studyFrom() == null ? null : MONTH.format(c.studyFrom()))
                        .element("study-to", c.studyTo() == null ? null : MONTH.format(c.studyTo()))
                        .markedText("statement", c.statement());
                x.start("remarks");
                c.remarks().forEach(r -> x.markedText("remark", r));
                x.end();
                x.markedText("issuer", c.issuer())
                        .markedText("stamped-by", c.stampedBy())
                        .element("date", DAY.format(c.date()))
                        .end();
            }
        });
        CertificateModel first = certificates.get(0);
        return renderer.pdf(TEMPLATE, first.subject() + (certificates.size() == 1 ? " " + first.number() : ""), xml);
    }

    /** 2028年7月. */
    public static String month(LocalDate d) {
        return MONTH.format(d);
    }
}
