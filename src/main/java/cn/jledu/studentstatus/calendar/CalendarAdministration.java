package cn.jledu.studentstatus.calendar;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators load and correct the yearly schedules (national, or an overlay of one bureau); every change
 * recalculates the due dates of waiting timers and tasks in the same transaction and is audited.
 */
@Service
public class CalendarAdministration {

    /** The result of an import: what was stored and what moved. */
    public record ImportResult(int year, String region, int holidays, int workdays,
                               CalendarDeadlines.Recalculation recalculation) {
    }

    private final CalendarRepository repository;
    private final CalendarDeadlines deadlines;
    private final OrganisationRepository organisation;
    private final AuditTrail audit;
    private final StaffScope access;

    CalendarAdministration(CalendarRepository repository, CalendarDeadlines deadlines,
                           OrganisationRepository organisation, AuditTrail audit, StaffScope access) {
        this.repository = repository;
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.audit = audit;
        this.access = access;
    }

    @Transactional
    public ImportResult importYear(int year, String region, YearSchedule schedule) {
        requireAdmin();
        String r = region == null || region.isBlank() ? WorkingDayCalendar.NATIONAL : region;
        if (!WorkingDayCalendar.NATIONAL.equals(r) && organisation.bureau(r).isEmpty()) {
            throw new RuleViolation("CAL-3", "地区必须是 NATIONAL 或教育行政部门代码：" + r, HttpStatus.BAD_REQUEST);
        }
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("CAL-2", "年份无效：" + year, HttpStatus.BAD_REQUEST);
        }
        if (schedule.source() == null || schedule.source().isBlank()) {
            throw new RuleViolation("CAL-2", "请注明数据来源（如国务院办公厅通知文号）。", HttpStatus.BAD_REQUEST);
        }
        Map<LocalDate, CalendarRepository.Day> days = new LinkedHashMap<>();
        for (YearSchedule.Holiday h : schedule.holidays()) {
            if (h.from() == null || h.to() == null || h.to().isBefore(h.from()) || h.from().getYear() != year
                    || h.to().getYear() != year) {
                throw new RuleViolation("CAL-2", "放假日期须在" + year + "年内且起止有序：" + h.from() + "至" + h.to(),
                        HttpStatus.BAD_REQUEST);
            }
            for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                days.put(d, new CalendarRepository.Day(r, d, DayKind.HOLIDAY, name(h.name(), "放假")));
            }
        }
        for (YearSchedule.Workday w : schedule.workdays()) {
            if (w.date() == null || w.date().getYear() != year) {
                throw new RuleViolation("CAL-2", "调休上班日期须在" + year + "年内：" + w.date(), HttpStatus.BAD_REQUEST);
            }
            if (w.date().getDayOfWeek() != DayOfWeek.SATURDAY && w.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new RuleViolation("CAL-2", "调休上班日只能是周六或周日：" + w.date(), HttpStatus.BAD_REQUEST);
            }
            if (days.containsKey(w.date())) {
                throw new RuleViolation("CAL-2", "同一天不能既放假又上班：" + w.date(), HttpStatus.BAD_REQUEST);
            }
            days.put(w.date(), new CalendarRepository.Day(r, w.date(), DayKind.WORKDAY, name(w.name(), "调休上班")));
        }
        List<CalendarRepository.Day> rows = new ArrayList<>(days.values());
        repository.replaceYear(r, year, schedule.source().trim(), rows, CurrentUser.idOrSystem(), AppClock.nowOffset());
        long holidays = rows.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
        CalendarDeadlines.Recalculation recalculation = deadlines.recalculate();
        audit.record("CALENDAR_YEAR_IMPORTED", "calendar_year", r + ":" + year,
                schedule.source().trim() + "；放假" + holidays + "天，调休上班" + (rows.size() - holidays) + "天；" + recalculation);
        return new ImportResult(year, r, (int) holidays, (int) (rows.size() - holidays), recalculation);
    }

    /** The loaded years of every region. */
    public List<CalendarRepository.LoadedYear> years() {
        requireAdmin();
        return repository.years();
    }

    /** One region's schedule of one year in the import format (consecutive holidays of one name as a range). */
    public YearSchedule schedule(int year, String region) {
        requireAdmin();
        String r = region == null || region.isBlank() ? WorkingDayCalendar.NATIONAL : region;
        String source = repository.years().stream().filter(y -> y.region().equals(r) && y.year() == year)
                .map(CalendarRepository.LoadedYear::source).findFirst()
                .orElseThrow(() -> new cn.jledu.studentstatus.platform.NotFound("未导入" + year + "年的数据（" + r + "）"));
        List<YearSchedule.Holiday> holidays = new ArrayList<>();
        List<YearSchedule.Workday> workdays = new ArrayList<>();
        for (CalendarRepository.Day d : repository.days(r, year)) {
            if (d.kind() == DayKind.WORKDAY) {
                workdays.add(new YearSchedule.Workday(d.date(), d.name()));
                continue;
            }
            YearSchedule.Holiday last = holidays.isEmpty() ? null : holidays.get(holidays.size() - 1);
            if (last != null && last.name().equals(d.name()) && last.to().plusDays(1).equals(d.date())) {
                holidays.set(holidays.size() - 1, new YearSchedule.Holiday(last.from(), d.date(), d.name()));
            } else {
                holidays.add(new YearSchedule.Holiday(d.date(), d.date(), d.name()));
            }
        }
        return new YearSchedule(source, holidays, workdays);
    }

    private static String name(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.trim();
    }

    private void requireAdmin() {
        access.requireAdmin("只有系统管理员可以查看和维护节假日安排。");
    }
}
