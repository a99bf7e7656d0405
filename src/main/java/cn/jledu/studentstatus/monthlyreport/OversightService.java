package cn.jledu.studentstatus.monthlyreport;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentStatus;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The bureaus' oversight of their schools (R-MON-2, R-MON-3, P4): per school the in-school population by status
 * and learning form, this month's changes (and those missing the same-month national submission), late or missing
 * monthly reports, changes per month, and the school's declared full-time headcount against the system's.
 */
@Service
public class OversightService {

    /** One school's figures. */
    public record SchoolOverview(String code, String name, String supervisingBureau, String filingBureau,
                                 boolean closed, Map<String, Integer> byStatus, Map<String, Integer> byLearningForm,
                                 int inSchool, String month, int changesThisMonth, int flaggedThisMonth,
                                 String reportStatus, List<ReportIssue> reportIssues, Headcount headcount) {
    }

    /** A monthly report that is late, or of a past month and not yet accepted. */
    public record ReportIssue(String month, String status, boolean late, String lateStep, String responsibleUsers,
                              boolean escalatedToProvince) {
    }

    /**
     * R-MON-3: the full-time headcount the school declared for a month against the system's (在籍, 全日制学历教育);
     * {@code highlighted} when they differ by more than the configured share.
     */
    public record Headcount(String month, Integer declared, int inSystem, Integer gap, boolean highlighted) {
    }

    /** Changes recorded in a month. */
    public record MonthCount(String month, int changes) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final MonthlyReportService reports;
    private final MonthlyReportSettings settings;
    private final AuditTrail audit;

    OversightService(JdbcClient jdbc, Organisation organisation, MonthlyReportService reports,
                     MonthlyReportSettings settings, AuditTrail audit) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.reports = reports;
        this.settings = settings;
        this.audit = audit;
    }

    /**
     * R-MON-5: closed or merged schools leave the overview; their detail and history stay readable for the staff
     * and bureaus who could read them before.
     */
    public List<String> openOnly(List<String> schoolCodes) {
        List<String> closed = jdbc.sql("SELECT code FROM school WHERE closed_on IS NOT NULL").query(String.class).list();
        return schoolCodes.stream().filter(c -> !closed.contains(c)).toList();
    }

    public List<SchoolOverview> overview(List<String> schoolCodes, YearMonth month) {
        List<SchoolOverview> result = new ArrayList<>();
        for (String code : schoolCodes) {
            result.add(overview(code, month));
        }
        return result;
    }

    public SchoolOverview overview(String code, YearMonth month) {
        School school = organisation.school(code);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        Map<String, Integer> byForm = new LinkedHashMap<>();
        int[] inSchool = {0};
        jdbc.sql("""
                        SELECT status, learning_form, COUNT(*) FROM student
                        WHERE school_code = ? AND status IN ('REGISTERING', 'ENROLLED', 'SUSPENDED')
                        GROUP BY status, learning_form""")
                .param(code).query(rs -> {
                    int n = rs.getInt(3);
                    byStatus.merge(StudentStatus.valueOf(rs.getString(1)).label(), n, Integer::sum);
                    byForm.merge(LearningForm.valueOf(rs.getString(2)).label(), n, Integer::sum);
                    inSchool[0] += n;
                });
        MonthlyChangeReport changes = reports.model(code, month);
        String current = month.toString();
        String reportStatus = reports.reportsOf(code).stream().filter(r -> r.month().equals(current)).findFirst()
                .map(r -> statusLabel(r.status())).orElse("未开启");
        List<ReportIssue> issues = reports.reportsOf(code).stream()
                .filter(r -> r.late() || !"ACCEPTED".equals(r.status()) && r.month().compareTo(current) < 0)
                .map(r -> new ReportIssue(r.month(), statusLabel(r.status()), r.late(), r.lateStep(),
                        r.responsibleUsers(), r.provinceEscalatedAt() != null))
                .toList();
        boolean closed = jdbc.sql("SELECT closed_on IS NOT NULL FROM school WHERE code = ?").param(code)
                .query(Boolean.class).single();
        return new SchoolOverview(code, school.name(), organisation.supervisingBureau(code).name(),
                organisation.cityOver(code).name(), closed, byStatus, byForm, inSchool[0], current,
                changes.rows().size(), (int) changes.flagged(), reportStatus, issues, headcount(code, month));
    }

    Headcount headcount(String code, YearMonth month) {
        int inSystem = jdbc.sql("""
                        SELECT COUNT(*) FROM student WHERE school_code = ? AND status = 'ENROLLED'
                          AND education_category = 'FULL_TIME'""")
                .param(code).query(Integer.class).single();
        Integer declared = jdbc.sql("SELECT full_time_count FROM school_headcount WHERE school_code = ? AND as_of_month = ?")
                .params(code, month.toString()).query(Integer.class).optional().orElse(null);
        if (declared == null) {
            return new Headcount(month.toString(), null, inSystem, null, false);
        }
        int gap = declared - inSystem;
        return new Headcount(month.toString(), declared, inSystem, gap,
                highlighted(declared, inSystem, settings.headcountGapPercent()));
    }

    /** R-MON-3: a gap larger than {@code percent} % of the declared headcount (any gap when 0 are declared). */
    static boolean highlighted(int declared, int inSystem, int percent) {
        return (long) Math.abs(declared - inSystem) * 100 > (long) percent * declared;
    }

    /** Changes recorded per month, the last {@code months} months up to {@code month}, oldest first (the chart). */
    public List<MonthCount> changesPerMonth(String code, YearMonth month, int months) {
        List<MonthCount> counts = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            YearMonth m = month.minusMonths(i);
            OffsetDateTime from = m.atDay(1).atStartOfDay(AppClock.ZONE).toOffsetDateTime();
            OffsetDateTime to = m.plusMonths(1).atDay(1).atStartOfDay(AppClock.ZONE).toOffsetDateTime();
            int n = jdbc.sql("""
                            SELECT COUNT(*) FROM status_change c JOIN student s ON s.id = c.student_id
                            WHERE s.school_code = ? AND c.recorded_at >= ? AND c.recorded_at < ?""")
                    .params(code, from, to).query(Integer.class).single();
            counts.add(new MonthCount(m.toString(), n));
        }
        return counts;
    }

    /** The school declares its real full-time headcount for the month (R-MON-3); a new declaration replaces it. */
    public Headcount declareHeadcount(String code, YearMonth month, Integer fullTimeCount) {
        organisation.school(code);
        if (fullTimeCount == null || fullTimeCount < 0) {
            throw new RuleViolation("R-MON-3", "请填写本月实有全日制在校生人数（不小于0的整数）。", HttpStatus.BAD_REQUEST);
        }
        jdbc.sql("DELETE FROM school_headcount WHERE school_code = ? AND as_of_month = ?").params(code, month.toString())
                .update();
        jdbc.sql("""
                        INSERT INTO school_headcount (school_code, as_of_month, full_time_count, declared_by, declared_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(code, month.toString(), fullTimeCount, CurrentUser.idOrSystem(), AppClock.nowOffset()).update();
        audit.record("HEADCOUNT_DECLARED", "school", code, month + "实有全日制在校生" + fullTimeCount + "人");
        return headcount(code, month);
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "OPEN" -> "编制中";
            case "GENERATED" -> "待校长签字";
            case "SIGNED", "SUBMITTED" -> "已报送待备案";
            case "RETURNED" -> "已退回待更正";
            case "ACCEPTED" -> "已备案";
            default -> status;
        };
    }
}
