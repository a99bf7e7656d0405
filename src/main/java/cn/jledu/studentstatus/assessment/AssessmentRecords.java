package cn.jledu.studentstatus.assessment;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads assessment results. Each record is keyed naturally (student and semester; student, semester and
 * course; student, employer and start), so entering or importing the same result again changes nothing, and a
 * corrected result updates the row; every new or changed result is written into the student's archive (R-ASM-5).
 * Bad input is refused with 400 and a Chinese message before anything is stored.
 */
@Service
public class AssessmentRecords {

    /** What recording did: a new row, a changed row, or nothing (the same result again). */
    public enum Outcome { ADDED, UPDATED, UNCHANGED }

    static final BigDecimal PASS_MARK = new BigDecimal("60");

    private final JdbcClient jdbc;
    private final Archive archive;

    AssessmentRecords(JdbcClient jdbc, Archive archive) {
        this.jdbc = jdbc;
        this.archive = archive;
    }

    // ---- checks ----

    /** R-ASM-1: semester, grade and the head teacher's comment. */
    public static void check(MoralEvaluation m) {
        semester(m.semester(), "R-ASM-1");
        if (m.grade() == null) {
            throw bad("R-ASM-1", "请填写思想品德评价等级（优秀、良好、合格、不合格）。");
        }
        if (m.comment() == null || m.comment().isBlank()) {
            throw bad("R-ASM-1", "请填写班主任评语。");
        }
    }

    /** R-ASM-2, R-ASM-4: course, kind, a score from 0 to 100 (except exempted), a make-up only after a failure. */
    public static void check(CourseResult c) {
        semester(c.semester(), "R-ASM-2");
        if (c.courseName() == null || c.courseName().isBlank()) {
            throw bad("R-ASM-2", "请填写课程名称。");
        }
        if (c.kind() == null) {
            throw bad("R-ASM-2", "请选择课程类别（公共基础课或专业技能课）。");
        }
        if (c.examKind() != ExamKind.EXEMPTED) {
            score(c.score(), "成绩");
        }
        if (c.credits() != null && c.credits().signum() < 0) {
            throw bad("R-ASM-2", "学分不能为负数。");
        }
        if (c.makeupScore() != null) {
            score(c.makeupScore(), "补考成绩");
            if (c.passed()) {
                throw bad("R-ASM-4", "（第二十七条）课程“" + c.courseName() + "”首次考核已合格，不能录入补考成绩。");
            }
        }
    }

    /** R-INT-1: kind, employer, post, period and result. */
    public static void check(InternshipAppraisal i) {
        if (i.kind() == null) {
            throw bad("R-INT-1", "请选择实习类别（顶岗实习、工学交替或免修）。");
        }
        if (blank(i.employer()) || blank(i.post())) {
            throw bad("R-INT-1", "请填写实习单位和岗位（免修的写明所认定的工作单位和岗位）。");
        }
        if (i.startsOn() == null || i.endsOn() == null || i.endsOn().isBefore(i.startsOn())) {
            throw bad("R-INT-1", "请填写实习起止日期，结束日期不能早于开始日期。");
        }
        if (i.result() == null) {
            throw bad("R-INT-1", "请填写校企共同考核结果（优秀、良好、合格、不合格）。");
        }
    }

    /** A course result with {@code passed} and {@code makeupPassed} derived from the scores (pass mark 60). */
    public static CourseResult scored(long studentId, int semester, String course, CourseKind kind, BigDecimal score,
                                      ExamKind exam, BigDecimal credits, BigDecimal makeupScore) {
        ExamKind e = exam == null ? ExamKind.REGULAR : exam;
        boolean passed = e == ExamKind.EXEMPTED || score != null && score.compareTo(PASS_MARK) >= 0;
        Boolean makeupPassed = makeupScore == null ? null : makeupScore.compareTo(PASS_MARK) >= 0;
        return new CourseResult(studentId, semester, course == null ? null : course.strip(), kind, score, passed, e,
                credits, makeupScore, makeupPassed);
    }

