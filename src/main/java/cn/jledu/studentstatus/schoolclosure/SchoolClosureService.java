package cn.jledu.studentstatus.schoolclosure;

import static cn.jledu.studentstatus.schoolclosure.SchoolClosureContract.Vars;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StudentStatus;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * 学校撤销或合并 (R-MON-5): a school is closed only once no student remains 在籍, 休学 or under review (注册中, or held
 * by a running procedure); graduates, withdrawals and transfers are processed first. A closed school keeps its
 * records, staff and their read access; it only leaves monthly reporting and the intake deadlines
 * ({@code school.closed_on}). The facade {@link SchoolClosureProcess} starts the cases.
 */
@Service
public class SchoolClosureService {

    public enum Kind {
        CLOSED("撤销"), MERGED("合并");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A student who keeps the school from closing: their status and, if any, the case that holds them. */
    public record RemainingStudent(long id, String studentNumber, String name, String status, String statusLabel,
                                   String heldByCase) {
    }

    /** The students who remain, and their numbers by status (labels in Chinese). */
    public record Remaining(String schoolCode, String schoolName, Map<String, Long> byStatus,
                            List<RemainingStudent> students) {
        public boolean none() {
            return students.isEmpty();
        }
    }

    /** A closure case as recorded. */
    public record Closure(long id, String caseKey, String schoolCode, String kind, String receivingSchoolCode,
                          String reason, String status, String requestedBy, OffsetDateTime requestedAt,
                          LocalDate closedOn) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AuditTrail audit;

    SchoolClosureService(JdbcClient jdbc, Organisation organisation, AuditTrail audit) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.audit = audit;
    }

    static String caseKey(String schoolCode, long closureId) {
        return "CLS-" + schoolCode + "-" + closureId;
    }

    /** Whether the school is open: active and not closed. */
    public boolean isOpen(String schoolCode) {
        return jdbc.sql("SELECT COUNT(*) FROM school WHERE code = ? AND active AND closed_on IS NULL").param(schoolCode)
                .query(Integer.class).single() > 0;
    }

    /** The school's students still 注册中, 在籍 or 休学, or held by a running procedure (R-MON-5). */
    public Remaining remaining(String schoolCode) {
        School school = organisation.school(schoolCode);
        List<String> active = java.util.Arrays.stream(StudentStatus.values()).filter(StudentStatus::active)
                .map(Enum::name).toList();
        List<RemainingStudent> students = jdbc.sql("""
                        SELECT s.id, s.student_number, s.name, s.status, l.case_key FROM student s
                        LEFT JOIN student_procedure_lock l ON l.student_id = s.id
                        WHERE s.school_code = :school AND (s.status IN (:active) OR l.case_key IS NOT NULL)
                        ORDER BY s.status, s.student_number, s.id""")
                .param("school", schoolCode).param("active", active)
                .query((rs, n) -> {
                    StudentStatus status = StudentStatus.valueOf(rs.getString(4));
                    return new RemainingStudent(rs.getLong(1), rs.getString(2), rs.getString(3), status.name(),
                            status.label(), rs.getString(5));
                }).list();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (RemainingStudent s : students) {
            String label = s.heldByCase() != null && !StudentStatus.valueOf(s.status()).active() ? "在办案件"
                    : s.statusLabel();
            byStatus.merge(label, 1L, Long::sum);
        }
        return new Remaining(schoolCode, school.name(), byStatus, students);
    }

