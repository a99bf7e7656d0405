package cn.jledu.studentstatus.monthlyreport;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.AppClock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The oversight page's data (static/oversight/index.html, R-MON-3): the schools the user oversees
 * ({@code StaffScope.overseenSchools}: a bureau its own and its sub-bureaus' schools, the province all, school
 * staff their own school), one school's detail with changes per month and overdue tasks, the headcount declaration.
 */
@RestController
class OversightController {

    record Overview(String month, List<OversightService.SchoolOverview> schools,
                    List<MonthlyReportProcess.OverdueTask> overdueTasks) {
    }

    record Detail(OversightService.SchoolOverview school, List<OversightService.MonthCount> changesPerMonth,
                  List<MonthlyReportProcess.OverdueTask> overdueTasks, List<MonthlyReportService.Report> reports,
                  List<MonthlyReportService.Reminder> reminders) {
    }

    record Declaration(Integer fullTimeCount) {
    }

    private final OversightService oversight;
    private final MonthlyReportService reports;
    private final MonthlyReportProcess process;
    private final StaffScope access;

    OversightController(OversightService oversight, MonthlyReportService reports, MonthlyReportProcess process,
                        StaffScope access) {
        this.oversight = oversight;
        this.reports = reports;
        this.process = process;
        this.access = access;
    }

    @GetMapping("/api/oversight/schools")
    Overview schools(@RequestParam(required = false) String month) {
        List<String> schools = oversight.openOnly(access.overseenSchools());
        YearMonth m = month(month);
        return new Overview(m.toString(), oversight.overview(schools, m), process.overdueTasks(schools));
    }

    @GetMapping("/api/oversight/schools/{code}")
    Detail school(@PathVariable String code, @RequestParam(required = false) String month) {
        access.requireOversight(code);
        YearMonth m = month(month);
        return new Detail(oversight.overview(code, m), oversight.changesPerMonth(code, m, 12),
                process.overdueTasks(List.of(code)), reports.reportsOf(code), reports.remindersOfSchool(code, 20));
    }

    /** The school's registrar or principal declares its real full-time headcount for the month (R-MON-3). */
    @PutMapping("/api/oversight/schools/{code}/headcount")
    OversightService.Headcount declare(@PathVariable String code, @RequestParam(required = false) String month,
                                       @RequestBody Declaration d) {
        access.requireRole(code, "只有本校学籍管理员或校长可以申报实有在校生人数。", SchoolRole.REGISTRAR, SchoolRole.PRINCIPAL);
        return oversight.declareHeadcount(code, month(month), d.fullTimeCount());
    }

    static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(AppClock.today());
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("月份格式应为 yyyy-MM：" + month);
        }
    }
}
