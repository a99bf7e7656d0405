package cn.jledu.studentstatus.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The term calendar: provincial default, a school's own terms, semesters of study, graduating year. */
@IntegrationTest
class TermCalendarTest {

    @Autowired
    TermCalendar terms;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeSchoolTerms() {
        jdbc.sql("DELETE FROM school_term WHERE scope <> 'PROVINCE'").update();
    }

    @Test
    void provincialDefaultAppliesToASchoolWithoutItsOwnTerms() {
        Term t = terms.termAt(Demo.NONGAN.code(), LocalDate.of(2026, 10, 8)).orElseThrow();
        assertThat(t.schoolYear()).isEqualTo(2026);
        assertThat(t.termNo()).isEqualTo(1);
        assertThat(t.scope()).isEqualTo(TermCalendar.PROVINCE);
        // winter holiday: no term, the term that ended last counts
        assertThat(terms.termAt(Demo.NONGAN.code(), LocalDate.of(2027, 2, 10))).isEmpty();
        assertThat(terms.termOnOrBefore(Demo.NONGAN.code(), LocalDate.of(2027, 2, 10)).termNo()).isEqualTo(1);
        assertThat(terms.nextTermAfter(Demo.NONGAN.code(), LocalDate.of(2027, 2, 10)).startsOn())
                .isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void aSchoolsOwnTermsReplaceTheDefaultForThatYear() {
        terms.replace(Demo.NONGAN.code(), 2026, List.of(
                new Term(2026, 1, LocalDate.of(2026, 8, 25), LocalDate.of(2027, 1, 15), 600, null),
                new Term(2026, 2, LocalDate.of(2027, 2, 25), LocalDate.of(2027, 7, 5), 580, null)));
        assertThat(terms.termAt(Demo.NONGAN.code(), LocalDate.of(2026, 8, 26)).orElseThrow().classHours())
                .isEqualTo(600);
        // the neighbouring school still follows the province
        assertThat(terms.termAt(Demo.YONGJI.code(), LocalDate.of(2026, 8, 26))).isEmpty();
        // other years of the same school still follow the province
        assertThat(terms.termAt(Demo.NONGAN.code(), LocalDate.of(2027, 10, 8)).orElseThrow().scope())
                .isEqualTo(TermCalendar.PROVINCE);
    }

    @Test
    void semesterOfStudyCountsFromTheEntryTerm() {
        String school = Demo.NONGAN.code();
        // autumn 2026 entry: first semester until the end of January 2027 (holiday included), second from March
        assertThat(terms.semesterOfStudy(school, 2026, false, LocalDate.of(2026, 9, 1))).isEqualTo(1);
        assertThat(terms.semesterOfStudy(school, 2026, false, LocalDate.of(2027, 2, 28))).isEqualTo(1);
        assertThat(terms.semesterOfStudy(school, 2026, false, LocalDate.of(2027, 3, 1))).isEqualTo(2);
        // spring 2027 entry starts in the second term of 2026–2027
        assertThat(terms.semesterOfStudy(school, 2027, true, LocalDate.of(2027, 3, 1))).isEqualTo(1);
        // a three-year programme entered in autumn 2024 is in its graduating year from September 2026
        assertThat(terms.inGraduatingYear(school, 2024, false, 3, LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(terms.inGraduatingYear(school, 2024, false, 3, LocalDate.of(2026, 9, 1))).isTrue();
    }

    @Test
    void invalidTermsAreRefusedAndChangeNothing() {
        assertThatThrownBy(() -> terms.replace(Demo.NONGAN.code(), 2026, List.of(
                new Term(2026, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1), 600, null))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("TERM-1");
        assertThat(terms.termAt(Demo.NONGAN.code(), LocalDate.of(2026, 10, 1)).orElseThrow().scope())
                .isEqualTo(TermCalendar.PROVINCE);
    }
}
