package cn.jledu.studentstatus.assessment;

import cn.jledu.studentstatus.platform.UploadedSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The assessment import file: XLSX (the template) or CSV (UTF-8 with or without BOM, or GB18030 as Chinese Excel
 * saves it) with Chinese headers; one row per result, its kind in 类别 (思想品德评价, 课程成绩, 实习考核). Reading
 * gives each data row as a map from header to text with its row number; the import checks the values.
 */
final class AssessmentSheet {

    static final String ROW = UploadedSheet.ROW;
    /** The template's columns; a trailing * marks a column every row needs. */
    static final List<String> COLUMNS = List.of("学籍号*", "姓名*", "类别*", "学期", "等级或结果", "班主任评语或考核评价",
            "课程名称", "课程类别", "考核方式", "成绩", "补考成绩", "学分", "实习类别", "实习单位", "岗位", "开始日期", "结束日期");

    private AssessmentSheet() {
    }

    static List<Map<String, String>> read(String fileName, byte[] content) {
        return UploadedSheet.read(fileName, content, COLUMNS, true);
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
                    row.createCell(i).setCellValue(examples.get(r).getOrDefault(UploadedSheet.header(COLUMNS.get(i)), ""));
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
