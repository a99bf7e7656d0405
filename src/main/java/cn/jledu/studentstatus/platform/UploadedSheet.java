package cn.jledu.studentstatus.platform;

import java.io.ByteArrayInputStream;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded table as staff make them (the intake, assessment and attendance sheets): XLSX (first sheet) or CSV
 * (UTF-8 with or without BOM, otherwise GB18030 as Chinese Excel saves it) with Chinese headers in the first row; a
 * trailing * in a declared column marks a column the file must have. Each non-empty data row becomes a map from
 * header (without *) to its text, with its row number under {@link #ROW}; dates in XLSX cells read as ISO dates.
 *
 * <p>A file that cannot be read is an {@link IllegalArgumentException} with a Chinese message and no framework
 * internals (issue 13 §4: XXE, entity expansion, zip bombs, broken files, unclosed CSV quotes).
 */
public final class UploadedSheet {

    /** The key of a row's number (as the user sees it in the file) in each row's map. */
    public static final String ROW = "#row";

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.CHINA);

    private UploadedSheet() {
    }

    /**
     * The data rows of the file. {@code withTemplate}: the upload page offers a template, and the messages point to
     * it.
     */
    public static List<Map<String, String>> read(String fileName, byte[] content, List<String> columns,
                                                 boolean withTemplate) {
        String advice = withTemplate ? "，请使用下载的模板" : "";
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return readXlsx(content, columns, advice);
        }
        if (lower.endsWith(".csv")) {
            return readCsv(content, columns, advice);
        }
        throw new IllegalArgumentException(withTemplate ? "只支持 .xlsx 或 .csv 文件（请使用下载的模板）。"
                : "只支持 .xlsx 或 .csv 文件。");
    }

    /** A declared column as the header reads without its marks (BOM, *, full-width *). */
    public static String header(String column) {
        return column.replace("\uFEFF", "").replace("*", "").replace("＊", "").strip();
    }

    /** UTF-8 (with or without BOM), otherwise GB18030 as saved by Chinese Excel. */
    public static String decode(byte[] content) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    private static List<Map<String, String>> readXlsx(byte[] content, List<String> columns, String advice) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw new IllegalArgumentException("文件是空的。");
            }
            Map<Integer, String> names = new HashMap<>();
            for (Cell cell : header) {
                names.put(cell.getColumnIndex(), header(FORMATTER.formatCellValue(cell)));
            }
            checkHeaders(names.values(), columns, advice);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                names.forEach((i, name) -> values.put(name, cellText(row.getCell(i))));
                add(rows, values, r + 1);
            }
            return rows;
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            // XXE, entity expansion, zip bombs and broken files end here; no English internals echoed
            throw new IllegalArgumentException("无法读取 Excel 文件：文件已损坏、不是 .xlsx 格式，或含有不允许的内容"
                    + "（外部实体、超大内容）" + advice + "。");
        }
    }

    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return FORMATTER.formatCellValue(cell).strip();
    }

    private static List<Map<String, String>> readCsv(byte[] content, List<String> columns, String advice) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build().parse(new StringReader(decode(content)))) {
            List<String> headers = parser.getHeaderNames().stream().map(UploadedSheet::header).toList();
            checkHeaders(headers, columns, advice);
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    values.put(headers.get(i), record.get(i).strip());
                }
                add(rows, values, record.getRecordNumber() + 1);
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            String own = e.getMessage() != null && e.getMessage().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)
                    ? e.getMessage() : "格式不正确（例如引号未闭合）" + (advice.isEmpty() ? "。" : "，请使用下载的模板另存为 CSV。");
            throw new IllegalArgumentException("无法读取 CSV 文件：" + own);
        }
    }

    private static void add(List<Map<String, String>> rows, Map<String, String> values, long rowNumber) {
        if (values.values().stream().allMatch(String::isEmpty)) {
            return;
        }
        values.put(ROW, String.valueOf(rowNumber));
        rows.add(values);
    }

    private static void checkHeaders(Collection<String> present, List<String> columns, String advice) {
        for (String column : columns) {
            if (column.endsWith("*") && !present.contains(header(column))) {
                throw new IllegalArgumentException("文件缺少必填列“" + header(column) + "”" + advice + "。");
            }
        }
    }
}
