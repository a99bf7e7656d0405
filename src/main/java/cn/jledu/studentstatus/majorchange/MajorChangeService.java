package cn.jledu.studentstatus.majorchange;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.majorchange.MajorChangeContract.Ground;
import cn.jledu.studentstatus.majorchange.MajorChangeContract.Step;
import cn.jledu.studentstatus.national.NationalPayload;
import cn.jledu.studentstatus.national.NationalRegistry;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.Major;
import cn.jledu.studentstatus.organisation.MajorApproval;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.organisation.TermCalendar;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Exemption;
import cn.jledu.studentstatus.student.Placement;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 转专业 (R-MJC-1…4, 第十五条): the school approves on one of three grounds with the proof recorded; the
 * supervising bureau reviews and stamps the paper approval, which goes into the archive; a 涉农 student who
 * received the tuition waiver needs an added provincial review (R-MJC-2); the windows (R-MJC-3) are the decision
 * table processes/major-change-window.dmn, called by the process.
 */
@Service
public class MajorChangeService {

    /** What the registrar records: student, new major (and class), ground, proof (and a scan of it). */
    public record Application(long studentId, String newMajorCode, Long newClassId, Ground ground, String proof,
                              String hospital, String proofFileName, String proofBase64) {
    }

    /** A case as stored. */
    record MajorChangeCase(long id, String caseKey, long studentId, String schoolCode, String oldMajorCode,
                           String newMajorCode, Long newClassId, Ground ground, String proof, Long proofDocumentId,
                           String hospital, boolean crossCategory, int semester, boolean provincialReview,
                           String state, String schoolBy, LocalDate schoolOn, String bureauBy, LocalDate bureauOn,
                           String provinceBy, LocalDate provinceOn, String refusedBy, String refusalReason,
                           boolean flexibleLearning, String exemption) {
    }

    /** The window inputs (R-MJC-3) and the checks passed, for the process to start with. */
    record Checked(MajorChangeCase c, Student student, boolean graduatingYear, List<String> passed) {
    }

    private final JdbcClient jdbc;
    private final StudentRepository students;
    private final StudentRecords records;
    private final Organisation organisation;
    private final OrganisationRepository organisationRepository;
    private final TermCalendar terms;
    private final DocumentStore documents;
    private final Archive archive;
    private final AuditTrail audit;
    private final NationalRegistry national;

    MajorChangeService(JdbcClient jdbc, StudentRepository students, StudentRecords records, Organisation organisation,
                       OrganisationRepository organisationRepository, TermCalendar terms, DocumentStore documents,
                       Archive archive, AuditTrail audit, NationalRegistry national) {
        this.jdbc = jdbc;
        this.students = students;
        this.records = records;
        this.organisation = organisation;
        this.organisationRepository = organisationRepository;
        this.terms = terms;
        this.documents = documents;
        this.archive = archive;
        this.audit = audit;
        this.national = national;
    }

