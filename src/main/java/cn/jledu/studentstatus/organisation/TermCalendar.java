package cn.jledu.studentstatus.organisation;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The term calendar as data (table {@code school_term}): a school's own terms where it has them, the provincial
 * default otherwise. Rules that depend on terms (first semester, graduating year, start of term, a semester's
 * class hours) read it here. A day between two terms (a holiday) belongs to no term.
 */
@Component
public class TermCalendar {

    public static final String PROVINCE = "PROVINCE";

    private final JdbcClient jdbc;

    TermCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The terms that apply to a school: its own rows, and the provincial rows for school years it has none of. */
    public List<Term> terms(String schoolCode) {
        List<Term> rows = jdbc.sql("""
                        SELECT scope, school_year, term_no, starts_on, ends_on, class_hours FROM school_term
                        WHERE scope = ? OR (scope = 'PROVINCE' AND NOT EXISTS (SELECT 1 FROM school_term own
                          WHERE own.scope = ? AND own.school_year = school_term.school_year
                            AND own.term_no = school_term.term_no))""")
                .params(schoolCode, schoolCode)
                .query((rs, n) -> new Term(rs.getInt("school_year"), rs.getInt("term_no"),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getInt("class_hours"), rs.getString("scope")))
                .list();
        return rows.stream().sorted(Comparator.comparingInt(Term::ordinal)).toList();
    }

    /** The term that contains the day, if the day is in term time. */
    public Optional<Term> termAt(String schoolCode, LocalDate day) {
        return terms(schoolCode).stream().filter(t -> t.contains(day)).findFirst();
    }

    /** The term that contains the day, or else the last one that ended before it (a holiday belongs to it). */
    public Term termOnOrBefore(String schoolCode, LocalDate day) {
        return terms(schoolCode).stream().filter(t -> !t.startsOn().isAfter(day))
                .reduce((a, b) -> b).orElseThrow(() -> missing(schoolCode, day));
    }

    /** The first term that starts after the day (a transfer-in takes effect then, R-TRF-6, R-REG-7). */
    public Term nextTermAfter(String schoolCode, LocalDate day) {
        return terms(schoolCode).stream().filter(t -> t.startsOn().isAfter(day)).findFirst()
                .orElseThrow(() -> missing(schoolCode, day));
    }

    /**
     * The semester of study a student is in on a day, 1 = the entry term: autumn entry in year Y starts in term 1
     * of school year Y, spring entry in year Y in term 2 of school year Y − 1. During a holiday the student is in
     * the semester that ended last.
     */
    public int semesterOfStudy(String schoolCode, int entryYear, boolean springEntry, LocalDate day) {
        int entry = springEntry ? Term.ordinal(entryYear - 1, 2) : Term.ordinal(entryYear, 1);
        Term now = termOnOrBefore(schoolCode, day);
        return now.ordinal() - entry + 1;
    }

    /** Whether the day is in the last school year of a programme of {@code durationYears} (R-TRF-2, R-MJC-3). */
    public boolean inGraduatingYear(String schoolCode, int entryYear, boolean springEntry, int durationYears,
                                    LocalDate day) {
        return semesterOfStudy(schoolCode, entryYear, springEntry, day) > durationYears * 2 - 2;
    }

    /** As {@link #replace(String, int, List, String)}, by the current user. */
    @Transactional
    public void replace(String scope, int schoolYear, List<Term> terms) {
        replace(scope, schoolYear, terms, cn.jledu.studentstatus.platform.CurrentUser.idOrSystem());
    }

    /** Replaces the two terms of a school year for a school, or for the province ({@link #PROVINCE}). */
    @Transactional
    public void replace(String scope, int schoolYear, List<Term> terms, String by) {
        for (Term t : terms) {
            if (t.schoolYear() != schoolYear || (t.termNo() != 1 && t.termNo() != 2)
                    || t.startsOn() == null || t.endsOn() == null || !t.endsOn().isAfter(t.startsOn())
                    || t.classHours() <= 0) {
                throw new RuleViolation("TERM-1", "学期数据无效：须写明" + schoolYear + "学年第1或第2学期的开始、结束日期"
                        + "（结束晚于开始）和正数的学时。", HttpStatus.BAD_REQUEST);
            }
        }
        if (terms.size() == 2 && !terms.get(0).endsOn().isBefore(terms.get(1).startsOn())
                && terms.get(0).termNo() == 1) {
            throw new RuleViolation("TERM-1", "第一学期须在第二学期开始前结束。", HttpStatus.BAD_REQUEST);
        }
        jdbc.sql("DELETE FROM school_term WHERE scope = ? AND school_year = ?").params(scope, schoolYear).update();
        for (Term t : terms) {
            jdbc.sql("""
                            INSERT INTO school_term (scope, school_year, term_no, starts_on, ends_on, class_hours,
                              updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(scope, schoolYear, t.termNo(), t.startsOn(), t.endsOn(), t.classHours(), by,
                            AppClock.nowOffset())
                    .update();
        }
    }

    private static RuleViolation missing(String schoolCode, LocalDate day) {
        return new RuleViolation("TERM-2", "尚未导入学校" + schoolCode + "在" + day + "前后的学期安排，请系统管理员导入后重试。");
    }
}
