package cn.jledu.studentstatus.withdrawal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A school's attendance of one semester: an XLSX or a CSV (UTF-8, or GB18030 as Chinese Excel saves it) with the
 * columns 学籍号*, 姓名, 旷课课时*, 最长连续擅自离校天数 (read like registration's intake sheet: first sheet, Chinese
 * headers, a trailing * marks a required column). Each data row becomes a {@link Line} or a row error in Chinese.
 */
final class AttendanceSheet {

    static final List<String> COLUMNS = List.of("学籍号*", "姓名", "旷课课时*", "最长连续擅自离校天数");

    /** One student's attendance: class hours missed without leave, the longest unauthorised absence in days. */
    record Line(int row, String studentNumber, String name, int missedHours, int longestAbsenceDays) {
    }

    record Parsed(List<Line> lines, List<String> problems) {
    }

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.CHINA);

    private AttendanceSheet() {
    }

    static Parsed parse(String fileName, byte[] content) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<Map<String, String>> rows;
        if (lower.endsWith(".xlsx")) {
            rows = readXlsx(content);
        } else if (lower.endsWith(".csv")) {
            rows = readCsv(content);
        } else {
            throw new IllegalArgumentException("只支持 .xlsx 或 .csv 文件。");
        }
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map<String, String> v : rows) {
            int row = Integer.parseInt(v.get("#row"));
            String number = v.getOrDefault("学籍号", "");
            List<String> errors = new ArrayList<>();
            if (number.isEmpty()) {
                errors.add("第" + row + "行“学籍号”：必须填写。");
            }
            Integer hours = count(v.getOrDefault("旷课课时", ""), row, "旷课课时", true, errors);
            Integer days = count(v.getOrDefault("最长连续擅自离校天数", ""), row, "最长连续擅自离校天数", false, errors);
            if (errors.isEmpty()) {
                lines.add(new Line(row, number, v.getOrDefault("姓名", ""), hours, days == null ? 0 : days));
            }
            problems.addAll(errors);
        }
        return new Parsed(lines, problems);
    }

    private static Integer count(String text, int row, String column, boolean required, List<String> errors) {
        if (text.isEmpty()) {
            if (required) {
                errors.add("第" + row + "行“" + column + "”：必须填写。");
            }
            return null;
        }
        try {
            int n = Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            if (n < 0) {
                errors.add("第" + row + "行“" + column + "”：不能为负数（" + text + "）。");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add("第" + row + "行“" + column + "”：须为整数（" + text + "）。");
            return null;
        }
    }

    private static List<Map<String, String>> readXlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new IllegalArgumentException("文件是空的。");
            }
            Map<Integer, String> columns = new HashMap<>();
            for (Cell cell : header) {
                columns.put(cell.getColumnIndex(), normalise(FORMATTER.formatCellValue(cell)));
            }
            checkHeaders(columns.values());
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (Map.Entry<Integer, String> c : columns.entrySet()) {
                    Cell cell = row.getCell(c.getKey());
                    values.put(c.getValue(), cell == null ? "" : FORMATTER.formatCellValue(cell).strip());
                }
                if (values.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                values.put("#row", String.valueOf(r + 1));
                rows.add(values);
            }
            return rows;
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new IllegalArgumentException("无法读取 Excel 文件：" + e.getMessage());
        }
    }

    private static List<Map<String, String>> readCsv(byte[] content) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build().parse(new StringReader(decode(content)))) {
            List<String> headers = parser.getHeaderNames().stream().map(AttendanceSheet::normalise).toList();
            checkHeaders(headers);
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    values.put(headers.get(i), record.get(i).strip());
                }
                if (values.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                values.put("#row", String.valueOf(record.getRecordNumber() + 1));
                rows.add(values);
            }
            return rows;
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException("无法读取 CSV 文件：" + e.getMessage());
        }
    }

    static String decode(byte[] content) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    private static String normalise(String header) {
        return header.replace("\uFEFF", "").replace("*", "").replace("＊", "").strip();
    }

    private static void checkHeaders(java.util.Collection<String> present) {
        for (String column : COLUMNS) {
            if (column.endsWith("*") && !present.contains(normalise(column))) {
                throw new IllegalArgumentException("文件缺少必填列“" + normalise(column) + "”。");
            }
        }
    }
}
