package cn.jledu.studentstatus.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's schedule of one region as an administrator imports it (PUT /api/calendar/years/{year}): the
 * source (e.g. the notice number), holiday ranges (inclusive) and the weekend days made working days.
 */
public record YearSchedule(String source, List<Holiday> holidays, List<Workday> workdays) {

    /** Days off from {@code from} to {@code to} inclusive, e.g. 春节. */
    public record Holiday(LocalDate from, LocalDate to, String name) {
    }

    /** A weekend day that is a working day (调休上班). */
    public record Workday(LocalDate date, String name) {
    }

    public YearSchedule {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workdays = workdays == null ? List.of() : List.copyOf(workdays);
    }
}
