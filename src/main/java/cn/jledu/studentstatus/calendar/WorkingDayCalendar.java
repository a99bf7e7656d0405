package cn.jledu.studentstatus.calendar;

import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The one working-day calendar (工作日, rules.md section 6). A working day is Monday–Friday, minus the public
 * holidays, plus the weekend days made working days (调休), per the loaded yearly schedules. Periods follow
 * the rules: the day of receipt is not counted; a period of N working days ends at the end of the N-th
 * working day after it, Asia/Shanghai. A year without loaded national data is refused ({@link CalendarDataMissing}).
 *
 * <p>{@code regionOf} is a school code, a bureau code, or {@code null}/{@value #NATIONAL} for the national
 * calendar. A school or bureau also gets the overlays of every bureau above it (e.g. 延边州 222400 applies to
 * 延吉市 222401 and its schools); the most specific region wins for a day.
 */
@Service
public class WorkingDayCalendar {

    public static final String NATIONAL = "NATIONAL";

    private final CalendarRepository repository;
    private final OrganisationRepository organisation;

    WorkingDayCalendar(CalendarRepository repository, OrganisationRepository organisation) {
        this.repository = repository;
        this.organisation = organisation;
    }

    /** Whether {@code day} is a working day in the region. */
    public boolean isWorkingDay(LocalDate day, String regionOf) {
        return view(regionOf).isWorkingDay(day);
    }

    /** The last day of a period of {@code workingDays} working days after {@code from} (from not counted). */
    public LocalDate addWorkingDays(LocalDate from, int workingDays, String regionOf) {
        if (workingDays < 1) {
            throw new RuleViolation("CAL-2", "工作日数必须为正整数：" + workingDays, HttpStatus.BAD_REQUEST);
        }
        View view = view(regionOf);
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (view.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The first day of the last {@code workingDays} working days up to and including {@code day}: for a task due at
     * the end of Friday, 3 gives Wednesday (Wednesday, Thursday and Friday are left).
     */
    public LocalDate lastWorkingDaysStart(LocalDate day, int workingDays, String regionOf) {
        if (workingDays < 1) {
            throw new RuleViolation("CAL-2", "工作日数必须为正整数：" + workingDays, HttpStatus.BAD_REQUEST);
        }
        View view = view(regionOf);
        LocalDate d = day;
        int counted = view.isWorkingDay(d) ? 1 : 0;
        while (counted < workingDays) {
            d = d.minusDays(1);
            if (view.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after {@code from}). */
    public int countWorkingDays(LocalDate from, LocalDate to, String regionOf) {
        if (to.isBefore(from)) {
            throw new RuleViolation("CAL-2", "结束日期 " + to + " 早于开始日期 " + from + "。", HttpStatus.BAD_REQUEST);
        }
        View view = view(regionOf);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (view.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The instant a period ends: the end of its last working day, i.e. 00:00 Asia/Shanghai of the calendar day
     * after it. A timer due at this instant fires once the last day is over, never during it.
     */
    public Instant deadline(LocalDate from, int workingDays, String regionOf) {
        return endOf(addWorkingDays(from, workingDays, regionOf));
    }

    /** The end of a day (00:00 Asia/Shanghai of the next day). */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(AppClock.ZONE).toInstant();
    }

    /** Regions whose data apply, from the national calendar down to the most specific bureau. */
    public List<String> regions(String regionOf) {
        if (regionOf == null || regionOf.isBlank() || NATIONAL.equals(regionOf)) {
            return List.of(NATIONAL);
        }
        String bureauCode;
        Optional<School> school = organisation.school(regionOf);
        if (school.isPresent()) {
            bureauCode = school.get().supervisingBureauCode();
        } else if (organisation.bureau(regionOf).isPresent()) {
            bureauCode = regionOf;
        } else {
            throw new RuleViolation("CAL-3", "未知的地区（学校或教育行政部门代码）：" + regionOf, HttpStatus.BAD_REQUEST);
        }
        List<String> chain = new ArrayList<>();
        for (String code = bureauCode; code != null; ) {
            chain.add(code);
            code = organisation.bureau(code).map(Bureau::parentCode).orElse(null);
        }
        chain.add(NATIONAL);
        Collections.reverse(chain);
        return chain;
    }

    private View view(String regionOf) {
        List<String> regions = regions(regionOf);
        Set<Integer> loaded = new HashSet<>(repository.loadedYears(NATIONAL));
        Map<LocalDate, DayKind> days = new HashMap<>();
        Map<LocalDate, Integer> precedence = new HashMap<>();
        for (CalendarRepository.Day d : repository.days(regions)) {
            int rank = regions.indexOf(d.region());
            if (rank >= precedence.getOrDefault(d.date(), -1)) {
                precedence.put(d.date(), rank);
                days.put(d.date(), d.kind());
            }
        }
        return new View(loaded, days);
    }

    private record View(Set<Integer> loadedYears, Map<LocalDate, DayKind> exceptions) {

        boolean isWorkingDay(LocalDate day) {
            if (!loadedYears.contains(day.getYear())) {
                throw new CalendarDataMissing(day.getYear());
            }
            DayKind kind = exceptions.get(day);
            if (kind != null) {
                return kind == DayKind.WORKDAY;
            }
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
    }
}
