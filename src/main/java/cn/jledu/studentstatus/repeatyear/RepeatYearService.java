package cn.jledu.studentstatus.repeatyear;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.national.NationalPayload;
import cn.jledu.studentstatus.national.NationalRegistry;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Placement;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 留级 (R-REP-1, 第二十九条): the school decides under its own rules (configured per school, {@code repeat_rule}),
 * the supervising bureau reviews and stamps the paper approval, the decision goes into the archive and the student
 * moves to the next year group (same school and major) through the student transition.
 */
@Service
public class RepeatYearService {

    /** What the registrar proposes: the student, the reason, optionally the class of the next year group. */
    public record Proposal(long studentId, String reason, Long newClassId) {
    }

    record RepeatCase(String caseKey, long studentId, String schoolCode, int oldYearGroup, int newYearGroup,
                      Long newClassId, String reason, String schoolBy, LocalDate schoolOn, String bureauBy,
                      LocalDate bureauOn) {
    }

    static final String NO_RULES = "本校尚未登记留级规定（由学校规定，第二十九条）。";

    private final JdbcClient jdbc;
    private final StudentRepository students;
    private final StudentRecords records;
    private final Organisation organisation;
    private final OrganisationRepository organisationRepository;
    private final Archive archive;
    private final AuditTrail audit;
    private final NationalRegistry national;

    RepeatYearService(JdbcClient jdbc, StudentRepository students, StudentRecords records, Organisation organisation,
                      OrganisationRepository organisationRepository, Archive archive, AuditTrail audit,
                      NationalRegistry national) {
        this.jdbc = jdbc;
        this.students = students;
        this.records = records;
        this.organisation = organisation;
        this.organisationRepository = organisationRepository;
        this.archive = archive;
        this.audit = audit;
        this.national = national;
    }

    /** The school's own repeat rules (R-REP-1: 留级由学校规定). */
    public String schoolRules(String schoolCode) {
        return jdbc.sql("SELECT rules FROM repeat_rule WHERE school_code = ?").param(schoolCode).query(String.class)
                .optional().orElse(NO_RULES);
    }

    /** Replaces the school's repeat rules. */
    void setSchoolRules(String schoolCode, String rules) {
        organisation.school(schoolCode);
        if (rules == null || rules.isBlank()) {
            throw new RuleViolation("R-REP-1", "请填写本校的留级规定。", HttpStatus.BAD_REQUEST);
        }
        jdbc.sql("DELETE FROM repeat_rule WHERE school_code = ?").param(schoolCode).update();
        jdbc.sql("INSERT INTO repeat_rule (school_code, rules, updated_by, updated_at) VALUES (?, ?, ?, ?)")
                .params(schoolCode, rules.strip(), CurrentUser.idOrSystem(), AppClock.nowOffset()).update();
        audit.record("REPEAT_RULES_SET", "school", schoolCode, rules.strip());
    }

    /** Checks a proposal (the record's own check: enrolled, same school and major, a later year group). */
    RepeatCase propose(Proposal p) {
        if (p == null || p.reason() == null || p.reason().isBlank()) {
            throw new RuleViolation("R-REP-1", "（第二十九条）请写明留级原因（如考试、考查不合格及补考情况）。", HttpStatus.BAD_REQUEST);
        }
        Student s = student(p.studentId());
        int yearGroup = s.yearGroup() + 1;
        if (p.newClassId() != null) {
            SchoolClass c = organisationRepository.schoolClass(p.newClassId()).orElseThrow(() ->
                    new RuleViolation("R-REP-1", "班级不存在：" + p.newClassId(), HttpStatus.BAD_REQUEST));
            if (!c.schoolCode().equals(s.schoolCode()) || !c.majorCode().equals(s.majorCode())) {
                throw new RuleViolation("R-REP-1", "（第二十九条）留级编入本校同一专业的班级：“" + c.name() + "”不符合。",
                        HttpStatus.BAD_REQUEST);
            }
            yearGroup = c.yearGroup();
        }
        s.repeatYear(AppClock.today(), new Placement(s.schoolCode(), s.majorCode(), p.newClassId(), yearGroup));
        int previous = jdbc.sql("SELECT COUNT(*) FROM repeat_year_case WHERE student_id = ?").param(s.id())
                .query(Integer.class).single();
        String caseKey = "REP-" + s.studentNumber() + "-" + (previous + 1);
        records.claimProcedure(s.id(), StudentProcedure.REPEAT_YEAR, caseKey);
        jdbc.sql("""
                        INSERT INTO repeat_year_case (case_key, student_id, school_code, old_year_group, new_year_group,
                          new_class_id, reason, state, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?, ?)""")
                .params(caseKey, s.id(), s.schoolCode(), s.yearGroup(), yearGroup, p.newClassId(), p.reason().strip(),
                        CurrentUser.idOrSystem(), AppClock.nowOffset())
                .update();
        audit.record("REPEAT_PROPOSED", "student", String.valueOf(s.id()), caseKey + "：" + p.reason().strip());
        return get(caseKey);
    }

