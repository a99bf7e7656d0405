package cn.jledu.studentstatus.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The assessment import file: XLSX (the template) or CSV (UTF-8 with or without BOM, or GB18030 as Chinese Excel
 * saves it) with Chinese headers; one row per result, its kind in 类别 (思想品德评价, 课程成绩, 实习考核). Reading
 * gives each data row as a map from header to text with its row number; the import checks the values.
 */
final class AssessmentSheet {

    static final String ROW = "#row";
    /** The template's columns; a trailing * marks a column every row needs. */
    static final List<String> COLUMNS = List.of("学籍号*", "姓名*", "类别*", "学期", "等级或结果", "班主任评语或考核评价",
            "课程名称", "课程类别", "考核方式", "成绩", "补考成绩", "学分", "实习类别", "实习单位", "岗位", "开始日期", "结束日期");

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.CHINA);

    private AssessmentSheet() {
    }

    static List<Map<String, String>> read(String fileName, byte[] content) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return readXlsx(content);
        }
        if (lower.endsWith(".csv")) {
            return readCsv(content);
        }
        throw new IllegalArgumentException("只支持 .xlsx 或 .csv 文件（请使用下载的模板）。");
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
                columns.forEach((i, name) -> values.put(name, text(row.getCell(i))));
                if (values.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                values.put(ROW, String.valueOf(r + 1));
                rows.add(values);
            }
            return rows;
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new IllegalArgumentException("无法读取 Excel 文件：" + e.getMessage());
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return FORMATTER.formatCellValue(cell).strip();
    }

    private static List<Map<String, String>> readCsv(byte[] content) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build().parse(new StringReader(decode(content)))) {
            List<String> headers = parser.getHeaderNames().stream().map(AssessmentSheet::normalise).toList();
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
                values.put(ROW, String.valueOf(record.getRecordNumber() + 1));
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

    private static void checkHeaders(Collection<String> present) {
        for (String column : COLUMNS) {
            if (column.endsWith("*") && !present.contains(normalise(column))) {
                throw new IllegalArgumentException("文件缺少必填列“" + normalise(column) + "”，请使用下载的模板。");
            }
        }
    }

    /** The XLSX template: bold header, 学籍号 as text, one example row of each kind. */
    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("考核结果");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle head = workbook.createCellStyle();
            head.setFont(bold);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(COLUMNS.get(i));
                c.setCellStyle(head);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, 14 * 256);
            }
            sheet.createFreezePane(0, 1);
            List<Map<String, String>> examples = List.of(
                    example("思想品德评价", Map.of("学期", "1", "等级或结果", "良好", "班主任评语或考核评价", "遵守纪律，团结同学")),
                    example("课程成绩", Map.of("学期", "1", "课程名称", "语文", "课程类别", "公共基础课", "考核方式", "正常考核",
                            "成绩", "52", "补考成绩", "75", "学分", "4")),
                    example("实习考核", Map.of("实习类别", "顶岗实习", "实习单位", "一汽解放汽车有限公司", "岗位", "装配工",
                            "开始日期", "2027-09-01", "结束日期", "2028-06-30", "等级或结果", "合格")));
            for (int r = 0; r < examples.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    row.createCell(i).setCellValue(examples.get(r).getOrDefault(normalise(COLUMNS.get(i)), ""));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> example(String kind, Map<String, String> values) {
        Map<String, String> m = new LinkedHashMap<>(values);
        m.put("学籍号", "（本校学生的学籍号）");
        m.put("姓名", "（与学籍一致）");
        m.put("类别", kind);
        return m;
    }
}
