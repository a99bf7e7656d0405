package cn.jledu.studentstatus.withdrawal;

import cn.jledu.studentstatus.platform.UploadedSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private AttendanceSheet() {
    }

    static Parsed parse(String fileName, byte[] content) {
        List<Map<String, String>> rows = UploadedSheet.read(fileName, content, COLUMNS, false);
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map<String, String> v : rows) {
            int row = Integer.parseInt(v.get(UploadedSheet.ROW));
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





}