    /** A decision from the form: approve or refuse with a reason; the bureau also confirms the stamp. */
    void decide(String caseKey, boolean bureau, Object decision, Object reason, Object stamped) {
        if (!RepeatYearContract.APPROVE.equals(decision) && !RepeatYearContract.REFUSE.equals(decision)) {
            throw new FormRefusal("请选择同意或不同意留级。");
        }
        if (reason == null || reason.toString().isBlank()) {
            throw new FormRefusal("请填写意见或理由。");
        }
        boolean approved = RepeatYearContract.APPROVE.equals(decision);
        if (approved && bureau && !Boolean.TRUE.equals(stamped)) {
            throw new FormRefusal("R-REP-1", "请在纸质留级审批手续上盖章确认后勾选“已盖章确认”（第二十九条）。");
        }
        String who = bureau ? "主管教育行政部门" : "学校";
        if (approved) {
            String column = bureau ? "bureau" : "school";
            jdbc.sql("UPDATE repeat_year_case SET " + column + "_by = ?, " + column + "_on = ? WHERE case_key = ?")
                    .params(CurrentUser.idOrSystem(), AppClock.today(), caseKey).update();
        } else {
            jdbc.sql("UPDATE repeat_year_case SET state = 'REFUSED', refused_by = ?, refusal_reason = ? WHERE case_key = ?")
                    .params(who, reason.toString().strip(), caseKey).update();
            archive.add(get(caseKey).studentId(), ArchiveEntryKind.STATUS_CHANGE, "留级未获批准",
                    who + "不同意：" + reason.toString().strip(), caseKey, null);
        }
        audit.record("REPEAT_" + (bureau ? "BUREAU" : "SCHOOL") + (approved ? "_APPROVED" : "_REFUSED"), "student",
                String.valueOf(get(caseKey).studentId()), caseKey + "：" + reason);
    }

    /** 留级: the transition to the next year group, archive entry of the stamped approval, national port. */
    void repeat(String caseKey, String processInstanceId) {
        RepeatCase c = get(caseKey);
        Student s = student(c.studentId());
        Bureau bureau = organisation.supervisingBureau(s.schoolCode());
        String details = "留级：" + c.oldYearGroup() + "级 → " + c.newYearGroup() + "级；" + c.reason();
        records.apply(s.repeatYear(AppClock.today(), new Placement(s.schoolCode(), s.majorCode(), c.newClassId(),
                        c.newYearGroup())),
                new ChangeBasis(caseKey, processInstanceId, details, List.of(
                        Approval.school(organisation.school(s.schoolCode()).name(), "按本校规定决定留级")
                                .by(c.schoolBy(), c.schoolOn()),
                        new Approval(Approval.Level.ofBureau(bureau.level().name()), bureau.name(), "审核并盖章确认",
                                c.bureauBy(), c.bureauOn())), CurrentUser.idOrSystem()));
        jdbc.sql("UPDATE repeat_year_case SET state = 'DONE' WHERE case_key = ?").param(caseKey).update();
        archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, "留级审批手续（主管教育行政部门盖章确认）", details + "；"
                + bureau.name() + "审核盖章", caseKey, null);
        national.submit(NationalRegistry.Operation.STATUS_CHANGE, s.id(), s.schoolCode(), caseKey,
                NationalPayload.of(s).put("异动类别", "留级").put("原年级", String.valueOf(c.oldYearGroup()))
                        .put("新年级", String.valueOf(c.newYearGroup())).toString());
    }

    Map<String, Object> display(RepeatCase c, Student s) {
        return Map.of("title", "留级：" + s.name() + "（" + c.oldYearGroup() + "级 → " + c.newYearGroup() + "级）",
                "summary", "学生：" + s.name() + "，学籍号 " + s.studentNumber() + "，" + c.oldYearGroup() + "级\n留级后："
                        + c.newYearGroup() + "级" + (c.newClassId() == null ? "（由学校编班）" : organisationRepository
                        .schoolClass(c.newClassId()).map(SchoolClass::name).orElse("")) + "\n原因：" + c.reason());
    }

    RepeatCase get(String caseKey) {
        return jdbc.sql("SELECT * FROM repeat_year_case WHERE case_key = ?").param(caseKey)
                .query((rs, n) -> new RepeatCase(rs.getString("case_key"), rs.getLong("student_id"),
                        rs.getString("school_code"), rs.getInt("old_year_group"), rs.getInt("new_year_group"),
                        rs.getObject("new_class_id", Long.class), rs.getString("reason"), rs.getString("school_by"),
                        rs.getObject("school_on", LocalDate.class), rs.getString("bureau_by"),
                        rs.getObject("bureau_on", LocalDate.class)))
                .optional().orElseThrow(() -> new NotFound("留级案件不存在：" + caseKey));
    }

    Student student(long id) {
        return students.find(id).orElseThrow(() -> new NotFound("学生不存在：" + id));
    }
}
