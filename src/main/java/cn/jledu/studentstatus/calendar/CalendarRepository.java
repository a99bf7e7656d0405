package cn.jledu.studentstatus.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar tables: loaded years per region and the exception days (holidays, make-up working days). */
@Repository
class CalendarRepository {

    record LoadedYear(String region, int year, String source, OffsetDateTime loadedAt, String loadedBy,
                      int holidays, int workdays) {
    }

    record Day(String region, LocalDate date, DayKind kind, String name) {
    }

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Integer> loadedYears(String region) {
        return jdbc.sql("SELECT cal_year FROM calendar_year WHERE region = ? ORDER BY cal_year").param(region)
                .query(Integer.class).list();
    }

    List<Day> days(List<String> regions) {
        return jdbc.sql("SELECT region, cal_date, kind, name FROM calendar_day WHERE region IN (:regions)")
                .param("regions", regions)
                .query((rs, n) -> new Day(rs.getString(1), rs.getObject(2, LocalDate.class),
                        DayKind.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    List<Day> days(String region, int year) {
        return jdbc.sql("SELECT region, cal_date, kind, name FROM calendar_day WHERE region = ? AND cal_date >= ? "
                        + "AND cal_date <= ? ORDER BY cal_date")
                .params(region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Day(rs.getString(1), rs.getObject(2, LocalDate.class),
                        DayKind.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    List<LoadedYear> years() {
        return jdbc.sql("SELECT region, cal_year, source, loaded_at, loaded_by FROM calendar_year "
                        + "ORDER BY region, cal_year")
                .query((rs, n) -> new LoadedYear(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), 0, 0))
                .list().stream()
                .map(y -> {
                    List<Day> days = days(y.region(), y.year());
                    int holidays = (int) days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
                    return new LoadedYear(y.region(), y.year(), y.source(), y.loadedAt(), y.loadedBy(), holidays,
                            days.size() - holidays);
                })
                .toList();
    }

    /** Replaces one region's schedule of one year (exception days and the loaded-year row). */
    void replaceYear(String region, int year, String source, List<Day> days, String user, OffsetDateTime at) {
        jdbc.sql("DELETE FROM calendar_day WHERE region = ? AND cal_date >= ? AND cal_date <= ?")
                .params(region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
        jdbc.sql("DELETE FROM calendar_year WHERE region = ? AND cal_year = ?").params(region, year).update();
        jdbc.sql("INSERT INTO calendar_year (region, cal_year, source, loaded_at, loaded_by) VALUES (?, ?, ?, ?, ?)")
                .params(region, year, source, at, user).update();
        for (Day d : days) {
            jdbc.sql("INSERT INTO calendar_day (region, cal_date, kind, name) VALUES (?, ?, ?, ?)")
                    .params(region, d.date(), d.kind().name(), d.name()).update();
        }
    }

    /** Removes one region's schedule of one year (tests and corrections). */
    void deleteYear(String region, int year) {
        jdbc.sql("DELETE FROM calendar_day WHERE region = ? AND cal_date >= ? AND cal_date <= ?")
                .params(region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
        jdbc.sql("DELETE FROM calendar_year WHERE region = ? AND cal_year = ?").params(region, year).update();
    }
}
