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
        String caseKey = "ADM-" + schoolCode + "-" + id.value();
        int n = jdbc.sql("SELECT COUNT(*) FROM admission WHERE case_key LIKE ?").param(caseKey + "%")
                .query(Integer.class).single();
        if (n > 0) {
            caseKey = caseKey + "-" + (n + 1);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO admission (case_key, school_code, name, id_type, id_number, admission_notice_no,
                          reporting_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'EXPECTED')""")
                .params(caseKey, schoolCode, name.strip(), id.type().name(), id.value(), noticeNo.strip(), reportingDate)
                .update(keys, "id");
        audit.record("ADMISSION_EXPECTED", "admission", caseKey, "规定报到日期 " + reportingDate);
        return find(caseKey);
    }

    /** Checks a written request for a delay: it needs the reason and its proof (R-REG-5). */
    void checkDelayRequest(String reason, String proof) {
        if (reason == null || reason.isBlank() || proof == null || proof.isBlank()) {
            throw new RuleViolation("R-REG-5", "（第五条）延期报到须提交书面申请并附证明材料。", HttpStatus.BAD_REQUEST);
        }
    }

    /** Checks an approval of a delay: at most two weeks after the reporting date, not in the past. */
    LocalDate checkDelay(long admissionId, String delayUntil) {
        Admission a = find(admissionId);
        if (delayUntil == null || delayUntil.isBlank()) {
            throw new RuleViolation("R-REG-5", "批准延期时须填写准予延期报到的最后日期。");
        }
        LocalDate until = LocalDate.parse(delayUntil.length() > 10 ? delayUntil.substring(0, 10) : delayUntil);
        LocalDate max = a.reportingDate().plusDays(GRACE_DAYS);
        if (until.isAfter(max)) {
            throw new RuleViolation("R-REG-5", "（第五条）延期报到原则上不超过两周：最迟为" + max + "。");
        }
        if (until.isBefore(AppClock.today())) {
            throw new RuleViolation("R-REG-5", "准予延期的日期不能早于今天。");
        }
        return until;
    }

    void recordDelay(long admissionId, LocalDate until) {
        jdbc.sql("UPDATE admission SET status = 'DELAYED', delay_until = ? WHERE id = ?").params(until, admissionId)
                .update();
        audit.record("LATE_REPORT_APPROVED", "admission", String.valueOf(admissionId), "准予延期报到至 " + until);
    }

    void recordReported(long admissionId) {
        jdbc.sql("UPDATE admission SET status = 'REPORTED', decided_at = ? WHERE id = ?")
                .params(AppClock.nowOffset(), admissionId).update();
        audit.record("ADMISSION_REPORTED", "admission", String.valueOf(admissionId), "已报到");
    }

    void cancel(long admissionId) {
        jdbc.sql("UPDATE admission SET status = 'CANCELLED', decided_at = ? WHERE id = ?")
                .params(AppClock.nowOffset(), admissionId).update();
        audit.record("ADMISSION_CANCELLED", "admission", String.valueOf(admissionId),
                "R-REG-5：逾期两周未报到且未获准延期，取消入学资格");
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
