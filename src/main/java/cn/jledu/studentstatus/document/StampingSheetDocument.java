package cn.jledu.studentstatus.document;

import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** 毕业证书验印单 as PDF (template {@code stamping-sheet}): A4 landscape, the table split every 500 rows. */
@Component
public class StampingSheetDocument {

    public static final String TEMPLATE = "stamping-sheet";
    public static final String KIND = "STAMPING_SHEET";
    public static final String TITLE = "中等职业学校毕业证书验印单";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final int ROWS_PER_SEQUENCE = 500;

    private final DocumentRenderer renderer;

    public StampingSheetDocument(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    public static String fileName(StampingSheetModel sheet) {
        return sheet.caseKey() + "-毕业证书验印单.pdf";
    }

    public byte[] pdf(StampingSheetModel sheet) {
        byte[] xml = DocumentXml.write("stamping-sheet", x -> {
            x.markedText("school", sheet.schoolName())
                    .element("school-code", sheet.schoolCode())
                    .element("case-key", sheet.caseKey())
                    .element("year", sheet.graduationYear())
                    .markedText("supervising-bureau", sheet.supervisingBureau())
                    .markedText("stamping-bureau", sheet.stampingBureau())
                    .element("approved-on", sheet.listApprovedOn() == null ? null : DAY.format(sheet.listApprovedOn()))
                    .element("date", DAY.format(sheet.date()))
                    .element("total", sheet.rows().size())
                    .element("graduates", sheet.count("毕业"))
                    .element("completers", sheet.count("结业"));
            for (int from = 0; from < sheet.rows().size(); from += ROWS_PER_SEQUENCE) {
                x.start("part");
                int seq = from;
                for (StampingSheetModel.Row r : sheet.rows().subList(from, Math.min(from + ROWS_PER_SEQUENCE,
                        sheet.rows().size()))) {
                    x.start("row").element("no", ++seq).element("number", r.certificateNumber()).element("kind", r.kind())
                            .element("student-number", r.studentNumber()).markedText("name", r.name())
                            .element("gender", r.gender()).element("id-number", r.idNumber())
                            .markedText("major", r.major()).element("form", r.learningForm())
                            .markedText("remark", r.remark()).end();
                }
                x.end();
            }
        });
        return renderer.pdf(TEMPLATE, sheet.schoolName() + " " + TITLE, xml);
    }
}
