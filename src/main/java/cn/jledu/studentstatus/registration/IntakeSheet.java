package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.platform.UploadedSheet;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.StudentEnums.EducationCategory;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The bulk intake file: an XLSX (the downloadable template) or a CSV (UTF-8, or GB18030 as Excel saves it)
 * with Chinese headers. Parsing turns each data row into an {@link Applicant}, or into problems naming the
 * row number, the column and the reason.
 */
public final class IntakeSheet {

    /** The columns of the template, in order; a trailing * marks a required column. */
    public static final List<String> COLUMNS = List.of("姓名*", "性别*", "出生日期*", "民族", "证件类型", "证件号码*",
            "户口性质", "家庭住址", "监护人姓名", "监护人电话", "联系电话", "专业代码*", "班级", "入学前学历*", "毕业年份",
            "毕业证书编号", "学习形式*", "学籍类别*", "学制*", "录取通知书编号*", "已查验证件原件*", "已留存证件复印件*",
            "3+2学生", "3+2录取材料", "联合办学合作学校", "学生类别", "报到日期", "联合办学合作学校所在地");

    /** The parsed file. */
    public record Parsed(List<Applicant> applicants, List<Problem> problems, int dataRows) {
    }


    private IntakeSheet() {
    }

    public static Parsed parse(String fileName, byte[] content) {
        List<Map<String, String>> rows = UploadedSheet.read(fileName, content, COLUMNS, true);
        List<Problem> problems = new ArrayList<>();
        List<Applicant> applicants = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Applicant a = toApplicant(row, problems);
            if (a != null) {
                applicants.add(a);
            }
        }
        return new Parsed(applicants, problems, rows.size());
    }







    private static Applicant toApplicant(Map<String, String> v, List<Problem> problems) {
        int row = Integer.parseInt(v.get(UploadedSheet.ROW));
        int before = problems.size();
        Cells c = new Cells(v, row, problems);
        Applicant a = new Applicant(row, c.text("姓名"), c.parse("性别", Gender::fromLabel), c.date("出生日期"),
                c.text("民族"), c.optional("证件类型", IdType::fromLabel, IdType.RESIDENT_ID), c.text("证件号码"),
                c.optional("户口性质", t -> label(HouseholdType.values(), t, HouseholdType::label), null),
                c.text("家庭住址"), c.text("监护人姓名"), c.text("监护人电话"), c.text("联系电话"), c.text("专业代码"),
                c.text("班级"), c.parse("入学前学历", t -> label(IntakeLevel.values(), t, IntakeLevel::label)),
                c.integer("毕业年份"), c.text("毕业证书编号"),
                c.parse("学习形式", t -> label(LearningForm.values(), t, LearningForm::label)),
                c.parse("学籍类别", t -> label(EducationCategory.values(), t, EducationCategory::label)),
                c.integer("学制"), c.text("录取通知书编号"), c.bool("已查验证件原件"), c.bool("已留存证件复印件"),
                c.bool("3+2学生"), c.text("3+2录取材料"), c.text("联合办学合作学校"),
                c.optional("学生类别", t -> label(StudentCategory.values(), t, StudentCategory::label),
                        StudentCategory.DOMESTIC),
                c.date("报到日期"), c.text("联合办学合作学校所在地"));
        return problems.size() == before ? a : null;
    }

    static <E extends Enum<E>> E label(E[] values, String text, Function<E, String> label) {
        String t = text.replace("年", "").strip();
        for (E e : values) {
            if (label.apply(e).equals(text) || e.name().equalsIgnoreCase(text) || label.apply(e).startsWith(t)) {
                return e;
            }
        }
        throw new IllegalArgumentException("“" + text + "”不是可选值之一");
    }

    /** Reads typed values of one row and collects problems. */
    private static final class Cells {
        private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyyMMdd"),
                DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日"),
                DateTimeFormatter.ofPattern("yyyy-M-d"));
        private final Map<String, String> values;
        private final int row;
        private final List<Problem> problems;

        Cells(Map<String, String> values, int row, List<Problem> problems) {
            this.values = values;
            this.row = row;
            this.problems = problems;
        }

        String text(String column) {
            String s = values.getOrDefault(column, "");
            return s.isEmpty() ? null : s;
        }

        <T> T parse(String column, Function<String, T> parser) {
            String s = text(column);
            if (s == null) {
                problems.add(new Problem(row, column, null, "必填项为空。"));
                return null;
            }
            return optional(column, parser, null);
        }

        <T> T optional(String column, Function<String, T> parser, T fallback) {
            String s = text(column);
            if (s == null) {
                return fallback;
            }
            try {
                return parser.apply(s);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(row, column, null, e.getMessage() + "。"));
                return null;
            }
        }

        LocalDate date(String column) {
            String s = text(column);
            if (s == null) {
                return null;
            }
            for (DateTimeFormatter f : DATES) {
                try {
                    return LocalDate.parse(s, f);
                } catch (DateTimeParseException e) {
                    // next format
                }
            }
            problems.add(new Problem(row, column, null, "日期格式不正确：“" + s + "”（例：2011-03-15）。"));
            return null;
        }

        Integer integer(String column) {
            String s = text(column);
            if (s == null) {
                return null;
            }
            try {
                return Integer.valueOf(s.replace("年", "").replace(".0", "").strip());
            } catch (NumberFormatException e) {
                problems.add(new Problem(row, column, null, "应为整数：“" + s + "”。"));
                return null;
            }
        }

        boolean bool(String column) {
            String s = text(column);
            return s != null && (s.equals("是") || s.equalsIgnoreCase("Y") || s.equalsIgnoreCase("yes")
                    || s.equals("√") || s.equalsIgnoreCase("true") || s.equals("1"));
        }
    }

    /** The downloadable template: headers, one example row, and a sheet explaining the allowed values. */
    public static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("新生名单");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(COLUMNS.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            String[] example = {"张三", "男", "2011-03-15", "汉族", "居民身份证", "220122201103150011", "农业",
                "吉林省长春市农安县", "张大山", "13900000000", "", "710201", "", "初中毕业", "2026", "", "全日制学习",
                "全日制学历教育", "3", "LQ2026-0001", "是", "是", "否", "", "", "境内学生", "2026-09-01", ""};
            Row row = sheet.createRow(1);
            for (int i = 0; i < example.length; i++) {
                row.createCell(i).setCellValue(example[i]);
            }
            Sheet help = workbook.createSheet("填写说明");
            String[][] lines = {
                {"列", "说明"},
                {"带*的列", "必填"},
                {"性别", "男 / 女"},
                {"证件类型", "居民身份证（默认）、港澳居民居住证、台湾居民居住证、港澳居民来往内地通行证、台湾居民来往大陆通行证、外国人永久居留身份证、护照、其他"},
                {"户口性质", "农业 / 非农业 / 居民 / 其他"},
                {"入学前学历", "小学毕业（仅艺术表演、体育类专业）/ 初中毕业 / 高中毕业"},
                {"毕业年份、毕业证书编号", "高中毕业生和往届初中毕业生须填写毕业证书编号；春季注册不接收应届初中毕业生"},
                {"学习形式", "全日制学习 / 弹性学习"},
                {"学籍类别", "全日制学历教育 / 非全日制学历教育"},
                {"学制", "全日制：初中起点3年、高中起点1年、小学起点6年；弹性学习：初中起点3-6年、高中起点1-3年"},
                {"已查验证件原件、已留存证件复印件", "是 / 否（须为“是”）"},
                {"3+2学生", "是 / 否；为“是”时须填写3+2录取材料编号"},
                {"联合办学合作学校、所在地", "跨地区联合办学的学生只在就读学校注册：填写合作学校名称及其所在地（如 辽宁省沈阳市），"
                    + "须经本校主管教育行政部门审核批准（R-REG-10）"},
                {"学生类别", "境内学生（默认）/ 港澳台学生 / 外国学生 / 无国籍学生；后三类按国家有关规定另行办理：学校登记学籍，"
                    + "不经本省注册审核，不报送全国系统（R-REG-14）"},
                {"日期", "2011-03-15、2011/3/15 或 20110315"},
                {"重复上传", "同一文件重复上传不会重复注册；已在本校注册的学生会被跳过"}};
            for (int i = 0; i < lines.length; i++) {
                Row r = help.createRow(i);
                r.createCell(0).setCellValue(lines[i][0]);
                r.createCell(1).setCellValue(lines[i][1]);
            }
            help.setColumnWidth(0, 30 * 256);
            help.setColumnWidth(1, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
