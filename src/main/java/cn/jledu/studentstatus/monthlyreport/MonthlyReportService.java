package cn.jledu.studentstatus.monthlyreport;

import static cn.jledu.studentstatus.monthlyreport.MonthlyReportContract.Vars;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.calendar.WorkingDayCalendar;
import cn.jledu.studentstatus.document.CaseAttachments;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.InformationChange;
import cn.jledu.studentstatus.student.StatusChange;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.StudentRepository;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * 学籍信息变更或异动月报表 (R-MON-1, C7; R-MON-2 same-month flag; R-MON-3 lateness on record): one report per school
 * and month, gathered from the status-change history, rendered as PDF and XLSX, signed, submitted to the city
 * bureau, acknowledged or returned. The facade {@link MonthlyReportProcess} starts the cases.
 */
@Service
public class MonthlyReportService {

    /** A report as recorded. */
    public record Report(long id, String schoolCode, String month, String caseKey, String status, int changeCount,
                         int flaggedCount, Long pdfId, Long xlsxId, OffsetDateTime submittedAt, int returnedCount,
                         String returnReason, OffsetDateTime acceptedAt, boolean late, String lateStep,
                         String responsibleUsers, OffsetDateTime provinceEscalatedAt) {
    }

    /** A reminder to a group of staff. */
    public record Reminder(long id, String recipientGroup, String schoolCode, String subject, String message,
                           String caseKey, String ruleId, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final StudentRepository students;
    private final OutboxNationalRegistry outbox;
    private final MonthlyReportDocument document;
    private final DocumentStore store;
    private final CaseAttachments attachments;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final IdentityService identity;
    private final MonthlyReportSettings settings;

    MonthlyReportService(JdbcClient jdbc, Organisation organisation, StudentRepository students,
                         OutboxNationalRegistry outbox, MonthlyReportDocument document, DocumentStore store,
                         CaseAttachments attachments, WorkingDayCalendar calendar, AuditTrail audit,
                         IdentityService identity, MonthlyReportSettings settings) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.students = students;
        this.outbox = outbox;
        this.document = document;
        this.store = store;
        this.attachments = attachments;
        this.calendar = calendar;
        this.audit = audit;
        this.identity = identity;
        this.settings = settings;
    }

    static String caseKey(String schoolCode, YearMonth month) {
        return "MON-" + schoolCode + "-" + month;
    }

    /** Schools that file monthly reports: active and not closed (R-MON-5), in code order. */
    public List<String> openSchools() {
        return jdbc.sql("SELECT code FROM school WHERE active AND closed_on IS NULL ORDER BY code").query(String.class)
                .list();
    }

    /** Whether the school already has the month's report (case). */
    boolean exists(String schoolCode, YearMonth month) {
        return jdbc.sql("SELECT COUNT(*) FROM monthly_report WHERE school_code = ? AND report_month = ?")
                .params(schoolCode, month.toString()).query(Integer.class).single() > 0;
    }

    /**
     * Records the month's report of an open school (R-MON-1) and returns the variables its case starts with: the
     * school, the city-level bureau it files with, the month and the dates of its timers.
     */
    Map<String, Object> open(String schoolCode, YearMonth month) {
        School school = organisation.school(schoolCode);
        if (!openSchools().contains(schoolCode)) {
            throw new RuleViolation("R-MON-5", school.name() + "已撤销或停办，不再报送月报表。", HttpStatus.CONFLICT);
        }
        if (exists(schoolCode, month)) {
            throw new RuleViolation("R-MON-1", school.name() + month + "的月报表已经开始办理。", HttpStatus.CONFLICT);
        }
        String caseKey = caseKey(schoolCode, month);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO monthly_report (school_code, report_month, case_key, status, created_at) VALUES (?, ?, ?, 'OPEN', ?)")
                .params(schoolCode, month.toString(), caseKey, AppClock.nowOffset()).update(keys, "id");
        LocalDate monthEnd = month.atEndOfMonth();
        String label = month.getYear() + "年" + month.getMonthValue() + "月";
        Map<String, Object> vars = new java.util.HashMap<>();
        vars.put(Vars.REPORT_ID, keys.getKey().longValue());
        vars.put(Vars.SCHOOL_CODE, schoolCode);
        vars.put(Vars.SCHOOL_NAME, school.name());
        vars.put(Vars.CASE_TITLE, "月报表：" + school.name() + " " + label);
        vars.put(Vars.CASE_SUMMARY, school.name() + label + "学籍信息变更或异动月报表：经校长签字、加盖公章，于"
                + monthEnd + "前报" + organisation.cityOver(schoolCode).name() + "备案（R-MON-1）。");
        vars.put(Vars.FILING_BUREAU, organisation.cityOver(schoolCode).code());
        vars.put(Vars.REPORT_MONTH, month.toString());
        vars.put(Vars.MONTH_END, monthEnd.toString());
        vars.put(Vars.MONTH_END_AT, Date.from(WorkingDayCalendar.endOf(monthEnd)));
        vars.put(Vars.REMINDER_DAYS, settings.reminderWorkingDays());
        vars.put(Vars.REMINDER_AT, Date.from(WorkingDayCalendar.endOf(
                reminderDay(schoolCode, month, settings.reminderWorkingDays()))));
        vars.put(Vars.PROVINCE_ESCALATION_DAYS, settings.provinceEscalationWorkingDays());
        vars.put(Vars.SUBMITTED, false);
        vars.put(Vars.RETURN_REASON, "");
        audit.record("MONTHLY_REPORT_OPENED", "monthly_report", caseKey, label);
        return vars;
    }

