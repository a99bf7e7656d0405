package cn.jledu.studentstatus.assessment;

import cn.jledu.studentstatus.platform.FreeTextPolicy;
import cn.jledu.studentstatus.platform.InvalidInput;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a sheet of assessment results for one school (R-ASM-5). Every row is checked first; if any row has a
 * problem, nothing is stored and the report lists each problem with its row and column in Chinese. Otherwise every
 * row is recorded; importing the same file again adds nothing (each result counts as unchanged).
 */
@Service
public class AssessmentImport {

    /** One problem of a row: its row number in the file, the column (or null), the reason, and all of it as text. */
    public record Problem(int row, String column, String message, String text) {

        Problem(int row, String column, String message) {
            this(row, column, message, "第" + row + "行" + (column == null ? "" : "“" + column + "”") + "：" + message);
        }
    }

    /** What an import did: rows read, added, updated, unchanged; or the problems (then nothing was stored). */
    public record Report(int rows, int added, int updated, int unchanged, List<Problem> problems) {
    }

    private final AssessmentRecords records;
    private final JdbcClient jdbc;

    private final FreeTextPolicy text;

    AssessmentImport(AssessmentRecords records, JdbcClient jdbc, FreeTextPolicy text) {
        this.text = text;
        this.records = records;
        this.jdbc = jdbc;
    }

