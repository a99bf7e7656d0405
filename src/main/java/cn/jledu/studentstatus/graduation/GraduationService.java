package cn.jledu.studentstatus.graduation;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.assessment.AssessmentRecords;
import cn.jledu.studentstatus.assessment.CertificateNumbers;
import cn.jledu.studentstatus.assessment.Assessments;
import cn.jledu.studentstatus.assessment.IssuedCertificates;
import cn.jledu.studentstatus.document.CaseAttachments;
import cn.jledu.studentstatus.document.CertificateDocument;
import cn.jledu.studentstatus.document.CertificateModel;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.document.StampingSheetDocument;
import cn.jledu.studentstatus.document.StampingSheetModel;
import cn.jledu.studentstatus.national.NationalPayload;
import cn.jledu.studentstatus.national.NationalRegistry;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.Major;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * 毕业与结业 (R-GRD-1…6, 第四十至四十五条): the cohort's eligibility, the graduate list, certificate numbering, the
 * stamping sheet and certificates, stamping, and the status change of every student on the list. The steps of
 * processes/graduation.bpmn call in here; {@link GraduationProcess} starts it. docs/graduation.md.
 */
@Service
public class GraduationService implements IssuedCertificates {

    /** A completer on the list: R-GRD-6 needs to know whether the student declined to repeat. */
    public record Completer(long studentId, boolean declinedRepeat) {
    }

    /** What the school submits: the terms, the stamping deadline it was given, graduates (early ones) and completers. */
    public record Submission(GraduationTerms terms, LocalDate graduationDate, LocalDate stampingDeadline,
                             List<Long> graduates, Set<Long> earlyApplicants, List<Completer> completers) {

        public Submission {
            graduates = graduates == null ? List.of() : List.copyOf(graduates);
            earlyApplicants = earlyApplicants == null ? Set.of() : Set.copyOf(earlyApplicants);
            completers = completers == null ? List.of() : List.copyOf(completers);
        }
    }

    /** A stored graduation case. */
    public record Graduation(long id, String caseKey, String schoolCode, int graduationYear, LocalDate graduationDate,
                             String stampingBureau, LocalDate stampingDeadline, String state, Long sheetDocumentId,
                             int graduates, int completers) {
    }

    /** One student on the list. */
    public record ListRow(long studentId, String studentNumber, String name, String outcome, boolean early,
                          String reason, String certificateNumber, String majorCode) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final StudentRepository students;
    private final StudentRecords records;
    private final AssessmentRecords assessments;
    private final Organisation organisation;
    private final OrganisationRepository organisationRepository;
    private final CertificateNumbers numbers;
    private final StampingSheetDocument sheetDocument;
    private final CertificateDocument certificateDocument;
    private final DocumentStore store;
    private final CaseAttachments attachments;
    private final Archive archive;
    private final AuditTrail audit;
    private final NationalRegistry national;

