package cn.jledu.studentstatus.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The official schedules as written in docs/domain-facts.md, typed in again here independently of the
 * migration, so tests compare the system with the source table.
 */
final class OfficialSchedules {

    private static final String[][] HOLIDAYS = {
        {"2025-01-01", "2025-01-01"}, {"2025-01-28", "2025-02-04"}, {"2025-04-04", "2025-04-06"},
        {"2025-05-01", "2025-05-05"}, {"2025-05-31", "2025-06-02"}, {"2025-10-01", "2025-10-08"},
        {"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
        {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
        {"2026-10-01", "2026-10-07"},
        {"2024-01-01", "2024-01-01"}, {"2024-02-10", "2024-02-17"}, {"2024-04-04", "2024-04-06"},
        {"2024-05-01", "2024-05-05"}, {"2024-06-10", "2024-06-10"}, {"2024-09-15", "2024-09-17"},
        {"2024-10-01", "2024-10-07"}};
    private static final String[] WORKDAYS = {
        "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
        "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
        "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
        "2024-10-12"};

    private static final Set<LocalDate> HOLIDAY_DAYS = new HashSet<>();
    private static final Set<LocalDate> WORKDAY_DAYS = new HashSet<>();

    static {
        for (String[] range : HOLIDAYS) {
            for (LocalDate d = LocalDate.parse(range[0]); !d.isAfter(LocalDate.parse(range[1])); d = d.plusDays(1)) {
                HOLIDAY_DAYS.add(d);
            }
        }
        for (String d : WORKDAYS) {
            WORKDAY_DAYS.add(LocalDate.parse(d));
        }
    }

    private OfficialSchedules() {
    }

    static boolean isWorkingDay(LocalDate d) {
        if (WORKDAY_DAYS.contains(d)) {
            return true;
        }
        return !HOLIDAY_DAYS.contains(d) && d.getDayOfWeek() != DayOfWeek.SATURDAY
                && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