    /** Checks and stores an application, holds the student (PROC-1). The window is the process's first step. */
    Checked apply(Application a) {
        if (a == null || a.ground() == null) {
            throw new RuleViolation("R-MJC-1", "（第十五条）请选择转专业理由。", HttpStatus.BAD_REQUEST);
        }
        if (a.proof() == null || a.proof().isBlank()) {
            throw new RuleViolation("R-MJC-1", "（第十五条）请写明转专业理由的证明材料。", HttpStatus.BAD_REQUEST);
        }
        if (a.newMajorCode() == null || a.newMajorCode().isBlank()) {
            throw new RuleViolation("R-MJC-1", "请填写转入的专业。", HttpStatus.BAD_REQUEST);
        }
        if (a.ground() == Ground.HEALTH && (a.hospital() == null || a.hospital().isBlank())) {
            throw new RuleViolation("R-MJC-1", "（第十五条）因身体原因转专业，须有县级以上医院的证明：请填写出具证明的医院。",
                    HttpStatus.BAD_REQUEST);
        }
        byte[] scan = null;
        if (a.proofBase64() != null && !a.proofBase64().isBlank()) {
            try {
                scan = Base64.getDecoder().decode(a.proofBase64());
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("R-MJC-1", "证明材料扫描件不是有效的 Base64 内容。", HttpStatus.BAD_REQUEST);
            }
        }
        Student s = student(a.studentId());
        LocalDate today = AppClock.today();
        Major oldMajor = organisationRepository.major(s.majorCode()).orElseThrow();
        Major newMajor = MajorApproval.check(a.newMajorCode(), organisationRepository.major(a.newMajorCode()),
                organisationRepository.isApproved(s.schoolCode(), a.newMajorCode()));
        List<String> passed = new ArrayList<>();
        passed.add("R-MAJ-1 本校经审批开设" + newMajor.name() + "专业（" + newMajor.code() + "）：符合");
        Long classId = a.newClassId();
        int yearGroup = s.yearGroup();
        if (classId != null) {
            SchoolClass c = organisationRepository.schoolClass(classId).orElseThrow(() ->
                    new RuleViolation("R-MAJ-1", "班级不存在：" + classId, HttpStatus.BAD_REQUEST));
            if (!c.schoolCode().equals(s.schoolCode())) {
                throw new RuleViolation("R-MJC-1", "（第十五条）转专业在本校内办理：班级“" + c.name() + "”不属于本校。",
                        HttpStatus.BAD_REQUEST);
            }
            MajorApproval.checkClass(c, newMajor);
            yearGroup = c.yearGroup();
        }
        // status, same school, same year group, another major (the record's own checks); R-CHG-1 is the bureau's task
        boolean flexible = s.learningForm() == LearningForm.FLEXIBLE;
        s.changeMajor(today, new Placement(s.schoolCode(), newMajor.code(), classId, yearGroup), flexible
                ? new Exemption("R-CHG-1", "主管教育行政部门（待审批）", "弹性学习学生转专业须经批准") : null);
        passed.add("R-MJC-1 在籍，本校内、同年级转入其他专业：符合");
        if (flexible) {
            passed.add("R-CHG-1 弹性学习学生原则上不予转专业：须经主管教育行政部门批准例外");
        }
        if (a.ground() == Ground.MAJOR_DISCONTINUED && students.history(s.id()).stream()
                .noneMatch(h -> h.kind() == StatusChangeKind.REPEAT_YEAR || h.kind() == StatusChangeKind.RESUMPTION)) {
            throw new RuleViolation("R-MJC-1", "（第十五条）以“原专业停招”为由转专业，须是留级或休学后复学的学生；该生没有留级或复学记录。");
        }
        passed.add("R-MJC-1 理由：" + a.ground().label() + (a.hospital() == null || a.hospital().isBlank() ? ""
                : "（证明医院：" + a.hospital().strip() + "）"));
        boolean spring = s.entrySeason() == Season.SPRING;
        int semester = terms.semesterOfStudy(s.schoolCode(), s.entryYear(), spring, today)
                + (terms.termAt(s.schoolCode(), today).isPresent() ? 0 : 1); // a holiday counts to the next term
        boolean graduating = semester > s.durationYears() * 2 - 2;
        boolean cross = !oldMajor.categoryCode().equals(newMajor.categoryCode());
        boolean waiver = oldMajor.agricultureRelated() && archive.allEntries(s.id()).stream()
                .anyMatch(e -> e.kind() == ArchiveEntryKind.TUITION_WAIVER);
        if (waiver) {
            passed.add("R-MJC-2 涉农专业学生已享受免学费：原则上不得转专业，须经省级教育行政部门审批");
        }

        int previous = jdbc.sql("SELECT COUNT(*) FROM major_change_case WHERE student_id = ?").param(s.id())
                .query(Integer.class).single();
        String caseKey = "MJC-" + s.studentNumber() + "-" + (previous + 1);
        records.claimProcedure(s.id(), StudentProcedure.MAJOR_CHANGE, caseKey);
        Long proofId = scan == null ? null : documents.save(new NewDocument("MAJOR_CHANGE_PROOF", "转专业证明材料",
                a.proofFileName() == null ? "证明材料.pdf" : a.proofFileName(), NewDocument.PDF, scan, s.schoolCode(),
                caseKey, s.id()));
        jdbc.sql("""
                        INSERT INTO major_change_case (case_key, student_id, school_code, old_major_code, new_major_code,
                          new_class_id, ground, proof, proof_document_id, hospital, cross_category, semester,
                          provincial_review, flexible_learning, state, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?, ?)""")
                .params(caseKey, s.id(), s.schoolCode(), oldMajor.code(), newMajor.code(), classId, a.ground().name(),
                        a.proof().strip(), proofId, a.hospital(), cross, semester, waiver, flexible,
                        CurrentUser.idOrSystem(), AppClock.nowOffset())
                .update();
        audit.record("MAJOR_CHANGE_APPLIED", "student", String.valueOf(s.id()), caseKey + "：" + oldMajor.name() + " → "
                + newMajor.name());
        return new Checked(get(caseKey), s, graduating, passed);
    }