    /** Refuses (409, R-MON-5) while students remain, naming how many by status. */
    void requireNoneRemain(String schoolCode) {
        Remaining r = remaining(schoolCode);
        if (!r.none()) {
            throw new RuleViolation("R-MON-5", r.schoolName() + "尚有未办结的学生（"
                    + r.byStatus().entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " 人")
                    .collect(Collectors.joining("，"))
                    + "），请先办理毕业、结业、退学、转学等，再撤销学校。", HttpStatus.CONFLICT);
        }
    }

    /**
     * Checks and records the closure of a school (R-MON-5) and returns the variables its case starts with. A merger
     * names the receiving school: another open school.
     */
    Map<String, Object> request(String schoolCode, Kind kind, String receivingSchoolCode, String reason) {
        School school = organisation.school(schoolCode);
        if (!isOpen(schoolCode)) {
            throw new RuleViolation("R-MON-5", school.name() + "已撤销。", HttpStatus.CONFLICT);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM school_closure WHERE school_code = ? AND status = 'OPEN'").param(schoolCode)
                .query(Integer.class).single() > 0) {
            throw new RuleViolation("R-MON-5", school.name() + "的撤销案件正在办理。", HttpStatus.CONFLICT);
        }
        School receiving = null;
        if (kind == Kind.MERGED) {
            if (receivingSchoolCode == null || receivingSchoolCode.isBlank()) {
                throw new RuleViolation("R-MON-5", "合并的学校须指明接收学校（receivingSchoolCode）。");
            }
            if (receivingSchoolCode.equals(schoolCode)) {
                throw new RuleViolation("R-MON-5", "接收学校不能是被合并的学校本身。");
            }
            receiving = organisation.school(receivingSchoolCode);
            if (!isOpen(receivingSchoolCode)) {
                throw new RuleViolation("R-MON-5", "接收学校" + receiving.name() + "已撤销，不能接收合并。");
            }
        } else if (receivingSchoolCode != null && !receivingSchoolCode.isBlank()) {
            throw new RuleViolation("R-MON-5", "只有合并的学校才有接收学校。");
        }
        requireNoneRemain(schoolCode);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO school_closure (case_key, school_code, kind, receiving_school_code, reason, status,
                          requested_by, requested_at) VALUES ('PENDING', ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(schoolCode, kind.name(), receiving == null ? null : receiving.code(), reason,
                        CurrentUser.idOrSystem(), AppClock.nowOffset())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String caseKey = caseKey(schoolCode, id);
        jdbc.sql("UPDATE school_closure SET case_key = ? WHERE id = ?").params(caseKey, id).update();
        audit.record("SCHOOL_CLOSURE_REQUESTED", "school", schoolCode, kind.label() + "：" + reason
                + (receiving == null ? "" : "，并入" + receiving.name()));
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.CLOSURE_ID, id);
        vars.put(Vars.SCHOOL_CODE, schoolCode);
        vars.put(Vars.SCHOOL_NAME, school.name());
        vars.put(Vars.KIND, kind.name());
        vars.put(Vars.RECEIVING_SCHOOL_NAME, receiving == null ? "" : receiving.name());
        vars.put(Vars.CASE_TITLE, "学校" + kind.label() + "：" + school.name());
        vars.put(Vars.CASE_SUMMARY, school.name() + kind.label() + (receiving == null ? "" : "（并入" + receiving.name()
                + "）") + "：" + reason);
        vars.put(Vars.RETURN_REASON, "");
        return vars;
    }

    void recordSchoolConfirmed(long closureId, String note) {
        Closure c = closure(closureId);
        jdbc.sql("UPDATE school_closure SET school_confirmed_by = ?, school_confirmed_at = ? WHERE id = ?")
                .params(CurrentUser.idOrSystem(), AppClock.nowOffset(), closureId).update();
        audit.record("SCHOOL_CLOSURE_CONFIRMED_BY_SCHOOL", "school", c.schoolCode(), note == null ? "" : note);
    }

    void recordBureauConfirmed(long closureId) {
        jdbc.sql("UPDATE school_closure SET bureau_confirmed_by = ?, bureau_confirmed_at = ? WHERE id = ?")
                .params(CurrentUser.idOrSystem(), AppClock.nowOffset(), closureId).update();
    }

    /** 记录学校撤销: the school is closed from today; it keeps its records and its staff keep read access. */
    void recordClosed(long closureId) {
        Closure c = closure(closureId);
        requireNoneRemain(c.schoolCode());
        LocalDate today = AppClock.today();
        jdbc.sql("UPDATE school SET active = FALSE, closed_on = ?, closure_case_key = ? WHERE code = ?")
                .params(today, c.caseKey(), c.schoolCode()).update();
        jdbc.sql("UPDATE school_closure SET status = 'CLOSED', closed_on = ? WHERE id = ?").params(today, closureId)
                .update();
        audit.record("SCHOOL_CLOSED", "school", c.schoolCode(), Kind.valueOf(c.kind()).label() + "，" + c.caseKey()
                + (c.receivingSchoolCode() == null ? "" : "，并入 " + c.receivingSchoolCode()));
    }

    public Closure closure(long id) {
        return closures("id = ?", id).stream().findFirst().orElseThrow(() -> new NotFound("撤销案件不存在：" + id));
    }

    public Closure closure(String caseKey) {
        return closures("case_key = ?", caseKey).stream().findFirst()
                .orElseThrow(() -> new NotFound("撤销案件不存在：" + caseKey));
    }

    private List<Closure> closures(String where, Object param) {
        return jdbc.sql("""
                        SELECT id, case_key, school_code, kind, receiving_school_code, reason, status, requested_by,
                               requested_at, closed_on FROM school_closure WHERE\s""" + where)
                .param(param)
                .query((rs, n) -> new Closure(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class), rs.getObject(10, LocalDate.class)))
                .list();
    }
}
