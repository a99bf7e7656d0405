package cn.jledu.studentstatus.document;

import org.springframework.stereotype.Component;

/**
 * A school's certificate about one student as PDF (template {@code student-certificate}): 休学证明 (R-SUS-3) and
 * 写实性学习证明 (R-WDR-3). A4 portrait: the school as letterhead, subject, 证明编号, the paragraphs, the particulars,
 * an optional table, notes, the school's seal and date.
 */
@Component
public class StudentCertificateDocument {

    public static final String TEMPLATE = "student-certificate";

    private final DocumentRenderer renderer;

    public StudentCertificateDocument(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    /** A file name such as {@code SUS-T2201000001000123-1-休学证明.pdf}. */
    public static String fileName(StudentCertificateModel certificate) {
        return certificate.documentNumber() + "-" + certificate.subject() + ".pdf";
    }

    public byte[] pdf(StudentCertificateModel c) {
        byte[] xml = DocumentXml.write("student-certificate", x -> {
            x.markedText("issuer", c.issuer()).markedText("subject", c.subject())
                    .markedText("document-number", c.documentNumber());
            x.start("paragraphs");
            c.paragraphs().forEach(p -> x.markedText("p", p));
            x.end();
            x.start("particulars");
            c.particulars().forEach(p -> x.start("particular").markedText("label", p.label())
                    .markedText("value", p.value()).end());
            x.end();
            if (c.table() != null) {
                x.start("table").markedText("heading", c.table().heading());
                x.start("columns");
                c.table().columns().forEach(col -> x.markedText("column", col));
                x.end();
                c.table().rows().forEach(row -> {
                    x.start("row");
                    row.forEach(cell -> x.markedText("cell", cell));
                    x.end();
                });
                x.end();
            }
            x.start("notes");
            c.notes().forEach(n -> x.markedText("note", n));
            x.end();
            x.element("date", DecisionLetterDocument.chineseDate(c.date()));
        });
        return renderer.pdf(TEMPLATE, c.issuer() + " " + c.subject(), xml);
    }
}