    /** A refusal by the decision table (R-MJC-3) before any human sees the case: refused with its rule id. */
    static RuleViolation outsideWindow(Map<String, Object> window) {
        return new RuleViolation(String.valueOf(window.get("ruleId")), String.valueOf(window.get("reason")));
    }

    /**
     * One step's decision from its form: approve or refuse, with a reason; the bureau also confirms the stamp. The
     * bureau's flexible-learning exception (R-CHG-1) is granted or refused, always with a reason, which the
     * status-change row will carry.
     */
    void decide(String caseKey, Step step, Object decision, Object reason, Object stamped) {
        boolean exception = step == Step.EXCEPTION;
        String yes = exception ? MajorChangeContract.GRANT : MajorChangeContract.APPROVE;
        if (!yes.equals(decision) && !MajorChangeContract.REFUSE.equals(decision)) {
            throw new FormRefusal(exception ? "请选择是否批准弹性学习学生转专业的例外。" : "请选择同意或不同意转专业。",
                    exception ? "R-CHG-1" : null);
        }
        if (reason == null || reason.toString().isBlank()) {
            throw new FormRefusal(exception ? "请填写批准或不批准例外的理由。" : "请填写意见或理由。", exception ? "R-CHG-1" : null);
        }
        boolean approved = yes.equals(decision);
        if (approved && step == Step.BUREAU && !Boolean.TRUE.equals(stamped)) {
            throw new FormRefusal("请在纸质转专业审批表上盖章确认后勾选“已盖章确认”（第十五条）。", "R-MJC-4");
        }
        String by = CurrentUser.idOrSystem();
        LocalDate today = AppClock.today();
        if (!approved) {
            jdbc.sql("UPDATE major_change_case SET state = 'REFUSED', refused_by = ?, refusal_reason = ? WHERE case_key = ?")
                    .params(step.who(), reason.toString().strip(), caseKey).update();
            MajorChangeCase c = get(caseKey);
            archive.add(c.studentId(), ArchiveEntryKind.STATUS_CHANGE, "转专业申请未获批准", step.who() + "不同意："
                    + reason.toString().strip(), caseKey, null);
        } else if (exception) {
            Bureau bureau = organisation.supervisingBureau(get(caseKey).schoolCode());
            jdbc.sql("UPDATE major_change_case SET exemption = ?, exception_by = ?, exception_on = ? WHERE case_key = ?")
                    .params(bureau.name() + "|" + reason.toString().strip(), by, today, caseKey).update();
        } else {
            String column = switch (step) {
                case EXCEPTION -> throw new IllegalStateException(step.name());
                case SCHOOL -> "school";
                case BUREAU -> "bureau";
                case PROVINCE -> "province";
            };
            jdbc.sql("UPDATE major_change_case SET " + column + "_by = ?, " + column + "_on = ? WHERE case_key = ?")
                    .params(by, today, caseKey).update();
        }
        audit.record("MAJOR_CHANGE_" + step.name() + (approved ? "_APPROVED" : "_REFUSED"), "student",
                String.valueOf(get(caseKey).studentId()), caseKey + "：" + reason);
    }

