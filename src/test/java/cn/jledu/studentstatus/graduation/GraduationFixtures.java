package cn.jledu.studentstatus.graduation;

import cn.jledu.studentstatus.student.IdNumber;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk-inserted enrolled students with their assessments (JDBC batches: a cohort of 500 in well under a second),
 * for the graduation tests. Each student has a moral evaluation for every semester, two courses and an internship;
 * {@link Profile} decides what fails.
 */
public final class GraduationFixtures {

    /** What a fixture student's assessments look like. */
    public enum Profile {
        /** Every requirement met. */
        ELIGIBLE,
        /** The last semester's moral evaluation is 不合格 (a completer, R-GRD-6). */
        MORAL_FAILED,
        /** A course failed at the make-up exam too (a completer if repeating is declined). */
        COURSE_FAILED,
        /** No internship appraisal. */
        NO_INTERNSHIP
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcTemplate jdbc;

    public GraduationFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts {@code count} students of the school (entry in autumn of {@code entryYear}, 3 years); returns ids. */
    public List<Long> insert(String schoolCode, String majorCode, int entryYear, String learningForm, int count,
                      Profile profile) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = SEQUENCE.incrementAndGet();
            LocalDate birth = LocalDate.of(2008, 1, 1).plusDays(n / 900);
            String first17 = "229901" + birth.toString().replace("-", "") + String.format("%03d", n % 900 + 100);
            String id = first17 + IdNumber.checkCharacter(first17);
            String number = "GRD" + String.format("%07d", n);
            numbers.add(number);
            rows.add(new Object[] {number, "毕业生" + n, n % 2 == 0 ? "FEMALE" : "MALE", Date.valueOf(birth), "汉族",
                "RESIDENT_ID", id, "RESIDENT_ID:" + id, schoolCode, majorCode, entryYear, entryYear, learningForm, now, now});
        }
        jdbc.batchUpdate("""
                INSERT INTO student (student_number, name, gender, birth_date, ethnicity, id_type, id_number,
                  active_person_key, school_code, major_code, entry_year, entry_season, year_group, intake_level,
                  learning_form, education_category, duration_years, student_category, status, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'AUTUMN', ?, 'JUNIOR', ?, 'FULL_TIME', 3, 'DOMESTIC', 'ENROLLED', ?, ?)""",
                rows);
        List<Long> ids = jdbc.queryForList("SELECT id FROM student WHERE student_number IN ("
                + String.join(",", numbers.stream().map(x -> "'" + x + "'").toList()) + ") ORDER BY student_number",
                Long.class);
        List<Object[]> moral = new ArrayList<>();
        List<Object[]> courses = new ArrayList<>();
        List<Object[]> internships = new ArrayList<>();
        for (Long id : ids) {
            for (int s = 1; s <= 6; s++) {
                moral.add(new Object[] {id, s, s == 6 && profile == Profile.MORAL_FAILED ? "FAIL" : "GOOD", "表现良好", now});
            }
            boolean failed = profile == Profile.COURSE_FAILED;
            courses.add(new Object[] {id, 1, "语文", "FOUNDATION", failed ? 40 : 80, !failed, failed ? 50 : null,
                failed ? Boolean.FALSE : null, now});
            courses.add(new Object[] {id, 3, "专业技能实训", "VOCATIONAL", 85, true, null, null, now});
            if (profile != Profile.NO_INTERNSHIP) {
                internships.add(new Object[] {id, Date.valueOf(LocalDate.of(entryYear + 2, 9, 1)),
                    Date.valueOf(LocalDate.of(entryYear + 3, 5, 31)), now});
            }
        }
        jdbc.batchUpdate("INSERT INTO moral_evaluation (student_id, semester, grade, comment, recorded_by, recorded_at) "
                + "VALUES (?, ?, ?, ?, 'fixture', ?)", moral);
        jdbc.batchUpdate("""
                INSERT INTO course_result (student_id, semester, course_name, course_kind, score, passed, exam_kind,
                  credits, makeup_score, makeup_passed, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, 'REGULAR', 4, ?, ?, 'fixture', ?)""", courses);
        if (!internships.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO internship_appraisal (student_id, kind, employer, post, starts_on, ends_on, result,
                      recorded_by, recorded_at) VALUES (?, 'INTERNSHIP', '一汽解放汽车有限公司', '装配工', ?, ?, 'PASS', 'fixture', ?)""",
                    internships);
        }
        return ids;
    }
}
