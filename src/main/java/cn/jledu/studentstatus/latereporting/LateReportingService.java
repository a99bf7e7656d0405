package cn.jledu.studentstatus.latereporting;

import static cn.jledu.studentstatus.latereporting.LateReportingContract.Vars;


import cn.jledu.studentstatus.student.AdmissionCancellations;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.IdNumber;
import cn.jledu.studentstatus.student.IdType;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-REG-5 (第五条): a new student who cannot report on time applies in writing, with proof, for a delay of
 * normally at most two weeks; one who has neither reported nor been granted a delay two weeks after the
 * reporting date loses the admission. Also the facade of processes/late-reporting.bpmn.
 */
@Service
public class LateReportingService implements AdmissionCancellations {

    static final int GRACE_DAYS = 14;

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AuditTrail audit;

    LateReportingService(JdbcClient jdbc, Organisation organisation, AuditTrail audit) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
    }

    /** Records an admitted student who has not reported and starts waiting for the report (or the deadline). */
    @Transactional
    public Admission expect(String schoolCode, String name, IdType idType, String idNumber, String noticeNo,
                            LocalDate reportingDate) {
        School school = organisation.school(schoolCode);
        IdNumber id = IdNumber.of(idType == null ? IdType.RESIDENT_ID : idType, idNumber, AppClock.today());
        if (name == null || name.isBlank() || noticeNo == null || noticeNo.isBlank() || reportingDate == null) {
            throw new RuleViolation("R-REG-5", "请填写学生姓名、录取通知书编号和规定报到日期。", HttpStatus.BAD_REQUEST);
        }
        if (pending(schoolCode, id.value()).isPresent()) {
            throw new RuleViolation("R-REG-5", "该学生已有待处理的报到记录。", HttpStatus.CONFLICT);
        }
        // the case key carries no ID number (personal data): ADM-<school>-<row id>, the id from the identity column
        String placeholder = "ADM-NEW-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO admission (case_key, school_code, name, id_type, id_number, admission_notice_no,
                          reporting_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'EXPECTED')""")
                .params(placeholder, schoolCode, name.strip(), id.type().name(), id.value(), noticeNo.strip(), reportingDate)
                .update(keys, "id");
        long rowId = keys.getKey().longValue();
        String caseKey = "ADM-" + schoolCode + "-" + rowId;
        jdbc.sql("UPDATE admission SET case_key = ? WHERE id = ?").params(caseKey, rowId).update();
        audit.record("ADMISSION_EXPECTED", "admission", caseKey, "规定报到日期 " + reportingDate);
        return find(caseKey);
    }

    /** Checks a written request for a delay: it needs the reason and its proof (R-REG-5). */
    void checkDelayRequest(String caseKey, String reason, String proof, LocalDate requestedUntil) {
        if (reason == null || reason.isBlank() || proof == null || proof.isBlank()) {
            throw new RuleViolation("R-REG-5", "（第五条）延期报到须提交书面申请并附证明材料。", HttpStatus.BAD_REQUEST);
        }
        if (requestedUntil != null) {
            checkDelayBounds(find(caseKey), requestedUntil, "申请延期至");
        }
    }

    /**
     * The plausible range of a delay (issue 13 §4: a request until 2099 was accepted): after the reporting date and
     * at most {@link #LONGEST_DELAY} after it (an approval only the latter: an earlier day
     * means the two weeks, see {@link #recordDelay}). R-REG-5 allows two weeks, longer only in exceptional cases with the
     * principal's approval; a delay of more than a term's first months is not a late report (the student would
     * apply for suspension after registering), so such a date is a typing error.
     */
    private static void checkDelayBounds(Admission a, LocalDate until, String what) {
        if (what.startsWith("申请") && !until.isAfter(a.reportingDate())) {
            throw new RuleViolation("R-REG-5", what + "的日期须晚于规定报到日期（" + a.reportingDate() + "）。",
                    HttpStatus.BAD_REQUEST);
        }
        LocalDate latest = a.reportingDate().plus(LONGEST_DELAY);
        if (until.isAfter(latest)) {
            throw new RuleViolation("R-REG-5", what + "的日期不能晚于规定报到日期后三个月（" + latest
                    + "）：延期报到一般不超过两周，特殊情况经校长批准也不能超过这一期限。", HttpStatus.BAD_REQUEST);
        }
    }

    /** The longest delay of reporting that can be requested or approved (see {@link #checkDelayBounds}). */
    static final java.time.Period LONGEST_DELAY = java.time.Period.ofMonths(3);

    /** An approved delay: the approved day, and whether it goes beyond the two weeks (the principal decides). */
    record Delay(LocalDate until, boolean longer) {
    }

    /**
     * Checks an approval of a delay (R-REG-5): a date not in the past; up to two weeks after the reporting date
     * the student-affairs head decides alone. A longer delay (“延期一般不得超过两周”: exceptions exist) needs the
     * exceptional reason written down, and then the principal's approval.
     */
    Delay checkDelay(long admissionId, String delayUntil, String exceptionalReason) {
        Admission a = find(admissionId);
        if (delayUntil == null || delayUntil.isBlank()) {
            throw new RuleViolation("R-REG-5", "批准延期时须填写准予延期报到的最后日期。");
        }
        LocalDate until = parseDay(delayUntil);
        if (until.isBefore(AppClock.today())) {
            throw new RuleViolation("R-REG-5", "准予延期的日期不能早于今天。");
        }
        checkDelayBounds(a, until, "准予延期报到");
        boolean longer = until.isAfter(a.graceEnd());
        if (longer && (exceptionalReason == null || exceptionalReason.isBlank())) {
            throw new RuleViolation("R-REG-5", "（第五条）延期报到一般不超过两周（至" + a.graceEnd() + "）；"
                    + "确有特殊情况需要更长时间的，须写明特殊情况说明，并报校长批准。");
        }
        return new Delay(until, longer);
    }

    static LocalDate parseDay(String day) {
        return LocalDate.parse(day.length() > 10 ? day.substring(0, 10) : day);
    }

    /**
     * Records an approved delay and returns the new last reporting day: never earlier than the two weeks or an
     * earlier approved delay (R-REG-5: asking never costs the student time).
     */
    LocalDate recordDelay(long admissionId, LocalDate until, String exceptionalReason, boolean principalApproved) {
        Admission a = find(admissionId);
        LocalDate effective = until.isAfter(a.lastReportingDay()) ? until : a.lastReportingDay();
        jdbc.sql("UPDATE admission SET status = 'DELAYED', delay_until = ?, delay_reason = ? WHERE id = ?")
                .params(effective, principalApproved ? exceptionalReason.strip() : null, admissionId).update();
        audit.record("LATE_REPORT_APPROVED", "admission", a.caseKey(), "准予延期报到至 " + effective
                + (effective.equals(until) ? "" : "（批准日期 " + until + " 早于两周期限，按两周期限）")
                + (principalApproved ? "；超过两周，经校长批准，特殊情况：" + exceptionalReason.strip() : ""));
        return effective;
    }

    /** Records a refusal of a delay request; the admission keeps the deadline it had. */
    void recordRefusal(long admissionId, String by, String note) {
        Admission a = find(admissionId);
        audit.record("LATE_REPORT_REFUSED", "admission", a.caseKey(), by + "不批准延期报到"
                + (note == null || note.isBlank() ? "" : "：" + note.strip()));
    }

    void recordReported(long admissionId) {
        jdbc.sql("UPDATE admission SET status = 'REPORTED', decided_at = ? WHERE id = ?")
                .params(AppClock.nowOffset(), admissionId).update();
        audit.record("ADMISSION_REPORTED", "admission", find(admissionId).caseKey(), "已报到（" + AppClock.today() + "）");
    }

    void cancel(long admissionId) {
        jdbc.sql("UPDATE admission SET status = 'CANCELLED', decided_at = ? WHERE id = ?")
                .params(AppClock.nowOffset(), admissionId).update();
        audit.record("ADMISSION_CANCELLED", "admission", find(admissionId).caseKey(),
                "R-REG-5：报到期限（两周或准予的延期）届满未报到，取消入学资格");
    }

    /** Whether the school cancelled this person's admission (registration is then refused, R-REG-5). */
    @Override
    public boolean admissionCancelled(String schoolCode, String idNumber) {
        return jdbc.sql("SELECT COUNT(*) FROM admission WHERE school_code = ? AND id_number = ? AND status = 'CANCELLED' "
                        + "AND NOT EXISTS (SELECT 1 FROM admission b WHERE b.school_code = admission.school_code "
                        + "AND b.id_number = admission.id_number AND b.status IN ('REPORTED', 'EXPECTED', 'DELAYED'))")
                .params(schoolCode, idNumber).query(Integer.class).single() > 0;
    }

    private Optional<Admission> pending(String schoolCode, String idNumber) {
        return jdbc.sql("SELECT * FROM admission WHERE school_code = ? AND id_number = ? AND status IN ('EXPECTED', 'DELAYED')")
                .params(schoolCode, idNumber).query(LateReportingService::map).optional();
    }

    public Admission find(String caseKey) {
        return jdbc.sql("SELECT * FROM admission WHERE case_key = ?").param(caseKey).query(LateReportingService::map)
                .optional().orElseThrow(() -> new NotFound("报到记录不存在：" + caseKey));
    }

    Admission find(long id) {
        return jdbc.sql("SELECT * FROM admission WHERE id = ?").param(id).query(LateReportingService::map).single();
    }

    /** The end of a day in Asia/Shanghai: the moment the next day begins. */
    static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(AppClock.ZONE).toInstant());
    }

    private static Admission map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Admission(rs.getLong("id"), rs.getString("case_key"), rs.getString("school_code"),
                rs.getString("name"), rs.getString("id_type"), rs.getString("id_number"),
                rs.getString("admission_notice_no"), rs.getObject("reporting_date", LocalDate.class),
                rs.getObject("delay_until", LocalDate.class), Admission.Status.valueOf(rs.getString("status")));
    }
}