    /**
     * The working day {@code workingDays} working days before the month's last working day (the reminder day); the
     * first day of the month at the earliest.
     */
    LocalDate reminderDay(String schoolCode, YearMonth month, int workingDays) {
        LocalDate day = month.atEndOfMonth();
        while (!calendar.isWorkingDay(day, schoolCode) && day.isAfter(month.atDay(1))) {
            day = day.minusDays(1);
        }
        int counted = 0;
        while (counted < workingDays && day.isAfter(month.atDay(1))) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day, schoolCode)) {
                counted++;
            }
        }
        return day;
    }

    // ---- the report -------------------------------------------------------------------------------------

    /**
     * Every status and information change of the school's students approved (recorded) in the month, with the
     * same-month flag (R-MON-2): its national-system submission was created and reviewed within the month.
     */
    public MonthlyChangeReport model(String schoolCode, YearMonth month) {
        School school = organisation.school(schoolCode);
        OffsetDateTime from = month.atDay(1).atStartOfDay(AppClock.ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(AppClock.ZONE).toOffsetDateTime();
        List<MonthlyChangeReport.Row> rows = new ArrayList<>();
        for (StudentRepository.SchoolChange sc : students.schoolHistory(schoolCode, from, to)) {
            StatusChange c = sc.change();
            String note = sameMonthProblem(c, from, to);
            boolean info = c.kind() == StatusChangeKind.INFORMATION_CHANGE;
            List<InformationChange.Field> fields = info ? students.informationFields(c.id()) : List.of();
            String before = info ? (fields.isEmpty() ? "（见说明）" : fields.stream().map(f -> f.label() + "："
                    + blank(f.before())).collect(Collectors.joining("；")))
                    : c.fromStatus() == null ? "" : c.fromStatus().label();
            String after = info ? (fields.isEmpty() ? "（见说明）" : fields.stream().map(f -> f.label() + "："
                    + blank(f.after())).collect(Collectors.joining("；"))) : c.toStatus().label();
            rows.add(new MonthlyChangeReport.Row(sc.studentNumber(), sc.studentName(), c.kind().label(),
                    c.effectiveDate(), before, after, approvals(c.approvals()), c.caseKey(), c.details(),
                    note == null, note));
        }
        return new MonthlyChangeReport(schoolCode, school.name(), organisation.cityOver(schoolCode).name(), month,
                AppClock.today(), rows);
    }

    /** Why a change misses R-MON-2 (null if submitted and reviewed in the national system within the month). */
    private String sameMonthProblem(StatusChange c, OffsetDateTime from, OffsetDateTime to) {
        List<OutboxNationalRegistry.Entry> entries = outbox.forStudent(c.studentId()).stream()
                .filter(e -> sameCase(c.caseKey(), e.caseKey())).toList();
        if (entries.isEmpty()) {
            return "未报送全国学籍系统";
        }
        boolean submitted = entries.stream().anyMatch(e -> e.submittedAt() != null && !e.submittedAt().isBefore(from)
                && e.submittedAt().isBefore(to));
        if (!submitted) {
            return "未在当月报送";
        }
        boolean reviewed = entries.stream().anyMatch(e -> e.reviewedAt() != null && !e.reviewedAt().isBefore(from)
                && e.reviewedAt().isBefore(to));
        return reviewed ? null : "未在当月审核";
    }

    /**
     * An outbox entry belongs to a change of the same case: the same key, or the key of one request inside the case
     * (a suspension case submits its suspension, extension and resumption as {@code <caseKey>#<requestId>}).
     */
    static boolean sameCase(String changeCaseKey, String outboxCaseKey) {
        return changeCaseKey != null && outboxCaseKey != null
                && (outboxCaseKey.equals(changeCaseKey) || outboxCaseKey.startsWith(changeCaseKey + "#"));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? "（空）" : value;
    }

    private static String approvals(List<Approval> approvals) {
        return approvals.stream().map(a -> a.authority() + "：" + a.decision() + (a.on() == null ? "" : "（" + a.on() + "）"))
                .collect(Collectors.joining("；"));
    }

    /** 生成月报表: renders PDF and XLSX, keeps them with the case, attaches them to it. */
    Map<String, Object> generate(long reportId, String processInstanceId) {
        Report r = report(reportId);
        MonthlyChangeReport model = model(r.schoolCode(), YearMonth.parse(r.month()));
        long pdf = store.save(new NewDocument(MonthlyReportDocument.KIND, MonthlyReportDocument.TITLE,
                MonthlyReportDocument.fileName(model, "pdf"), NewDocument.PDF, document.pdf(model), r.schoolCode(),
                r.caseKey(), null));
        long xlsx = store.save(new NewDocument(MonthlyReportDocument.KIND, MonthlyReportDocument.TITLE,
                MonthlyReportDocument.fileName(model, "xlsx"), NewDocument.XLSX, document.xlsx(model), r.schoolCode(),
                r.caseKey(), null));
        jdbc.sql("""
                        UPDATE monthly_report SET status = 'GENERATED', change_count = ?, flagged_count = ?,
                          pdf_document_id = ?, xlsx_document_id = ?, generated_at = ? WHERE id = ?""")
                .params(model.rows().size(), (int) model.flagged(), pdf, xlsx, AppClock.nowOffset(), reportId).update();
        attachments.attach(processInstanceId, pdf, NewDocument.PDF, MonthlyReportDocument.fileName(model, "pdf"),
                MonthlyReportDocument.TITLE + (model.nil() ? "（零报告）" : "（" + model.rows().size() + " 条）"));
        attachments.attach(processInstanceId, xlsx, NewDocument.XLSX, MonthlyReportDocument.fileName(model, "xlsx"),
                "月报表电子表格");
        audit.record("MONTHLY_REPORT_GENERATED", "monthly_report", r.caseKey(), model.nil() ? "零报告"
                : model.rows().size() + " 条，" + model.flagged() + " 条未当月报送审核");
        return Map.of(Vars.REPORT_PDF_ID, pdf, Vars.REPORT_XLSX_ID, xlsx, Vars.CHANGE_COUNT, model.rows().size(),
                Vars.FLAGGED_COUNT, (int) model.flagged());
    }

    // ---- steps ------------------------------------------------------------------------------------------

    void recordSigned(long reportId, String caseKey) {
        jdbc.sql("UPDATE monthly_report SET status = 'SIGNED', signed_by = ?, signed_at = ? WHERE id = ?")
                .params(CurrentUser.idOrSystem(), AppClock.nowOffset(), reportId).update();
        audit.record("MONTHLY_REPORT_SIGNED", "monthly_report", caseKey, "校长签字、学校盖章");
    }

    void recordSubmitted(long reportId) {
        jdbc.sql("UPDATE monthly_report SET status = 'SUBMITTED', submitted_at = ? WHERE id = ?")
                .params(AppClock.nowOffset(), reportId).update();
        audit.record("MONTHLY_REPORT_SUBMITTED", "monthly_report", report(reportId).caseKey(), "报市级教育行政部门备案");
    }

    void recordReturned(long reportId, String reason) {
        jdbc.sql("UPDATE monthly_report SET status = 'RETURNED', returned_count = returned_count + 1, return_reason = ? WHERE id = ?")
                .params(reason, reportId).update();
        audit.record("MONTHLY_REPORT_RETURNED", "monthly_report", report(reportId).caseKey(), reason);
    }

    void recordAccepted(long reportId) {
        jdbc.sql("UPDATE monthly_report SET status = 'ACCEPTED', accepted_by = ?, accepted_at = ? WHERE id = ?")
                .params(CurrentUser.idOrSystem(), AppClock.nowOffset(), reportId).update();
        audit.record("MONTHLY_REPORT_ACCEPTED", "monthly_report", report(reportId).caseKey(), "已备案");
    }

    /**
     * Reminds the school's registrar and principal that the report is due at month end (kept for the oversight
     * page); returns the reminder's text, which the facade also puts on the open task.
     */
    String remind(long reportId, String monthEnd) {
        Report r = report(reportId);
        School school = organisation.school(r.schoolCode());
        String message = school.name() + r.month() + "的学籍信息变更或异动月报表尚未报送，请于" + monthEnd
                + "前经校长签字、加盖公章后报" + organisation.cityOver(r.schoolCode()).name() + "备案（R-MON-1）。";
        for (SchoolRole role : List.of(SchoolRole.REGISTRAR, SchoolRole.PRINCIPAL)) {
            addReminder(GroupIds.school(r.schoolCode(), role), r.schoolCode(), "月报表即将到期", message, r.caseKey(),
                    "R-MON-1");
        }
        return message;
    }

    /**
     * R-MON-3: at month end the missing report is recorded as late against the school, with the step it waits at
     * and the staff responsible for that step (the registrar preparing or correcting, the principal signing).
     * Returns the notice for the school's open task.
     */
    String recordLate(long reportId) {
        Report r = report(reportId);
        SchoolRole role = "GENERATED".equals(r.status()) ? SchoolRole.PRINCIPAL : SchoolRole.REGISTRAR;
        String step = switch (r.status()) {
            case "GENERATED" -> "校长签字";
            case "RETURNED" -> "学籍管理员更正退回的月报表";
            default -> "学籍管理员编制月报表";
        };
        String responsible = identity.createUserQuery().memberOfGroup(GroupIds.school(r.schoolCode(), role)).list()
                .stream().map(User::getId).sorted().collect(Collectors.joining(","));
        jdbc.sql("""
                        UPDATE monthly_report SET late = TRUE, late_recorded_at = ?, late_step = ?, responsible_users = ?
                        WHERE id = ?""")
                .params(AppClock.nowOffset(), step, responsible.isEmpty() ? role.label() : responsible, reportId)
                .update();
        audit.record("MONTHLY_REPORT_LATE", "school", r.schoolCode(), r.month() + "月报表逾期未报（R-MON-3），停留环节："
                + step + "，责任人：" + (responsible.isEmpty() ? role.label() : responsible));
        addReminder(GroupIds.bureauReviewer(organisation.cityOver(r.schoolCode()).code()), r.schoolCode(),
                "月报表逾期未报", organisation.school(r.schoolCode()).name() + r.month() + "的月报表逾期未报（R-MON-3）。",
                r.caseKey(), "R-MON-3");
        return r.month() + "的月报表已逾期未报，已记录在案（停留环节：" + step + "，R-MON-3），请尽快签字盖章后报送"
                + organisation.cityOver(r.schoolCode()).name() + "。";
    }

    void recordProvinceEscalation(long reportId) {
        Report r = report(reportId);
        jdbc.sql("UPDATE monthly_report SET province_escalated_at = ? WHERE id = ?").params(AppClock.nowOffset(), reportId)
                .update();
        audit.record("MONTHLY_REPORT_ESCALATED", "school", r.schoolCode(), r.month() + "月报表逾期仍未报送，报省级教育行政部门督办");
    }

    public void addReminder(String recipientGroup, String schoolCode, String subject, String message, String caseKey,
                            String ruleId) {
        jdbc.sql("""
                        INSERT INTO staff_reminder (recipient_group, school_code, subject, message, case_key, rule_id,
                          created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(recipientGroup, schoolCode, subject, message, caseKey, ruleId, AppClock.nowOffset()).update();
    }

    // ---- reads ------------------------------------------------------------------------------------------

    public Report report(long id) {
        return reports("id = ?", id).stream().findFirst().orElseThrow(() -> new NotFound("月报表不存在：" + id));
    }

    public Report report(String caseKey) {
        return reports("case_key = ?", caseKey).stream().findFirst()
                .orElseThrow(() -> new NotFound("月报表不存在：" + caseKey));
    }

    public List<Report> reportsOf(String schoolCode) {
        return reports("school_code = ?", schoolCode);
    }

    public List<Reminder> remindersFor(String caseKey) {
        return jdbc.sql("""
                        SELECT id, recipient_group, school_code, subject, message, case_key, rule_id, created_at
                        FROM staff_reminder WHERE case_key = ? ORDER BY id""")
                .param(caseKey).query((rs, n) -> new Reminder(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class))).list();
    }

    public List<Reminder> remindersOfSchool(String schoolCode, int limit) {
        return jdbc.sql("""
                        SELECT id, recipient_group, school_code, subject, message, case_key, rule_id, created_at
                        FROM staff_reminder WHERE school_code = ? ORDER BY id DESC""")
                .param(schoolCode).query((rs, n) -> new Reminder(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class))).list().stream().limit(limit).toList();
    }

    private List<Report> reports(String where, Object param) {
        return jdbc.sql("""
                        SELECT id, school_code, report_month, case_key, status, change_count, flagged_count,
                               pdf_document_id, xlsx_document_id, submitted_at, returned_count, return_reason,
                               accepted_at, late, late_step, responsible_users, province_escalated_at
                        FROM monthly_report WHERE\s""" + where + " ORDER BY report_month DESC")
                .param(param)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getObject(8, Long.class),
                        rs.getObject(9, Long.class), rs.getObject(10, OffsetDateTime.class), rs.getInt(11),
                        rs.getString(12), rs.getObject(13, OffsetDateTime.class), rs.getBoolean(14), rs.getString(15),
                        rs.getString(16), rs.getObject(17, OffsetDateTime.class)))
                .list();
    }
}