    // ---- recording ----

    @Transactional
    public Outcome record(MoralEvaluation m) {
        check(m);
        String comment = m.comment().strip();
        Map<String, Object> old = jdbc.sql("SELECT grade, comment FROM moral_evaluation WHERE student_id = ? AND semester = ?")
                .params(m.studentId(), m.semester()).query().listOfRows().stream().findFirst().orElse(null);
        Outcome outcome;
        if (old == null) {
            jdbc.sql("""
                            INSERT INTO moral_evaluation (student_id, semester, grade, comment, recorded_by, recorded_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(m.studentId(), m.semester(), m.grade().name(), comment, CurrentUser.idOrSystem(),
                            AppClock.nowOffset()).update();
            outcome = Outcome.ADDED;
        } else if (m.grade().name().equals(old.get("grade")) && comment.equals(old.get("comment"))) {
            return Outcome.UNCHANGED;
        } else {
            jdbc.sql("UPDATE moral_evaluation SET grade = ?, comment = ?, recorded_by = ?, recorded_at = ? "
                            + "WHERE student_id = ? AND semester = ?")
                    .params(m.grade().name(), comment, CurrentUser.idOrSystem(), AppClock.nowOffset(), m.studentId(),
                            m.semester()).update();
            outcome = Outcome.UPDATED;
        }
        archive.add(m.studentId(), ArchiveEntryKind.MORAL_EVALUATION, "第" + m.semester() + "学期思想品德评价"
                + (outcome == Outcome.UPDATED ? "（更正）" : ""), "等级：" + m.grade().label() + "；班主任评语：" + comment,
                null, null);
        return outcome;
    }

    @Transactional
    public Outcome record(CourseResult c) {
        check(c);
        List<CourseResult> old = jdbc.sql("SELECT * FROM course_result WHERE student_id = ? AND semester = ? AND course_name = ?")
                .params(c.studentId(), c.semester(), c.courseName().strip()).query(AssessmentRecords::course).list();
        Outcome outcome;
        if (old.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO course_result (student_id, semester, course_name, course_kind, score, passed,
                              exam_kind, credits, makeup_score, makeup_passed, recorded_by, recorded_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.studentId(), c.semester(), c.courseName().strip(), c.kind().name(), c.score(), c.passed(),
                            c.examKind().name(), c.credits(), c.makeupScore(), c.makeupPassed(),
                            CurrentUser.idOrSystem(), AppClock.nowOffset()).update();
            outcome = Outcome.ADDED;
        } else if (same(old.get(0), c)) {
            return Outcome.UNCHANGED;
        } else {
            jdbc.sql("""
                            UPDATE course_result SET course_kind = ?, score = ?, passed = ?, exam_kind = ?, credits = ?,
                              makeup_score = ?, makeup_passed = ?, recorded_by = ?, recorded_at = ?
                            WHERE student_id = ? AND semester = ? AND course_name = ?""")
                    .params(c.kind().name(), c.score(), c.passed(), c.examKind().name(), c.credits(), c.makeupScore(),
                            c.makeupPassed(), CurrentUser.idOrSystem(), AppClock.nowOffset(), c.studentId(),
                            c.semester(), c.courseName().strip()).update();
            outcome = Outcome.UPDATED;
        }
        archive.add(c.studentId(), ArchiveEntryKind.COURSE_RESULT, "第" + c.semester() + "学期 " + c.courseName().strip()
                + (outcome == Outcome.UPDATED ? "（更正）" : ""), describe(c), null, null);
        return outcome;
    }

    @Transactional
    public Outcome record(InternshipAppraisal i) {
        check(i);
        List<InternshipAppraisal> old = jdbc.sql("SELECT * FROM internship_appraisal WHERE student_id = ? AND employer = ? AND starts_on = ?")
                .params(i.studentId(), i.employer().strip(), i.startsOn()).query(AssessmentRecords::internship).list();
        InternshipAppraisal n = new InternshipAppraisal(i.studentId(), i.kind(), i.employer().strip(), i.post().strip(),
                i.startsOn(), i.endsOn(), i.result(), i.appraisal() == null ? null : i.appraisal().strip());
        Outcome outcome;
        if (old.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO internship_appraisal (student_id, kind, employer, post, starts_on, ends_on, result,
                              appraisal, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(n.studentId(), n.kind().name(), n.employer(), n.post(), n.startsOn(), n.endsOn(),
                            n.result().name(), n.appraisal(), CurrentUser.idOrSystem(), AppClock.nowOffset()).update();
            outcome = Outcome.ADDED;
        } else if (old.get(0).equals(n)) {
            return Outcome.UNCHANGED;
        } else {
            jdbc.sql("""
                            UPDATE internship_appraisal SET kind = ?, post = ?, ends_on = ?, result = ?, appraisal = ?,
                              recorded_by = ?, recorded_at = ? WHERE student_id = ? AND employer = ? AND starts_on = ?""")
                    .params(n.kind().name(), n.post(), n.endsOn(), n.result().name(), n.appraisal(),
                            CurrentUser.idOrSystem(), AppClock.nowOffset(), n.studentId(), n.employer(), n.startsOn())
                    .update();
            outcome = Outcome.UPDATED;
        }
        archive.add(n.studentId(), ArchiveEntryKind.INTERNSHIP, n.kind().label() + "考核"
                        + (outcome == Outcome.UPDATED ? "（更正）" : ""),
                "单位：" + n.employer() + "；岗位：" + n.post() + "；期间：" + n.startsOn() + " 至 " + n.endsOn()
                        + "；考核结果：" + n.result().label() + (n.appraisal() == null ? "" : "；评价：" + n.appraisal()),
                null, null);
        return outcome;
    }

    static String describe(CourseResult c) {
        StringBuilder s = new StringBuilder(c.kind().label()).append("；").append(c.examKind().label());
        if (c.score() != null) {
            s.append("成绩 ").append(c.score().stripTrailingZeros().toPlainString());
        }
        s.append(c.passed() ? "（合格）" : "（不合格）");
        if (c.makeupScore() != null) {
            s.append("；补考成绩 ").append(c.makeupScore().stripTrailingZeros().toPlainString())
                    .append(Boolean.TRUE.equals(c.makeupPassed()) ? "（合格）" : "（不合格）");
        }
        if (c.credits() != null) {
            s.append("；学分 ").append(c.credits().stripTrailingZeros().toPlainString());
        }
        return s.toString();
    }

    // ---- reading ----

    public Assessments of(long studentId) {
        return new Assessments(
                jdbc.sql("SELECT * FROM moral_evaluation WHERE student_id = ? ORDER BY semester").param(studentId)
                        .query(AssessmentRecords::moral).list(),
                jdbc.sql("SELECT * FROM course_result WHERE student_id = ? ORDER BY semester, course_name").param(studentId)
                        .query(AssessmentRecords::course).list(),
                jdbc.sql("SELECT * FROM internship_appraisal WHERE student_id = ? ORDER BY starts_on").param(studentId)
                        .query(AssessmentRecords::internship).list());
    }

    /** The assessments of every student of a school, by student id (three queries, for a whole cohort). */
    public Map<Long, Assessments> ofSchool(String schoolCode) {
        Map<Long, List<MoralEvaluation>> moral = new HashMap<>();
        Map<Long, List<CourseResult>> courses = new HashMap<>();
        Map<Long, List<InternshipAppraisal>> internships = new HashMap<>();
        jdbc.sql("SELECT m.* FROM moral_evaluation m JOIN student s ON s.id = m.student_id WHERE s.school_code = ? "
                        + "ORDER BY m.student_id, m.semester").param(schoolCode).query(AssessmentRecords::moral).list()
                .forEach(m -> moral.computeIfAbsent(m.studentId(), k -> new ArrayList<>()).add(m));
        jdbc.sql("SELECT c.* FROM course_result c JOIN student s ON s.id = c.student_id WHERE s.school_code = ? "
                        + "ORDER BY c.student_id, c.semester, c.course_name").param(schoolCode)
                .query(AssessmentRecords::course).list()
                .forEach(c -> courses.computeIfAbsent(c.studentId(), k -> new ArrayList<>()).add(c));
        jdbc.sql("SELECT i.* FROM internship_appraisal i JOIN student s ON s.id = i.student_id WHERE s.school_code = ? "
                        + "ORDER BY i.student_id, i.starts_on").param(schoolCode)
                .query(AssessmentRecords::internship).list()
                .forEach(i -> internships.computeIfAbsent(i.studentId(), k -> new ArrayList<>()).add(i));
        Map<Long, Assessments> all = new HashMap<>();
        for (Long id : union(moral.keySet(), courses.keySet(), internships.keySet())) {
            all.put(id, new Assessments(moral.getOrDefault(id, List.of()), courses.getOrDefault(id, List.of()),
                    internships.getOrDefault(id, List.of())));
        }
        return all;
    }

    @SafeVarargs
    private static java.util.Set<Long> union(java.util.Set<Long>... sets) {
        java.util.Set<Long> all = new java.util.HashSet<>();
        for (java.util.Set<Long> s : sets) {
            all.addAll(s);
        }
        return all;
    }

    // ---- mapping ----

    private static MoralEvaluation moral(ResultSet rs, int n) throws SQLException {
        return new MoralEvaluation(rs.getLong("student_id"), rs.getInt("semester"), Grade.valueOf(rs.getString("grade")),
                rs.getString("comment"));
    }

    private static CourseResult course(ResultSet rs, int n) throws SQLException {
        boolean makeupPassed = rs.getBoolean("makeup_passed");
        Boolean mp = rs.wasNull() ? null : makeupPassed;
        return new CourseResult(rs.getLong("student_id"), rs.getInt("semester"), rs.getString("course_name"),
                CourseKind.valueOf(rs.getString("course_kind")), rs.getBigDecimal("score"), rs.getBoolean("passed"),
                ExamKind.valueOf(rs.getString("exam_kind")), rs.getBigDecimal("credits"),
                rs.getBigDecimal("makeup_score"), mp);
    }

    private static InternshipAppraisal internship(ResultSet rs, int n) throws SQLException {
        return new InternshipAppraisal(rs.getLong("student_id"), InternshipKind.valueOf(rs.getString("kind")),
                rs.getString("employer"), rs.getString("post"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), Grade.valueOf(rs.getString("result")),
                rs.getString("appraisal"));
    }

    private static boolean same(CourseResult a, CourseResult b) {
        return a.kind() == b.kind() && num(a.score(), b.score()) && a.passed() == b.passed()
                && a.examKind() == b.examKind() && num(a.credits(), b.credits())
                && num(a.makeupScore(), b.makeupScore()) && Objects.equals(a.makeupPassed(), b.makeupPassed());
    }

    private static boolean num(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void semester(int semester, String rule) {
        if (semester < 1 || semester > 20) {
            throw bad(rule, "学期须为 1 至 20 之间的整数（第 1 学期为入学后的第一个学期）。");
        }
    }

    private static void score(BigDecimal score, String what) {
        if (score == null || score.signum() < 0 || score.compareTo(new BigDecimal("100")) > 0) {
            throw bad("R-ASM-2", "请填写 0 至 100 之间的" + what + "。");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static RuleViolation bad(String rule, String message) {
        return new RuleViolation(rule, message, HttpStatus.BAD_REQUEST);
    }
}
