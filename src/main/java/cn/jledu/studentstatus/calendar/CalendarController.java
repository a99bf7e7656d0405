package cn.jledu.studentstatus.calendar;

import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working-day questions for every signed-in user, and the yearly schedules for administrators
 * (docs/calendar.md).
 */
@RestController
class CalendarController {

    private final WorkingDayCalendar calendar;
    private final CalendarAdministration administration;
    private final StaffScope access;

    CalendarController(WorkingDayCalendar calendar, CalendarAdministration administration, StaffScope access) {
        this.calendar = calendar;
        this.administration = administration;
        this.access = access;
    }

    /**
     * {@code ?from=2026-09-18&add=15} → the last day of the period ({@code date}) and the instant it ends
     * ({@code endsAt}); {@code ?from=…&to=…} → working days after {@code from} up to and including {@code to}.
     */
    @GetMapping("/api/calendar/working-days")
    Map<String, Object> workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) Integer add,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate to,
                                    @RequestParam(required = false) String region) {
        access.requireSignedIn();
        if ((add == null) == (to == null)) {
            throw new RuleViolation("CAL-2", "请给出 add（工作日数）或 to（结束日期）二者之一。", HttpStatus.BAD_REQUEST);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", from.toString());
        answer.put("region", region == null || region.isBlank() ? WorkingDayCalendar.NATIONAL : region);
        if (add != null) {
            LocalDate last = calendar.addWorkingDays(from, add, region);
            answer.put("add", add);
            answer.put("date", last.toString());
            answer.put("endsAt", OffsetDateTime.ofInstant(WorkingDayCalendar.endOf(last),
                    cn.jledu.studentstatus.platform.AppClock.ZONE).toString());
        } else {
            answer.put("to", to.toString());
            answer.put("count", calendar.countWorkingDays(from, to, region));
        }
        return answer;
    }

    @GetMapping("/api/calendar/years")
    List<CalendarRepository.LoadedYear> years() {
        return administration.years();
    }

    @GetMapping("/api/calendar/years/{year}")
    YearSchedule schedule(@PathVariable int year, @RequestParam(required = false) String region) {
        return administration.schedule(year, region);
    }

    @PutMapping("/api/calendar/years/{year}")
    CalendarAdministration.ImportResult importYear(@PathVariable int year,
                                                   @RequestParam(required = false) String region,
                                                   @RequestBody YearSchedule schedule) {
        return administration.importYear(year, region, schedule);
    }
}