    @Transactional
    public Report importSheet(String schoolCode, String fileName, byte[] content) {
        List<Map<String, String>> rows = AssessmentSheet.read(fileName, content);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("文件中没有数据行。");
        }
        List<Problem> problems = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        for (Map<String, String> row : rows) {
            Object result = parse(schoolCode, row, problems);
            if (result != null) {
                results.add(result);
            }
        }
        if (!problems.isEmpty()) {
            return new Report(rows.size(), 0, 0, 0, problems);
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Object r : results) {
            AssessmentRecords.Outcome o = r instanceof MoralEvaluation m ? records.record(m)
                    : r instanceof CourseResult c ? records.record(c) : records.record((InternshipAppraisal) r);
            switch (o) {
                case ADDED -> added++;
                case UPDATED -> updated++;
                default -> unchanged++;
            }
        }
        return new Report(rows.size(), added, updated, unchanged, List.of());
    }

    private Object parse(String schoolCode, Map<String, String> v, List<Problem> problems) {
        int row = Integer.parseInt(v.get(AssessmentSheet.ROW));
        int before = problems.size();
        // every cell can reach the archive and certificates: the same text check as our API and forms (issue 13 §4)
        for (Map.Entry<String, String> cell : v.entrySet()) {
            if (!AssessmentSheet.ROW.equals(cell.getKey()) && cell.getValue() != null) {
                try {
                    text.check(cell.getKey(), cell.getKey(), cell.getValue(), FreeTextPolicy.DEFAULT_MAX_LENGTH);
                } catch (InvalidInput e) {
                    problems.add(new Problem(row, cell.getKey(), e.getMessage()));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Cells c = new Cells(v, row, problems);
        String number = c.required("学籍号");
        String name = c.required("姓名");
        String kind = c.required("类别");
        if (number == null || name == null || kind == null) {
            return null;
        }
        List<Map<String, Object>> found = jdbc.sql("SELECT id, name FROM student WHERE school_code = ? AND student_number = ? "
                        // R-REG-8: a lifelong number may also be on the person's earlier record: the current one first
                        + "ORDER BY CASE WHEN active_person_key IS NULL THEN 1 ELSE 0 END, id DESC")
                .params(schoolCode, number).query().listOfRows();
        if (found.isEmpty()) {
            problems.add(new Problem(row, "学籍号", "本校没有学籍号为 " + number + " 的学生。"));
            return null;
        }
        if (!name.equals(found.get(0).get("name"))) {
            problems.add(new Problem(row, "姓名", "与学籍号 " + number + " 的学生姓名“" + found.get(0).get("name") + "”不一致。"));
            return null;
        }
        long studentId = ((Number) found.get(0).get("id")).longValue();
        Object result;
        switch (kind) {
            case "思想品德评价" -> result = new MoralEvaluation(studentId, c.semester(),
                    c.parse("等级或结果", Grade::parse, "请填写优秀、良好、合格或不合格。"), c.required("班主任评语或考核评价"));
            case "课程成绩" -> result = AssessmentRecords.scored(studentId, c.semester(), c.required("课程名称"),
                    c.parse("课程类别", t -> label(CourseKind.values(), t, CourseKind::label), "请填写公共基础课或专业技能课。"),
                    c.number("成绩"), c.optional("考核方式", t -> label(ExamKind.values(), t, ExamKind::label),
                            "请填写正常考核、缓考或免考或认定。", ExamKind.REGULAR),
                    c.number("学分"), c.number("补考成绩"));
            case "实习考核" -> result = new InternshipAppraisal(studentId,
                    c.parse("实习类别", t -> label(InternshipKind.values(), t, InternshipKind::label),
                            "请填写顶岗实习、工学交替或免修。"),
                    c.required("实习单位"), c.required("岗位"), c.date("开始日期"), c.date("结束日期"),
                    c.parse("等级或结果", Grade::parse, "请填写优秀、良好、合格或不合格。"), c.text("班主任评语或考核评价"));
            default -> {
                problems.add(new Problem(row, "类别", "请填写思想品德评价、课程成绩或实习考核。"));
                return null;
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            if (result instanceof MoralEvaluation m) {
                AssessmentRecords.check(m);
            } else if (result instanceof CourseResult cr) {
                AssessmentRecords.check(cr);
            } else {
                AssessmentRecords.check((InternshipAppraisal) result);
            }
        } catch (RuleViolation e) {
            problems.add(new Problem(row, null, e.getMessage()));
            return null;
        }
        return result;
    }

    static <E extends Enum<E>> E label(E[] values, String text, Function<E, String> label) {
        for (E e : values) {
            if (label.apply(e).equals(text) || e.name().equalsIgnoreCase(text)) {
                return e;
            }
        }
        return null;
    }

    /** The cells of one row, each read with its problem recorded. */
    private record Cells(Map<String, String> v, int row, List<Problem> problems) {

        String text(String column) {
            String s = v.getOrDefault(column, "");
            return s.isBlank() ? null : s.strip();
        }

        String required(String column) {
            String s = text(column);
            if (s == null) {
                problems.add(new Problem(row, column, "不能为空。"));
            }
            return s;
        }

        int semester() {
            String s = required("学期");
            if (s == null) {
                return 0;
            }
            try {
                return Integer.parseInt(s.replace("第", "").replace("学期", "").strip());
            } catch (NumberFormatException e) {
                problems.add(new Problem(row, "学期", "“" + s + "”不是学期序号（如 1 表示第一学期）。"));
                return 0;
            }
        }

        BigDecimal number(String column) {
            String s = text(column);
            if (s == null) {
                return null;
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                problems.add(new Problem(row, column, "“" + s + "”不是数字。"));
                return null;
            }
        }

        LocalDate date(String column) {
            String s = required(column);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s.replace('/', '-').replace('.', '-'));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(row, column, "“" + s + "”不是日期（如 2027-09-01）。"));
                return null;
            }
        }

        <T> T parse(String column, Function<String, T> parser, String hint) {
            String s = required(column);
            if (s == null) {
                return null;
            }
            T t = parser.apply(s);
            if (t == null) {
                problems.add(new Problem(row, column, "“" + s + "”无法识别，" + hint));
            }
            return t;
        }

        <T> T optional(String column, Function<String, T> parser, String hint, T fallback) {
            return text(column) == null ? fallback : parse(column, parser, hint);
        }
    }
}