    GraduationService(JdbcClient jdbc, JdbcTemplate batch, StudentRepository students, StudentRecords records,
                      AssessmentRecords assessments, Organisation organisation,
                      OrganisationRepository organisationRepository, CertificateNumbers numbers,
                      StampingSheetDocument sheetDocument, CertificateDocument certificateDocument, DocumentStore store,
                      CaseAttachments attachments, Archive archive, AuditTrail audit, NationalRegistry national) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.students = students;
        this.records = records;
        this.assessments = assessments;
        this.organisation = organisation;
        this.organisationRepository = organisationRepository;
        this.numbers = numbers;
        this.sheetDocument = sheetDocument;
        this.certificateDocument = certificateDocument;
        this.store = store;
        this.attachments = attachments;
        this.archive = archive;
        this.audit = audit;
        this.national = national;
    }

    // ---- eligibility (R-GRD-1) ----

    /**
     * The school's students who could graduate in the year (in study, normally graduating that year or earlier, or
     * one year later for early graduation), each with every unmet requirement.
     */
    public List<GraduationEligibility.Result> eligibility(String schoolCode, GraduationTerms terms,
                                                          Set<Long> earlyApplicants) {
        Facts facts = facts(schoolCode);
        List<GraduationEligibility.Result> results = new ArrayList<>();
        for (Student s : cohort(schoolCode, terms.graduationYear())) {
            results.add(facts.assess(s, terms, earlyApplicants != null && earlyApplicants.contains(s.id())));
        }
        return results;
    }

    List<Student> cohort(String schoolCode, int year) {
        return jdbc.sql("""
                        SELECT * FROM student WHERE school_code = ? AND status IN ('ENROLLED', 'SUSPENDED')
                          AND year_group + duration_years <= ? ORDER BY major_code, student_number""")
                .params(schoolCode, year + 1).query(StudentRepository::map).list();
    }

    /**
     * What eligibility reads of a school's students, loaded in a few queries for a whole cohort: assessments, and
     * which students have a status history (only those are read one by one); the running procedure is asked of
     * {@code StudentRecords} per student.
     */
    private final class Facts {
        final Map<Long, Assessments> assessed;
        final Set<Long> withHistory;

        Facts(String schoolCode) {
            assessed = assessments.ofSchool(schoolCode);
            withHistory = new HashSet<>(jdbc.sql("SELECT DISTINCT c.student_id FROM status_change c JOIN student s "
                    + "ON s.id = c.student_id WHERE s.school_code = ?").param(schoolCode).query(Long.class).list());
        }

        GraduationEligibility.Result assess(Student s, GraduationTerms terms, boolean early) {
            return GraduationEligibility.assess(s, withHistory.contains(s.id()) ? students.history(s.id()) : List.of(),
                    records.runningProcedure(s.id()).orElse(null),
                    assessed.getOrDefault(s.id(), Assessments.NONE), terms, early);
        }
    }

    private Facts facts(String schoolCode) {
        return new Facts(schoolCode);
    }

    /** Every student record of the school, by id (one query). */
    private Map<Long, Student> studentsOf(String schoolCode) {
        Map<Long, Student> all = new HashMap<>();
        jdbc.sql("SELECT * FROM student WHERE school_code = ?").param(schoolCode).query(StudentRepository::map).list()
                .forEach(st -> all.put(st.id(), st));
        return all;
    }

    // ---- the list (R-GRD-3) ----

    /**
     * Checks and records the school's list: every graduate eligible (R-GRD-1, early ones on application R-GRD-2),
     * every completer allowed (R-GRD-6), nobody on another open list, a stamping deadline still ahead. Refusals
     * name every student and every unmet requirement. Returns the new graduation's id.
     */
    long submit(String schoolCode, Submission sub) {
        GraduationTerms terms = sub.terms();
        if (sub.graduates().isEmpty() && sub.completers().isEmpty()) {
            throw new RuleViolation("R-GRD-3", "（第四十二条）毕业生名单为空。", HttpStatus.BAD_REQUEST);
        }
        if (sub.graduationDate() == null || sub.graduationDate().getYear() != terms.graduationYear()) {
            throw new RuleViolation("R-GRD-3", "请填写" + terms.graduationYear() + "年内的毕业日期（证书落款日期）。",
                    HttpStatus.BAD_REQUEST);
        }
        LocalDate today = AppClock.today();
        if (sub.stampingDeadline() == null || !sub.stampingDeadline().isAfter(today)) {
            throw new RuleViolation("R-GRD-3", "（第四十二条）请填写验印部门规定的验印期限（须晚于今天）。", HttpStatus.BAD_REQUEST);
        }
        Set<Long> seen = new HashSet<>();
        List<Long> all = new ArrayList<>(sub.graduates());
        sub.completers().forEach(c -> all.add(c.studentId()));
        for (Long id : all) {
            if (!seen.add(id)) {
                throw new RuleViolation("R-GRD-3", "名单中学生重复：" + id, HttpStatus.BAD_REQUEST);
            }
        }
        if (!sub.graduates().containsAll(sub.earlyApplicants())) {
            throw new RuleViolation("R-GRD-2", "申请提前毕业的学生须在毕业生名单中。", HttpStatus.BAD_REQUEST);
        }
        Facts facts = facts(schoolCode);
        Map<Long, Student> roster = studentsOf(schoolCode);
        List<String> refusals = new ArrayList<>();
        Map<Long, GraduationEligibility.Result> results = new HashMap<>();
        for (Long id : sub.graduates()) {
            Student s = studentOf(roster, id);
            GraduationEligibility.Result r = facts.assess(s, terms, sub.earlyApplicants().contains(id));
            results.put(id, r);
            if (!r.eligible()) {
                refusals.add(s.name() + "（" + s.studentNumber() + "）：" + r.describe());
            }
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolation("R-GRD-1", "（第四十条）以下学生不符合毕业条件：" + String.join("；", refusals) + "。");
        }
        for (Completer c : sub.completers()) {
            Student s = studentOf(roster, c.studentId());
            GraduationEligibility.checkCompletion(facts.assess(s, terms, false), c.declinedRepeat());
        }
        List<Long> onOpenList = jdbc.sql("""
                        SELECT gs.student_id FROM graduation_student gs JOIN graduation g ON g.id = gs.graduation_id
                        WHERE g.state NOT IN ('LIST_REJECTED', 'COMPLETED')""").query(Long.class).list();
        List<Long> clash = all.stream().filter(onOpenList::contains).toList();
        if (!clash.isEmpty()) {
            throw new RuleViolation("R-GRD-3", "以下学生已在正在办理的毕业名单中：" + clash.stream()
                    .map(id -> students.find(id).map(Student::name).orElse(String.valueOf(id)))
                    .collect(Collectors.joining("、")) + "。", HttpStatus.CONFLICT);
        }
        int attempt = jdbc.sql("SELECT COUNT(*) FROM graduation WHERE school_code = ? AND graduation_year = ?")
                .params(schoolCode, terms.graduationYear()).query(Integer.class).single() + 1;
        String caseKey = "GRD-" + schoolCode + "-" + terms.graduationYear() + "-" + attempt;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO graduation (case_key, school_code, graduation_year, graduation_date, credit_system,
                          credits_required, stamping_bureau, stamping_deadline, state, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'LIST_REVIEW', ?, ?)""")
                .params(caseKey, schoolCode, terms.graduationYear(), sub.graduationDate(), terms.creditSystem(),
                        terms.creditsRequired(), stampingBureau(schoolCode).code(), sub.stampingDeadline(),
                        CurrentUser.idOrSystem(), AppClock.nowOffset())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        List<Object[]> rows = new ArrayList<>();
        for (Long g : sub.graduates()) {
            boolean early = results.get(g).early();
            rows.add(new Object[] {id, g, "GRADUATE", early, early ? "提前毕业（本人申请，R-GRD-2）" : null});
        }
        for (Completer c : sub.completers()) {
            rows.add(new Object[] {id, c.studentId(), "COMPLETE", false,
                    c.declinedRepeat() ? "学制期满仍有未达要求，不接受留级" : "思想品德评价不合格"});
        }
        batchInsertStudents(rows);
        audit.record("GRADUATION_LIST_SUBMITTED", "graduation", caseKey,
                "毕业 " + sub.graduates().size() + " 人，结业 " + sub.completers().size() + " 人");
        return id;
    }

    private void batchInsertStudents(List<Object[]> rows) {
        batch.batchUpdate("INSERT INTO graduation_student (graduation_id, student_id, outcome, early, reason) "
                + "VALUES (?, ?, ?, ?, ?)", rows);
    }

    /**
     * The stamping bureau (验印部门), our reading of 第四十四条: the province for province-run schools, the city (州)
     * bureau for city- and county-run schools (docs/graduation.md).
     */
    public Bureau stampingBureau(String schoolCode) {
        return organisation.cityOver(schoolCode);
    }

    private Student studentOf(Map<Long, Student> roster, long id) {
        Student s = roster.get(id);
        if (s == null) {
            throw new RuleViolation("R-GRD-3", "学生 " + id + " 不是本校学生。", HttpStatus.BAD_REQUEST);
        }
        return s;
    }

    // ---- reading ----

    public Graduation graduation(long id) {
        return jdbc.sql("""
                        SELECT g.id, g.case_key, g.school_code, g.graduation_year, g.graduation_date, g.stamping_bureau,
                          g.stamping_deadline, g.state, g.sheet_document_id,
                          (SELECT COUNT(*) FROM graduation_student s WHERE s.graduation_id = g.id AND s.outcome = 'GRADUATE'),
                          (SELECT COUNT(*) FROM graduation_student s WHERE s.graduation_id = g.id AND s.outcome = 'COMPLETE')
                        FROM graduation g WHERE g.id = ?""")
                .param(id)
                .query((rs, n) -> new Graduation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getString(8), (Long) rs.getObject(9, Long.class), rs.getInt(10), rs.getInt(11)))
                .optional().orElseThrow(() -> new NotFound("毕业案件不存在：" + id));
    }

    /** The list: graduates first, then completers; each by major and student number. */
    public List<ListRow> list(long graduationId) {
        return jdbc.sql("""
                        SELECT s.id, s.student_number, s.name, gs.outcome, gs.early, gs.reason, gs.certificate_number,
                          s.major_code
                        FROM graduation_student gs JOIN student s ON s.id = gs.student_id WHERE gs.graduation_id = ?
                        ORDER BY gs.outcome DESC, s.major_code, s.student_number""")
                .param(graduationId)
                .query((rs, n) -> new ListRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    /** The list as rows for the forms' table (display only). */
    List<Map<String, Object>> listSnapshot(long graduationId) {
        Map<String, String> majors = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ListRow r : list(graduationId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", "GRADUATE".equals(r.outcome()) ? "毕业" : "结业");
            m.put("studentNumber", r.studentNumber());
            m.put("name", r.name());
            m.put("major", majorName(majors, r.majorCode()));
            m.put("certificateNumber", r.certificateNumber() == null ? "" : r.certificateNumber());
            m.put("remark", r.reason() == null ? "" : r.reason());
            rows.add(m);
        }
        return rows;
    }

    private String majorName(Map<String, String> cache, String code) {
        return cache.computeIfAbsent(code, c -> organisationRepository.major(c).map(Major::name).orElse(c));
    }

    String caseSummary(long graduationId) {
        Graduation g = graduation(graduationId);
        return g.graduationYear() + "届：毕业 " + g.graduates() + " 人，结业 " + g.completers() + " 人；验印部门："
                + organisation.bureau(g.stampingBureau()).name() + "；验印期限：" + DAY.format(g.stampingDeadline()) + "。";
    }

    // ---- process steps ----

    void recordReturned(long graduationId, String note) {
        jdbc.sql("UPDATE graduation SET state = 'LIST_REJECTED' WHERE id = ?").param(graduationId).update();
        audit.record("GRADUATION_LIST_RETURNED", "graduation", String.valueOf(graduationId), note);
    }

    /**
     * After the bureau approved the list: numbers the certificates (graduates first, by major and student number),
     * renders the stamping sheet, keeps it and attaches it to the case. Returns the sheet's document id.
     */
    long prepare(long graduationId, String processInstanceId) {
        Graduation g = graduation(graduationId);
        List<ListRow> list = list(graduationId);
        if (list.stream().allMatch(r -> r.certificateNumber() == null)) {
            number(g, list);
            list = list(graduationId);
        }
        StampingSheetModel sheet = sheet(g, list);
        long pdf = store.save(new NewDocument(StampingSheetDocument.KIND, StampingSheetDocument.TITLE,
                StampingSheetDocument.fileName(sheet), NewDocument.PDF, sheetDocument.pdf(sheet), g.schoolCode(),
                g.caseKey(), null));
        jdbc.sql("UPDATE graduation SET state = 'PRINTING', sheet_document_id = ? WHERE id = ?").params(pdf, graduationId)
                .update();
        attachments.attach(processInstanceId, pdf, NewDocument.PDF, StampingSheetDocument.fileName(sheet),
                StampingSheetDocument.TITLE);
        audit.record("GRADUATION_NUMBERED", "graduation", g.caseKey(), "证书 " + list.size() + " 份已编号，验印单已生成");
        return pdf;
    }

    private void number(Graduation g, List<ListRow> list) {
        List<ListRow> graduates = list.stream().filter(r -> "GRADUATE".equals(r.outcome())).toList();
        List<ListRow> completers = list.stream().filter(r -> "COMPLETE".equals(r.outcome())).toList();
        assign(g, graduates, numbers.take(CertificateNumbers.Kind.GRADUATE, g.graduationYear(), graduates.size()));
        assign(g, completers, numbers.take(CertificateNumbers.Kind.COMPLETE, g.graduationYear(), completers.size()));
    }

    private void assign(Graduation g, List<ListRow> rows, CertificateNumbers.Block block) {
        List<Object[]> certificates = new ArrayList<>();
        List<Object[]> listed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String number = block.number(i);
            ListRow r = rows.get(i);
            certificates.add(new Object[] {number, r.outcome(), r.studentId(), g.schoolCode(), g.caseKey(),
                g.graduationDate()});
            listed.add(new Object[] {number, g.id(), r.studentId()});
        }
        batch.batchUpdate("INSERT INTO certificate (certificate_number, kind, student_id, school_code, case_key, "
                + "issued_on) VALUES (?, ?, ?, ?, ?, ?)", certificates);
        batch.batchUpdate("UPDATE graduation_student SET certificate_number = ? WHERE graduation_id = ? AND student_id = ?",
                listed);
    }

    StampingSheetModel sheet(Graduation g, List<ListRow> list) {
        School school = organisation.school(g.schoolCode());
        Map<String, String> majors = new HashMap<>();
        List<StampingSheetModel.Row> rows = new ArrayList<>();
        List<ListRow> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(ListRow::certificateNumber, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<Long, Student> roster = studentsOf(g.schoolCode());
        for (ListRow r : sorted) {
            Student s = roster.get(r.studentId());
            rows.add(new StampingSheetModel.Row(r.certificateNumber(), "GRADUATE".equals(r.outcome()) ? "毕业" : "结业",
                    s.studentNumber(), s.name(), s.gender().label(), s.idNumber().value(), majorName(majors, s.majorCode()),
                    s.learningForm().label(), r.reason()));
        }
        return new StampingSheetModel(g.schoolCode(), school.name(), g.caseKey(), g.graduationYear(),
                organisation.supervisingBureau(g.schoolCode()).name(), organisation.bureau(g.stampingBureau()).name(),
                AppClock.today(), AppClock.today(), rows);
    }

    /** The certificates of the case as one PDF (one page each), numbered; stamped ones name the stamping bureau. */
    public byte[] certificatesPdf(long graduationId) {
        Graduation g = graduation(graduationId);
        List<ListRow> list = list(graduationId);
        if (list.stream().anyMatch(r -> r.certificateNumber() == null)) {
            throw new RuleViolation("R-GRD-3", "（第四十二条）名单审核通过并编号后才能打印证书。", HttpStatus.CONFLICT);
        }
        boolean stamped = "COMPLETED".equals(g.state());
        Map<String, String> majors = new HashMap<>();
        List<CertificateModel> models = new ArrayList<>();
        Map<Long, Student> roster = studentsOf(g.schoolCode());
        for (ListRow r : list) {
            models.add(certificate(g, roster.get(r.studentId()), r.certificateNumber(),
                    "COMPLETE".equals(r.outcome()), majors, stamped));
        }
        return certificateDocument.pdf(models);
    }

    CertificateModel certificate(Graduation g, Student s, String number, boolean completion, Map<String, String> majors,
                                 boolean stamped) {
        School school = organisation.school(g.schoolCode());
        LocalDate from = LocalDate.of(s.entryYear(), s.entrySeason() == Season.SPRING ? 3 : 9, 1);
        boolean flexible = s.learningForm() == LearningForm.FLEXIBLE;
        String statement = completion ? "修业期满，部分课程或考核未达到毕业要求，准予结业。" : "修完规定课程，成绩合格，准予毕业。";
        List<String> remarks = new ArrayList<>();
        if (flexible) {
            remarks.add("学习形式：弹性学习；学习期限：" + CertificateDocument.month(from) + " 至 "
                    + CertificateDocument.month(g.graduationDate()) + "（R-GRD-5）");
        }
        return new CertificateModel(g.schoolCode(), completion ? "中等职业学校结业证书" : "中等职业学校毕业证书", number,
                s.name(), s.gender().label(), s.birthDate(), s.idNumber().value(), school.name(),
                majorName(majors, s.majorCode()), s.durationYears(), s.learningForm().label(), flexible, from,
                g.graduationDate(), statement, remarks, school.name(),
                stamped ? organisation.bureau(g.stampingBureau()).name() : null, g.graduationDate());
    }

    String deadlineText(long graduationId) {
        return DAY.format(graduation(graduationId).stampingDeadline());
    }

    /** The reminder before the stamping deadline: audited and shown in the school's task. */
    String remind(long graduationId) {
        Graduation g = graduation(graduationId);
        String note = "验印期限 " + DAY.format(g.stampingDeadline()) + " 即将届满，请尽快将证书和验印单送"
                + organisation.bureau(g.stampingBureau()).name() + "验印。";
        audit.record("GRADUATION_STAMPING_REMINDED", "graduation", g.caseKey(), note);
        return note;
    }

    void recordOverdue(long graduationId, String note) {
        audit.record("GRADUATION_STAMPING_SUPERVISED", "graduation", String.valueOf(graduationId), note);
    }

    void recordSubmitted(long graduationId, String note) {
        jdbc.sql("UPDATE graduation SET state = 'STAMPING' WHERE id = ?").param(graduationId).update();
        audit.record("GRADUATION_SUBMITTED_FOR_STAMPING", "graduation", String.valueOf(graduationId), note);
    }

    void recordStampReturned(long graduationId, String note) {
        jdbc.sql("UPDATE graduation SET state = 'PRINTING' WHERE id = ?").param(graduationId).update();
        audit.record("GRADUATION_STAMPING_RETURNED", "graduation", String.valueOf(graduationId), note);
    }

    /** R-GRD-4: the bureau stamped, imported the number template and kept a copy of the sheet. */
    void recordStamped(long graduationId) {
        jdbc.sql("""
                        UPDATE graduation SET template_imported = TRUE, sheet_copy_kept = TRUE, stamped_at = ?
                        WHERE id = ?""").params(AppClock.nowOffset(), graduationId).update();
        audit.record("GRADUATION_STAMPED", "graduation", String.valueOf(graduationId), "已验印，证书编号模板已导入，验印单已留存");
    }

    /**
     * After stamping: every graduate becomes 毕业 and every completer 结业 through the student transition (one
     * status-change row each, with the approvals: school, the supervising bureau's list review, the stamping), the
     * archive gets the certificate, and the national system the change.
     */
    void complete(long graduationId, String processInstanceId) {
        Graduation g = graduation(graduationId);
        LocalDate today = AppClock.today();
        School school = organisation.school(g.schoolCode());
        Bureau supervising = organisation.supervisingBureau(g.schoolCode());
        Bureau stamping = organisation.bureau(g.stampingBureau());
        List<Approval> approvals = List.of(Approval.school(school.name(), "提交毕业生名单"),
                new Approval(Approval.Level.ofBureau(supervising.level().name()), supervising.name(), "审核毕业生名单", null, null),
                new Approval(Approval.Level.ofBureau(stamping.level().name()), stamping.name(), "证书验印", null, today));
        Map<Long, Student> roster = studentsOf(g.schoolCode());
        for (ListRow r : list(graduationId)) {
            Student s = roster.get(r.studentId());
            boolean completion = "COMPLETE".equals(r.outcome());
            String what = completion ? "结业" : "毕业";
            records.apply(completion ? s.complete(today) : s.graduate(today), new ChangeBasis(g.caseKey(),
                    processInstanceId, what + "（证书编号 " + r.certificateNumber() + "）" + (r.reason() == null ? "" : "；" + r.reason()),
                    approvals, CurrentUser.idOrSystem()));
            archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, what, (completion ? "结业证书" : "毕业证书") + "编号 "
                    + r.certificateNumber() + "；毕业日期 " + g.graduationDate() + "；经" + stamping.name() + "验印"
                    + (r.reason() == null ? "" : "；" + r.reason()), g.caseKey(), g.sheetDocumentId());
            national.submit(NationalRegistry.Operation.STATUS_CHANGE, s.id(), s.schoolCode(), g.caseKey(),
                    NationalPayload.of(s).put("异动类别", what).put("证书编号", r.certificateNumber())
                            .put("毕（结）业日期", g.graduationDate().toString()).put("学习形式", s.learningForm().label())
                            .toString());
        }
        jdbc.sql("""
                        UPDATE certificate SET stamped = TRUE, sheet_document_id = ?, stamping_bureau = ?
                        WHERE case_key = ?""").params(g.sheetDocumentId(), g.stampingBureau(), g.caseKey()).update();
        jdbc.sql("UPDATE graduation SET state = 'COMPLETED' WHERE id = ?").param(graduationId).update();
        audit.record("GRADUATION_COMPLETED", "graduation", g.caseKey(), "毕业 " + g.graduates() + " 人，结业 "
                + g.completers() + " 人");
    }

    // ---- IssuedCertificates (asked by the academic proof, R-GRD-7) ----

    @Override
    public Optional<IssuedCertificate> stampedCertificate(long studentId) {
        return jdbc.sql("""
                        SELECT certificate_number, kind, student_id, school_code, case_key, issued_on, stamping_bureau,
                          sheet_document_id FROM certificate
                        WHERE student_id = ? AND stamped AND kind IN ('GRADUATE', 'COMPLETE')
                        ORDER BY issued_on DESC""")
                .param(studentId)
                .query((rs, n) -> new IssuedCertificate(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
                        (Long) rs.getObject(8, Long.class)))
                .list().stream().findFirst();
    }
}
