package cn.jledu.studentstatus.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.Forbidden;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.organisation.SchoolRole;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class WorkingDayCalendarTest {

    static final String YANBIAN = "222400";

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    CalendarAdministration administration;
    @Autowired
    CalendarRepository repository;

    @AfterEach
    void removeTestData() {
        repository.deleteYear(YANBIAN, 2026);
        repository.deleteYear(WorkingDayCalendar.NATIONAL, 2027);
    }

    @ParameterizedTest(name = "{0} + {1} working days ends on {2}")
    @CsvSource({
        "2025-09-26, 15, 2025-10-23", "2025-09-26, 30, 2025-11-13", "2026-02-09, 15, 2026-03-06",
        "2026-02-09, 30, 2026-03-27", "2024-09-27, 15, 2024-10-23", "2026-09-18, 15, 2026-10-15",
        "2025-12-31, 15, 2026-01-22"})
    void workedExamplesOfDomainFacts(LocalDate from, int add, LocalDate expected) {
        assertThat(calendar.addWorkingDays(from, add, null)).isEqualTo(expected);
        assertThat(calendar.countWorkingDays(from, expected, null)).isEqualTo(add);
    }

    @ParameterizedTest(name = "{0} has {1} working days")
    @CsvSource({"2024, 251", "2025, 248", "2026, 248"})
    void workingDaysPerYearMatchTheOfficialCount(int year, int expected) {
        assertThat(calendar.countWorkingDays(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31), null))
                .isEqualTo(expected);
    }

    @Test
    void makeUpSaturdayCountsAndHolidayWeekdayDoesNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20), null)).as("Sunday 调休上班").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10), null)).as("Saturday 调休上班").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8), null)).as("Thursday after National Day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7), null)).as("Wednesday in National Day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23), null)).as("Monday in Spring Festival").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28), null)).as("Saturday 调休上班").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 28), null)).as("除夕 2025 is a holiday").isFalse();
    }

    @Test
    void deadlineIsTheEndOfTheLastWorkingDayInShanghai() {
        assertThat(calendar.deadline(LocalDate.of(2026, 9, 18), 15, null))
                .isEqualTo(ZonedDateTime.of(2026, 10, 16, 0, 0, 0, 0, AppClock.ZONE).toInstant());
    }

    @Test
    void periodReachingIntoAYearWithoutDataIsRefusedNotCountedAsMondayToFriday() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 15, null))
                .isInstanceOf(CalendarDataMissing.class)
                .hasMessageContaining("CAL-1").hasMessageContaining("2027年");
        assertThatThrownBy(() -> calendar.countWorkingDays(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 4), null))
                .isInstanceOf(CalendarDataMissing.class);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 1), 15, null)).isEqualTo(LocalDate.of(2026, 12, 22));
    }

    @Test
    void importedYearIsUsedAtOnce() {
        CurrentUser.callAs(Demo.ADMIN, () -> administration.importYear(2027, null, new YearSchedule("测试数据（非官方）",
                List.of(new YearSchedule.Holiday(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3), "元旦")), List.of())));
        // 2026-12-21..31: 9 working days; 2027-01-04..08 (Jan 1 Friday off): 5; 2027-01-11: the 15th
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 20), 15, null)).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void bureauOverlayAppliesToTheBureauAndEverySchoolBelowIt() {
        CurrentUser.callAs(Demo.ADMIN, () -> administration.importYear(2026, YANBIAN, new YearSchedule(
                "测试数据：延边州自治州成立纪念日（未核实）",
                List.of(new YearSchedule.Holiday(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 3), "延边朝鲜族自治州成立纪念日")),
                List.of())));
        LocalDate thursday = LocalDate.of(2026, 9, 3);
        assertThat(calendar.isWorkingDay(thursday, null)).isTrue();
        assertThat(calendar.isWorkingDay(thursday, YANBIAN)).isFalse();
        assertThat(calendar.isWorkingDay(thursday, "222401")).as("延吉市 bureau below 延边州").isFalse();
        assertThat(calendar.isWorkingDay(thursday, Demo.YANJI.code())).as("a school in 延吉").isFalse();
        assertThat(calendar.isWorkingDay(thursday, Demo.NONGAN.code())).as("a school in 长春").isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 1), 2, Demo.YANJI.code()))
                .isEqualTo(LocalDate.of(2026, 9, 4));
    }

    @Test
    void importRefusesInconsistentSchedulesAndNonAdministrators() {
        assertThatThrownBy(() -> CurrentUser.callAs(Demo.ADMIN, () -> administration.importYear(2027, null,
                new YearSchedule("x", List.of(), List.of(new YearSchedule.Workday(LocalDate.of(2027, 1, 6), "周三"))))))
                .hasMessageContaining("CAL-2").hasMessageContaining("周六或周日");
        assertThatThrownBy(() -> CurrentUser.callAs(Demo.ADMIN, () -> administration.importYear(2027, null,
                new YearSchedule("x", List.of(new YearSchedule.Holiday(LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 1, 1), "元旦")), List.of()))))
                .hasMessageContaining("CAL-2");
        assertThatThrownBy(() -> CurrentUser.callAs(Demo.staff(Demo.NONGAN, SchoolRole.REGISTRAR),
                () -> administration.importYear(2027, null, new YearSchedule("x", List.of(), List.of()))))
                .isInstanceOf(Forbidden.class);
        assertThat(repository.loadedYears(WorkingDayCalendar.NATIONAL)).containsExactly(2024, 2025, 2026);
    }
}
