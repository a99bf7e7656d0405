package cn.jledu.studentstatus.document;

import cn.jledu.studentstatus.document.RegistrationFilingList.Row;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.jledu.studentstatus.platform.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * 《中等职业学校新生入学注册备案名单》 (R-REG-11) as PDF (the paper the principal signs and the school seals),
 * CSV and XLSX (the electronic list). Rows are sorted by major code, class, student number.
 */
@Component
public class RegistrationFilingListDocument {

    public static final String KIND = "REGISTRATION_FILING_LIST";
    public static final String TITLE = "中等职业学校新生入学注册备案名单";
    public static final List<String> HEADERS = List.of("序号", "专业代码", "专业名称", "班级", "学籍号", "姓名", "性别",
            "出生日期", "身份证件号码", "入学前学历", "学习形式", "学籍类别", "备注");

    /** FOP keeps one page-sequence in memory: the table is split into page-sequences of this many rows. */
    static final int ROWS_PER_PAGE_SEQUENCE = 500;

    /** Major code, then class (numbers in class names compared as numbers: 2班 before 10班), then student number. */
    public static final Comparator<Row> ORDER = Comparator.comparing(Row::majorCode)
            .thenComparing(Row::className, RegistrationFilingListDocument::compareNatural)
            .thenComparing(Row::studentNumber);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final DocumentRenderer renderer;

    public RegistrationFilingListDocument(DocumentRenderer renderer) {
        this.renderer = renderer;
    }

    /** A file name such as {@code 2201220001-2026年秋季-新生入学注册备案名单.pdf}. */
    public static String fileName(RegistrationFilingList list, String extension) {
        return list.schoolCode() + "-" + list.intakeLabel() + "-新生入学注册备案名单." + extension;
    }

    public byte[] pdf(RegistrationFilingList list) {
        List<Row> rows = sorted(list);
        byte[] xml = DocumentXml.write("filing-list", x -> {
            x.element("title", TITLE)
                    .element("school-name", list.schoolName())
                    .element("school-code", list.schoolCode())
                    .element("intake", list.intakeLabel())
                    .element("supervising-bureau", list.supervisingBureauName())
                    .element("county-school", list.countySchool())
                    .element("county-bureau", list.countyBureauName())
                    .element("city-bureau", list.cityBureauName())
                    .element("copies", list.copies() == 3 ? "三" : "二")
                    .element("generated-on", CHINESE_DATE.format(list.generatedOn()))
                    .element("total", rows.size())
                    .element("under-review-note", list.underReviewNote());
            writeMajors(x, rows);
            for (int from = 0; from < rows.size() || from == 0; from += ROWS_PER_PAGE_SEQUENCE) {
                x.start("chunk");
                for (int i = from; i < Math.min(rows.size(), from + ROWS_PER_PAGE_SEQUENCE); i++) {
                    Row r = rows.get(i);
                    x.start("row")
                            .element("seq", i + 1)
                            .element("major-code", r.majorCode())
                            .element("major-name", r.majorName())
                            .element("class", r.className())
                            .element("student-number", r.studentNumber())
                            .element("name", r.name())
                            .element("gender", r.genderLabel())
                            .element("birth-date", r.birthDate() == null ? null : ISO.format(r.birthDate()))
                            .element("id-number", r.idNumber())
                            .element("intake-level", r.intakeLevelLabel())
                            .element("learning-form", r.learningFormLabel())
                            .element("category", r.educationCategoryLabel())
                            .element("remarks", r.remarks())
                            .end();
                }
                x.end();
            }
        });
        return renderer.pdf("registration-filing-list", list.schoolName() + " " + list.intakeLabel() + TITLE, xml);
    }

    /** UTF-8 with a byte order mark (so Excel reads the Chinese), one header line, the same columns as the PDF. */
    public byte[] csv(RegistrationFilingList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                     .setHeader(HEADERS.toArray(String[]::new)).setRecordSeparator("\r\n").get())) {
            int seq = 1;
            for (Row r : sorted(list)) {
                csv.printRecord(SpreadsheetText.csvRow(values(seq++, r).toArray()));
            }
            if (list.underReviewNote() != null) {
                csv.printRecord(SpreadsheetText.csvRow(new Object[] {list.underReviewNote()}));
            }
        } catch (IOException e) {
            throw new DocumentRenderingException("备案名单 CSV 生成失败：" + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** One sheet, bold frozen header row, the same columns as the PDF; ID numbers as text, dates as dates. */
    public byte[] xlsx(RegistrationFilingList list) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("备案名单");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
            org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {6, 10, 20, 20, 22, 10, 6, 12, 22, 12, 10, 10, 24};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            int seq = 1;
            for (Row r : sorted(list)) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(seq);
                row.createCell(0).setCellValue(seq);
                List<Object> values = values(seq, r);
                for (int c = 1; c < values.size(); c++) {
                    Object v = values.get(c);
                    Cell cell = row.createCell(c);
                    if (c == 7 && r.birthDate() != null) {
                        cell.setCellValue(r.birthDate());
                        cell.setCellStyle(date);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                        if (SpreadsheetText.isFormulaLike(v.toString())) {
                            cell.setCellStyle(text);
                        }
                    }
                }
                seq++;
            }
            if (list.underReviewNote() != null) {
                sheet.createRow(seq + 1).createCell(0).setCellValue(list.underReviewNote());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new DocumentRenderingException("备案名单 Excel 生成失败：" + e.getMessage(), e);
        }
    }

    static List<Row> sorted(RegistrationFilingList list) {
        List<Row> rows = new ArrayList<>(list.rows());
        rows.sort(ORDER);
        return rows;
    }

    private static List<Object> values(int seq, Row r) {
        List<Object> v = new ArrayList<>(HEADERS.size());
        v.add(seq);
        v.add(r.majorCode());
        v.add(r.majorName());
        v.add(r.className());
        v.add(r.studentNumber());
        v.add(r.name());
        v.add(r.genderLabel());
        v.add(r.birthDate() == null ? null : ISO.format(r.birthDate()));
        v.add(r.idNumber());
        v.add(r.intakeLevelLabel());
        v.add(r.learningFormLabel());
        v.add(r.educationCategoryLabel());
        v.add(r.remarks());
        return v;
    }

    /** {@code <majors><major code name count><class name count/>…</major>…</majors>} from the sorted rows. */
    private static void writeMajors(DocumentXml x, List<Row> rows) {
        Map<String, Map<String, Integer>> classes = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Row r : rows) {
            names.putIfAbsent(r.majorCode(), r.majorName());
            classes.computeIfAbsent(r.majorCode(), k -> new LinkedHashMap<>()).merge(r.className(), 1, Integer::sum);
        }
        x.start("majors");
        classes.forEach((code, perClass) -> {
            x.start("major").attribute("code", code).attribute("name", names.get(code))
                    .attribute("count", perClass.values().stream().mapToInt(Integer::intValue).sum())
                    .attribute("classes", perClass.size());
            perClass.forEach((name, count) -> x.start("class").attribute("name", name).attribute("count", count).end());
            x.end();
        });
        x.end();
    }

    /** Compares strings with runs of digits compared by value ("2班" < "10班"). */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