    /** 转专业: the transition with its approvals; the stamped approval form into the archive; national port. */
    void change(String caseKey, String processInstanceId) {
        MajorChangeCase c = get(caseKey);
        Student s = student(c.studentId());
        LocalDate today = AppClock.today();
        Bureau bureau = organisation.supervisingBureau(s.schoolCode());
        String schoolName = organisation.school(s.schoolCode()).name();
        int yearGroup = c.newClassId() == null ? s.yearGroup()
                : organisationRepository.schoolClass(c.newClassId()).map(SchoolClass::yearGroup).orElse(s.yearGroup());
        Exemption exemption = exemption(c);
        List<Approval> approvals = new ArrayList<>();
        if (exemption != null) {
            approvals.add(new Approval(Approval.Level.ofBureau(bureau.level().name()), bureau.name(),
                    "批准弹性学习学生转专业例外（R-CHG-1）", null, null));
        }
        approvals.add(Approval.school(schoolName, "批准转专业").by(c.schoolBy(), c.schoolOn()));
        approvals.add(new Approval(Approval.Level.ofBureau(bureau.level().name()), bureau.name(), "审核并盖章确认",
                c.bureauBy(), c.bureauOn()));
        if (c.provincialReview()) {
            approvals.add(new Approval(Approval.Level.PROVINCE, organisation.bureau(MajorChangeContract.PROVINCE_BUREAU)
                    .name(), "批准涉农专业学生转专业（R-MJC-2）", c.provinceBy(), c.provinceOn()));
        }
        String oldName = majorName(c.oldMajorCode());
        String newName = majorName(c.newMajorCode());
        String details = "转专业：" + oldName + " → " + newName + "（" + c.ground().label() + "）";
        records.apply(s.changeMajor(today, new Placement(s.schoolCode(), c.newMajorCode(), c.newClassId(), yearGroup),
                        exemption),
                new ChangeBasis(caseKey, processInstanceId, details, approvals, CurrentUser.idOrSystem()));
        jdbc.sql("UPDATE major_change_case SET state = 'DONE' WHERE case_key = ?").param(caseKey).update();
        archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, "转专业审批表（主管教育行政部门盖章确认）", details + "；证明："
                + c.proof() + "；" + bureau.name() + "审核盖章" + (c.provincialReview() ? "；省级教育行政部门批准" : ""),
                caseKey, c.proofDocumentId());
        national.submit(NationalRegistry.Operation.STATUS_CHANGE, s.id(), s.schoolCode(), caseKey,
                NationalPayload.of(s).put("异动类别", "转专业").put("原专业", c.oldMajorCode())
                        .put("新专业", c.newMajorCode()).put("异动原因", c.ground().label()).toString());
    }

    /** The bureau's granted exception (R-CHG-1), or null: a student not in flexible learning needs none. */
    private static Exemption exemption(MajorChangeCase c) {
        if (!c.flexibleLearning()) {
            return null;
        }
        if (c.exemption() == null) {
            throw new IllegalStateException("弹性学习学生转专业未经批准例外：" + c.caseKey());
        }
        String[] parts = c.exemption().split("\\|", 2);
        return new Exemption("R-CHG-1", parts[0], parts[1]);
    }

    String title(MajorChangeCase c, Student s) {
        return "转专业：" + s.name() + "（" + majorName(c.oldMajorCode()) + " → " + majorName(c.newMajorCode()) + "）";
    }

    String summary(MajorChangeCase c, Student s) {
        return "学生：" + s.name() + "，学籍号 " + s.studentNumber() + "，" + s.yearGroup() + "级，现第" + c.semester()
                + "学期\n原专业：" + majorName(c.oldMajorCode()) + "\n新专业：" + majorName(c.newMajorCode())
                + (c.crossCategory() ? "（跨专业大类）" : "（同一专业大类）") + "\n理由（R-MJC-1）：" + c.ground().label()
                + "\n证明：" + c.proof() + (c.hospital() == null ? "" : "（" + c.hospital() + "）")
                + (c.proofDocumentId() == null ? "" : "\n证明材料：/api/documents/" + c.proofDocumentId());
    }

    MajorChangeCase get(String caseKey) {
        return jdbc.sql("SELECT * FROM major_change_case WHERE case_key = ?").param(caseKey)
                .query((rs, n) -> new MajorChangeCase(rs.getLong("id"), rs.getString("case_key"),
                        rs.getLong("student_id"), rs.getString("school_code"), rs.getString("old_major_code"),
                        rs.getString("new_major_code"), rs.getObject("new_class_id", Long.class),
                        Ground.valueOf(rs.getString("ground")), rs.getString("proof"),
                        rs.getObject("proof_document_id", Long.class), rs.getString("hospital"),
                        rs.getBoolean("cross_category"), rs.getInt("semester"), rs.getBoolean("provincial_review"),
                        rs.getString("state"), rs.getString("school_by"), rs.getObject("school_on", LocalDate.class),
                        rs.getString("bureau_by"), rs.getObject("bureau_on", LocalDate.class),
                        rs.getString("province_by"), rs.getObject("province_on", LocalDate.class),
                        rs.getString("refused_by"), rs.getString("refusal_reason"),
                        rs.getBoolean("flexible_learning"), rs.getString("exemption")))
                .optional().orElseThrow(() -> new NotFound("转专业案件不存在：" + caseKey));
    }

    Student student(long id) {
        return students.find(id).orElseThrow(() -> new NotFound("学生不存在：" + id));
    }

    private String majorName(String code) {
        return organisationRepository.major(code).map(Major::name).orElse(code);
    }
}
