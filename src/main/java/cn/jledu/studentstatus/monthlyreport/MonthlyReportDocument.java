package cn.jledu.studentstatus.monthlyreport;

import cn.jledu.studentstatus.document.DocumentRenderer;
import cn.jledu.studentstatus.document.DocumentRenderingException;
import cn.jledu.studentstatus.document.DocumentXml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * 学籍信息变更或异动月报表 (R-MON-1, C7) as PDF (the paper the principal signs and the school seals, with totals by
 * kind and the signature and seal blocks) and XLSX (the electronic copy, Chinese headers, the same columns).
 */
@Component
class MonthlyReportDocument {

    static final String KIND = "MONTHLY_CHANGE_REPORT";
    static final String TITLE = "学籍信息变更或异动月报表";
    static final List<String> HEADERS = List.of("序号", "学籍号", "姓名", "变更或异动类别", "异动日期", "变更前", "变更后",
            "审批情况", "案卷号", "当月报送审核", "说明");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final DocumentRenderer renderer;

    MonthlyReportDocument(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    /** E.g. {@code 2201220001-2026年3月-学籍信息变更或异动月报表.pdf}. */
    static String fileName(MonthlyChangeReport report, String extension) {
        return report.schoolCode() + "-" + report.monthLabel() + "-" + TITLE + "." + extension;
    }

    byte[] pdf(MonthlyChangeReport report) {
        byte[] xml = DocumentXml.write("monthly-report", x -> {
            x.element("title", TITLE)
                    .element("school-name", report.schoolName())
                    .element("school-code", report.schoolCode())
                    .element("month", report.monthLabel())
                    .element("filing-bureau", report.filingBureauName())
                    .element("generated-on", CHINESE_DATE.format(report.generatedOn()))
                    .element("total", report.rows().size())
                    .element("flagged", report.flagged())
                    .element("nil", report.nil());
            x.start("totals");
            report.totals().forEach((kind, n) -> x.start("kind").attribute("name", kind).attribute("count", n).end());
            x.end();
            x.start("rows");
            int seq = 1;
            for (MonthlyChangeReport.Row r : report.rows()) {
                List<Object> v = values(seq++, r);
                x.start("row");
                for (int c = 0; c < v.size(); c++) {
                    x.markedText("c" + c, v.get(c));
                }
                x.end();
            }
            x.end();
        });
        return renderer.pdf("monthly-report", report.schoolName() + " " + report.monthLabel() + TITLE, xml);
    }

    /**
     * One sheet, bold frozen header row. Every cell is text; a value that a spreadsheet would read as a formula
     * (starting with = + - @) is marked as quoted text (the apostrophe prefix of Excel), never a formula.
     */
    byte[] xlsx(MonthlyChangeReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(report.monthLabel() + "月报表");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            org.apache.poi.ss.usermodel.Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(report.schoolName() + " " + report.monthLabel() + TITLE
                    + (report.nil() ? "（本月无学籍变更或异动，零报告）" : "（共 " + report.rows().size() + " 条）"));
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(1);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 2);
            int[] widths = {6, 20, 10, 14, 12, 10, 10, 40, 22, 14, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            int seq = 1;
            for (MonthlyChangeReport.Row r : report.rows()) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(seq + 1);
                List<Object> values = values(seq, r);
                row.createCell(0).setCellValue(seq);
                for (int c = 1; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v != null) {
                        Cell cell = row.createCell(c);
                        String text = v.toString();
                        cell.setCellValue(text);
                        if (looksLikeFormula(text)) {
                            cell.setCellStyle(quoted);
                        }
                    }
                }
                seq++;
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DocumentRenderingException("月报表 Excel 生成失败：" + e.getMessage(), e);
        }
    }

    /** A value a spreadsheet would evaluate (CSV/formula injection): starts with = + - @ (also after a tab/CR). */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    private static List<Object> values(int seq, MonthlyChangeReport.Row r) {
        List<Object> v = new ArrayList<>(HEADERS.size());
        v.add(seq);
        v.add(r.studentNumber());
        v.add(r.studentName());
        v.add(r.kind());
        v.add(r.effectiveDate() == null ? null : ISO.format(r.effectiveDate()));
        v.add(r.before());
        v.add(r.after());
        v.add(r.approvals());
        v.add(r.caseKey());
        v.add(r.sameMonth() ? "是" : "否（" + r.sameMonthNote() + "）");
        v.add(r.details());
        return v;
    }
}
