package cn.jledu.studentstatus.withdrawal;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntry;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.document.CaseAttachments;
import cn.jledu.studentstatus.document.DecisionLetterDocument;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.document.StudentCertificateDocument;
import cn.jledu.studentstatus.document.StudentCertificateModel;
import cn.jledu.studentstatus.document.StudentCertificateModel.Particular;
import cn.jledu.studentstatus.national.NationalPayload;
import cn.jledu.studentstatus.national.NationalRegistry;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.Term;
import cn.jledu.studentstatus.organisation.TermCalendar;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.FormRefusal;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.ProcedureLock;
import cn.jledu.studentstatus.student.StatusChange;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.student.WithdrawalProposals;
import cn.jledu.studentstatus.withdrawal.WithdrawalContract.Initiative;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 退学 (第二十一条, 第四十六条): applications (R-WDR-1), the school's proposals from the suspension timers and from
 * attendance (R-WDR-2, exactly one per student and source), the decisions, the status change within the month and the
 * factual study certificate (R-WDR-3). The facade {@link WithdrawalProcess} starts the cases.
 */
@Service
public class WithdrawalService {

    /** R-WDR-2 (3): 90 or more class hours missed in a semester. */
    public static final int ABSENCE_HOURS = 90;
    /** R-WDR-2 (4): an unauthorised absence of two or more consecutive weeks. */
    public static final int ABSENCE_DAYS = 14;
    static final String CERTIFICATE_KIND = "STUDY_CERTIFICATE";

    /** A row of {@code withdrawal_case}. */
    public record WithdrawalCase(String caseKey, long studentId, Initiative initiative, String ground, String evidence,
                                 LocalDate leavingDate, LocalDate submittedOn, String state, String schoolNote,
                                 String bureauNote, Long certificateDocument) {
    }

    /** What became of a proposal. */
    record ProposalOutcome(String newCaseKey, String joinedCaseKey) {
        static final ProposalOutcome NONE = new ProposalOutcome(null, null);
    }

    private final JdbcClient jdbc;
    private final StudentRecords records;
    private final StudentRepository students;
    private final Organisation organisation;
    private final OrganisationRepository organisationData;
    private final TermCalendar terms;
    private final Archive archive;
    private final AuditTrail audit;
    private final NationalRegistry national;
    private final StudentCertificateDocument certificates;
    private final DocumentStore documents;
    private final CaseAttachments attachments;

    WithdrawalService(JdbcClient jdbc, StudentRecords records, StudentRepository students, Organisation organisation,
                      OrganisationRepository organisationData, TermCalendar terms, Archive archive, AuditTrail audit,
                      NationalRegistry national, StudentCertificateDocument certificates, DocumentStore documents,
                      CaseAttachments attachments) {
        this.jdbc = jdbc;
        this.records = records;
        this.students = students;
        this.organisation = organisation;
        this.organisationData = organisationData;
        this.terms = terms;
        this.archive = archive;
        this.audit = audit;
        this.national = national;
        this.certificates = certificates;
        this.documents = documents;
        this.attachments = attachments;
    }

    // ---- starting a case ----

    /** R-WDR-1: student and guardian apply, with the reason and the day the student leaves. */
    WithdrawalCase checkApplication(long studentId, String reason, LocalDate leavingDate) {
        Student s = records.get(studentId);
        if (leavingDate == null) {
            throw new RuleViolation("R-WDR-1", "（第二十一条）请填写学生离校日期。", HttpStatus.BAD_REQUEST);
        }
        if (leavingDate.isBefore(LocalDate.of(s.entryYear(), 1, 1)) || leavingDate.isAfter(AppClock.today().plusYears(1))) {
            throw new RuleViolation("R-WDR-1", "（第二十一条）离校日期" + leavingDate + "不合理：不能早于入学年份，也不能晚于一年以后。",
                    HttpStatus.BAD_REQUEST);
        }
        s.withdraw(leavingDate); // R-WDR-1: enrolled or suspended only
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("R-WDR-1", "（第二十一条）请填写学生本人和监护人的退学申请理由。", HttpStatus.BAD_REQUEST);
        }
        String caseKey = newCaseKey(s);
        records.claimProcedure(s.id(), StudentProcedure.WITHDRAWAL, caseKey);
        insertCase(caseKey, s.id(), Initiative.APPLICATION, "本人申请", "学生本人和监护人申请退学，理由：" + reason.strip(),
                leavingDate);
        audit.record("WITHDRAWAL_APPLIED", "student", String.valueOf(s.id()), caseKey);
        return withdrawalCase(caseKey);
    }

    /** R-WDR-2: one proposal per student and source; joins an open withdrawal case of the student. */
    ProposalOutcome propose(long studentId, WithdrawalProposals.Ground ground, String evidence, String sourceKey) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM withdrawal_proposal WHERE student_id = ? AND source_key = ?")
                .params(studentId, sourceKey).query(Integer.class).single() > 0;
        if (known) {
            return ProposalOutcome.NONE;
        }
        Student s = records.get(studentId);
        if (s.status() != StudentStatus.ENROLLED && s.status() != StudentStatus.SUSPENDED) {
            audit.record("WITHDRAWAL_PROPOSAL_SKIPPED", "student", String.valueOf(s.id()), ground.label()
                    + "：学籍状态为“" + s.status().label() + "”");
            return ProposalOutcome.NONE;
        }
        Optional<ProcedureLock> held = records.runningProcedure(s.id());
        if (held.isPresent() && held.get().procedure() == StudentProcedure.WITHDRAWAL) {
            String caseKey = held.get().caseKey();
            insertProposal(s.id(), sourceKey, ground, evidence, caseKey);
            jdbc.sql("UPDATE withdrawal_case SET evidence = ? WHERE case_key = ?")
                    .params(truncate(withdrawalCase(caseKey).evidence() + "\n" + ground.label() + "：" + evidence), caseKey)
                    .update();
            return new ProposalOutcome(null, caseKey);
        }
        if (held.isPresent()) {
            audit.record("WITHDRAWAL_PROPOSAL_DEFERRED", "student", String.valueOf(s.id()), ground.label() + "：该生正在办理"
                    + held.get().procedure().label() + "（案件 " + held.get().caseKey() + "）");
            return ProposalOutcome.NONE;
        }
        String caseKey = newCaseKey(s);
        records.claimProcedure(s.id(), StudentProcedure.WITHDRAWAL, caseKey);
        insertCase(caseKey, s.id(), Initiative.SCHOOL, ground.name(), ground.label() + "：" + evidence, null);
        insertProposal(s.id(), sourceKey, ground, evidence, caseKey);
        audit.record("WITHDRAWAL_PROPOSED", "student", String.valueOf(s.id()), caseKey + "：" + ground.label());
        return new ProposalOutcome(caseKey, null);
    }

    // ---- decisions ----

    void decideBySchool(String caseKey, String decision, String note) {
        if (!WithdrawalContract.WITHDRAW.equals(decision) && !WithdrawalContract.KEEP.equals(decision)) {
            throw new FormRefusal("请选择学校决定：准予退学（做退学处理）或不予退学。");
        }
        if (note == null || note.isBlank()) {
            throw new FormRefusal("请填写决定说明。");
        }
        boolean withdraw = WithdrawalContract.WITHDRAW.equals(decision);
        jdbc.sql("UPDATE withdrawal_case SET school_note = ?, submitted_on = ?, state = ? WHERE case_key = ?")
                .params(note.strip(), withdraw ? AppClock.today() : null, withdraw ? "OPEN" : "KEPT", caseKey).update();
        audit.record("WITHDRAWAL_SCHOOL_" + decision, "withdrawal_case", caseKey, note.strip());
    }

    void decideByBureau(String caseKey, String decision, String note) {
        if (!WithdrawalContract.APPROVE.equals(decision) && !WithdrawalContract.REJECT.equals(decision)) {
            throw new FormRefusal("请选择审核意见：审核通过或不通过。");
        }
        if (note == null || note.isBlank()) {
            throw new FormRefusal("请填写审核说明。");
        }
        jdbc.sql("UPDATE withdrawal_case SET bureau_note = ?, state = ? WHERE case_key = ?")
                .params(note.strip(), WithdrawalContract.APPROVE.equals(decision) ? "OPEN" : "REJECTED", caseKey).update();
        audit.record("WITHDRAWAL_BUREAU_" + decision, "withdrawal_case", caseKey, note.strip());
    }

    /** R-WDR-1: the bureau reviews in the month of the submission; reminded five days before its end. */
    Date reminderAt(String caseKey) {
        LocalDate submitted = submitted(caseKey);
        return startOfDay(submitted.withDayOfMonth(submitted.lengthOfMonth()).minusDays(4));
    }

    /** Still open when the month is over: escalated to the bureau above. */
    Date escalationAt(String caseKey) {
        LocalDate submitted = submitted(caseKey);
        return startOfDay(submitted.withDayOfMonth(submitted.lengthOfMonth()).plusDays(1));
    }

    void remindBureau(String caseKey) {
        WithdrawalCase c = withdrawalCase(caseKey);
        audit.record("WITHDRAWAL_REVIEW_REMINDER", "withdrawal_case", caseKey, "退学审核须在"
                + c.submittedOn().withDayOfMonth(c.submittedOn().lengthOfMonth()) + "前完成（学生离校当月，第二十一条）");
    }

    // ---- carrying out ----

    void withdraw(String caseKey, String processInstanceId) {
        WithdrawalCase c = withdrawalCase(caseKey);
        Student s = records.get(c.studentId());
        LocalDate effective = c.initiative() == Initiative.APPLICATION ? c.leavingDate() : c.submittedOn();
        Bureau bureau = organisation.supervisingBureau(s.schoolCode());
        String schoolName = organisation.school(s.schoolCode()).name();
        String ground = c.initiative() == Initiative.APPLICATION ? "本人申请退学"
                : "学校做退学处理：" + WithdrawalProposals.Ground.valueOf(c.ground()).label();
        records.apply(s.withdraw(effective), new ChangeBasis(caseKey, processInstanceId, ground + "；" + c.schoolNote(),
                List.of(Approval.school(schoolName, (c.initiative() == Initiative.APPLICATION ? "批准退学：" : "决定做退学处理：")
                                + c.schoolNote()),
                        new Approval(Approval.Level.ofBureau(bureau.level().name()), bureau.name(),
                                "审核通过并登记盖章：" + c.bureauNote(), CurrentUser.idOrSystem(), AppClock.today())),
                CurrentUser.idOrSystem()));
        jdbc.sql("UPDATE withdrawal_case SET state = 'WITHDRAWN', leaving_date = ? WHERE case_key = ?")
                .params(effective, caseKey).update();
        archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, "退学", ground + "；学校意见：" + c.schoolNote() + "；" + bureau.name()
                + "审核：" + c.bureauNote() + "；纸质批准手续经主管教育行政部门登记盖章后留校存档", caseKey, null);
        national.submit(NationalRegistry.Operation.STATUS_CHANGE, s.id(), s.schoolCode(), caseKey,
                NationalPayload.of(s).put("异动类别", "退学").put("异动原因", ground).put("离校日期", effective.toString())
                        .toString());
        records.releaseProcedure(caseKey);
    }

    /** R-WDR-3 (第四十六条): the factual study certificate, from what the system holds; gaps are said on it. */
    long issueStudyCertificate(String caseKey, String processInstanceId) {
        WithdrawalCase c = withdrawalCase(caseKey);
        StudentCertificateModel model = studyCertificate(records.get(c.studentId()), caseKey, c.leavingDate());
        byte[] pdf = certificates.pdf(model);
        Student s = records.get(c.studentId());
        String fileName = StudentCertificateDocument.fileName(model);
        long documentId = documents.save(new NewDocument(CERTIFICATE_KIND, "写实性学习证明：" + s.name(), fileName,
                NewDocument.PDF, pdf, s.schoolCode(), caseKey, s.id()));
        jdbc.sql("UPDATE withdrawal_case SET certificate_document = ? WHERE case_key = ?").params(documentId, caseKey)
                .update();
        archive.add(s.id(), ArchiveEntryKind.DOCUMENT, "写实性学习证明", "退学时发给（第四十六条）", caseKey, documentId);
        attachments.attach(processInstanceId, documentId, NewDocument.PDF, fileName, "写实性学习证明：" + s.name());
        return documentId;
    }

    StudentCertificateModel studyCertificate(Student s, String caseKey, LocalDate leavingDate) {
        String schoolName = organisation.school(s.schoolCode()).name();
        String major = organisationData.major(s.majorCode()).map(m -> m.name()).orElse(s.majorCode());
        List<StatusChange> history = students.history(s.id());
        List<List<String>> rows = new ArrayList<>();
        int entryOrdinal = s.entrySeason().name().equals("SPRING") ? Term.ordinal(s.entryYear() - 1, 2)
                : Term.ordinal(s.entryYear(), 1);
        for (Term t : terms.terms(s.schoolCode())) {
            if (t.ordinal() < entryOrdinal || t.startsOn().isAfter(leavingDate)) {
                continue;
            }
            boolean suspended = suspendedThroughout(history, t);
            LocalDate until = t.endsOn().isAfter(leavingDate) ? leavingDate : t.endsOn();
            rows.add(List.of(t.label(), t.startsOn() + "至" + until, suspended ? "休学" : "在校学习"
                    + (until.equals(leavingDate) ? "（" + leavingDate + "离校）" : "")));
        }
        List<ArchiveEntry> results = archive.personalArchive(s.id()).stream()
                .filter(e -> e.kind() == ArchiveEntryKind.COURSE_RESULT).toList();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("兹证明" + s.name() + "（学籍号 " + s.studentNumber() + "）于" + s.entryYear()
                + (s.entrySeason().name().equals("SPRING") ? "年春季" : "年秋季") + "入我校" + major + "专业（学制" + s.durationYears()
                + "年）学习，未完成教学计划规定的课程，于" + DecisionLetterDocument.chineseDate(leavingDate) + "退学离校。"
                + "在校学习情况如下表，据实记载。");
        List<String> notes = new ArrayList<>();
        if (results.isEmpty()) {
            notes.add("本系统尚无该生的课程与成绩记录，已修课程和成绩以学校教务档案为准，本证明不作记载。");
        } else {
            paragraphs.add("已完成的课程和成绩：" + String.join("；", results.stream()
                    .map(e -> e.title() + (e.content() == null ? "" : "（" + e.content() + "）")).toList()) + "。");
        }
        notes.add("学期按学校学期安排列出，“休学”为学籍记录中的休学期间。依据《吉林省中等职业学校学生学籍管理暂行办法》第四十六条。");
        List<Particular> particulars = List.of(new Particular("姓名", s.name()),
                new Particular("性别", s.gender().label()), new Particular("出生日期", String.valueOf(s.birthDate())),
                new Particular("证件号码", s.idNumber().value()), new Particular("学籍号", s.studentNumber()),
                new Particular("专业", major + "（" + s.yearGroup() + "级）"),
                new Particular("离校日期", DecisionLetterDocument.chineseDate(leavingDate)));
        return new StudentCertificateModel(s.schoolCode(), schoolName, "写实性学习证明", caseKey, paragraphs, particulars,
                new StudentCertificateModel.Table("在校学习的学期", List.of("学期", "起止日期", "在校情况"), rows), notes,
                AppClock.today());
    }

    /** Whether the history shows the student suspended for the whole term. */
    private static boolean suspendedThroughout(List<StatusChange> history, Term t) {
        LocalDate from = null;
        for (StatusChange c : history) {
            if (c.kind() == StatusChangeKind.SUSPENSION) {
                from = c.effectiveDate();
            } else if (from != null && c.fromStatus() == StudentStatus.SUSPENDED
                    && c.toStatus() != StudentStatus.SUSPENDED) { // an extension or information change keeps it
                if (!from.isAfter(t.startsOn()) && !c.effectiveDate().isBefore(t.endsOn())) {
                    return true;
                }
                from = null;
            }
        }
        return from != null && !from.isAfter(t.startsOn());
    }


    // ---- attendance (R-WDR-2 (3), (4)) ----

    /** A student whose semester's attendance crosses a threshold, with the evidence. */
    record AttendanceFinding(long studentId, WithdrawalProposals.Ground ground, String evidence, String sourceKey) {
    }

    /**
     * Stores a semester's attendance of a school (a re-import replaces the rows) and returns the students it shows
     * for R-WDR-2: 90 or more class hours missed, or an unauthorised absence of 14 days or more. A file with row
     * errors changes nothing (400 with every error in Chinese).
     */
    List<AttendanceFinding> storeAttendance(String schoolCode, int schoolYear, int termNo, String fileName,
                                            byte[] content) {
        if (termNo != 1 && termNo != 2) {
            throw new RuleViolation("R-WDR-2", "学期须为1（秋季学期）或2（春季学期）。", HttpStatus.BAD_REQUEST);
        }
        AttendanceSheet.Parsed parsed;
        try {
            parsed = AttendanceSheet.parse(fileName, content);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("R-WDR-2", e.getMessage(), HttpStatus.BAD_REQUEST);
        }
        List<String> problems = new ArrayList<>(parsed.problems());
        List<Student> found = new ArrayList<>();
        for (AttendanceSheet.Line line : parsed.lines()) {
            // R-REG-8: a lifelong number may also be on the person's earlier records: this school's current one first
            Optional<Student> s = jdbc.sql("SELECT " + STUDENT_COLUMNS + " FROM student WHERE student_number = ? "
                            + "ORDER BY CASE WHEN school_code = ? THEN 0 ELSE 1 END, "
                            + "CASE WHEN active_person_key IS NULL THEN 1 ELSE 0 END, id DESC")
                    .params(line.studentNumber(), schoolCode).query(StudentRepository::map).list().stream().findFirst();
            if (s.isEmpty() || !s.get().schoolCode().equals(schoolCode)) {
                problems.add("第" + line.row() + "行“学籍号”：本校没有学籍号为" + line.studentNumber() + "的学生。");
            } else if (!line.name().isEmpty() && !line.name().equals(s.get().name())) {
                problems.add("第" + line.row() + "行“姓名”：与学籍号" + line.studentNumber() + "的学生姓名“" + s.get().name() + "”不符。");
            } else {
                found.add(s.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation("R-WDR-2", "考勤文件有误，未导入：" + String.join("；", problems), HttpStatus.BAD_REQUEST);
        }
        String term = schoolYear + "–" + (schoolYear + 1) + "学年第" + (termNo == 1 ? "一" : "二") + "学期";
        List<AttendanceFinding> findings = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Student s = found.get(i);
            AttendanceSheet.Line line = parsed.lines().get(i);
            jdbc.sql("DELETE FROM attendance_record WHERE student_id = ? AND school_year = ? AND term_no = ?")
                    .params(s.id(), schoolYear, termNo).update();
            jdbc.sql("""
                            INSERT INTO attendance_record (student_id, school_year, term_no, missed_hours, longest_absence_days,
                              imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.id(), schoolYear, termNo, line.missedHours(), line.longestAbsenceDays(),
                            CurrentUser.idOrSystem(), AppClock.nowOffset())
                    .update();
            boolean hours = line.missedHours() >= ABSENCE_HOURS;
            boolean absent = line.longestAbsenceDays() >= ABSENCE_DAYS;
            if (hours || absent) {
                String evidence = term + "考勤（学校导入" + (fileName == null ? "" : "，文件 " + fileName) + "）：旷课累计"
                        + line.missedHours() + "课时（标准：" + ABSENCE_HOURS + "课时以上），最长连续擅自离校" + line.longestAbsenceDays()
                        + "天（标准：连续两周即" + ABSENCE_DAYS + "天以上）。";
                findings.add(new AttendanceFinding(s.id(), hours ? WithdrawalProposals.Ground.ABSENT_90_HOURS
                        : WithdrawalProposals.Ground.LEFT_TWO_WEEKS, evidence, "ATT:" + schoolYear + "-" + termNo));
            }
        }
        audit.record("ATTENDANCE_IMPORTED", "school", schoolCode, term + "：" + found.size() + "名学生，" + findings.size()
                + "名达到退学处理情形");
        return findings;
    }

    private static final String STUDENT_COLUMNS = """
            id, student_number, name, gender, birth_date, ethnicity, id_type, id_number, household_type, address,
            guardian_name, guardian_phone, phone, school_code, major_code, class_id, entry_year, entry_season,
            year_group, intake_level, learning_form, education_category, duration_years, student_category, status,
            version""";

    // ---- reads ----

    public WithdrawalCase withdrawalCase(String caseKey) {
        return jdbc.sql("SELECT * FROM withdrawal_case WHERE case_key = ?").param(caseKey)
                .query((rs, n) -> new WithdrawalCase(rs.getString("case_key"), rs.getLong("student_id"),
                        Initiative.valueOf(rs.getString("initiative")), rs.getString("ground"), rs.getString("evidence"),
                        rs.getObject("leaving_date", LocalDate.class), rs.getObject("submitted_on", LocalDate.class),
                        rs.getString("state"), rs.getString("school_note"), rs.getString("bureau_note"),
                        (Long) rs.getObject("certificate_document", Long.class)))
                .optional().orElseThrow(() -> new cn.jledu.studentstatus.platform.NotFound("退学案件不存在：" + caseKey));
    }

    public List<WithdrawalCase> casesOf(long studentId) {
        return jdbc.sql("SELECT case_key FROM withdrawal_case WHERE student_id = ? ORDER BY created_at").param(studentId)
                .query(String.class).list().stream().map(this::withdrawalCase).toList();
    }

    Student student(long id) {
        return records.get(id);
    }

    String caseTitle(Student s) {
        return "退学：" + s.name() + "（学籍号 " + s.studentNumber() + "）";
    }

    // ---- helpers ----

    private LocalDate submitted(String caseKey) {
        LocalDate d = jdbc.sql("SELECT submitted_on FROM withdrawal_case WHERE case_key = ?").param(caseKey)
                .query(LocalDate.class).optional().orElse(null);
        return d == null ? AppClock.today() : d;
    }

    private String newCaseKey(Student s) {
        int n = jdbc.sql("SELECT COUNT(*) FROM withdrawal_case WHERE student_id = ?").param(s.id()).query(Integer.class)
                .single();
        return "WDR-" + s.studentNumber() + "-" + (n + 1);
    }

    private void insertCase(String caseKey, long studentId, Initiative initiative, String ground, String evidence,
                            LocalDate leavingDate) {
        jdbc.sql("""
                        INSERT INTO withdrawal_case (case_key, student_id, initiative, ground, evidence, leaving_date, state,
                          created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(caseKey, studentId, initiative.name(), ground, truncate(evidence), leavingDate,
                        CurrentUser.idOrSystem(), AppClock.nowOffset())
                .update();
    }

    private void insertProposal(long studentId, String sourceKey, WithdrawalProposals.Ground ground, String evidence,
                                String caseKey) {
        jdbc.sql("""
                        INSERT INTO withdrawal_proposal (student_id, source_key, ground, evidence, case_key, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(studentId, sourceKey, ground.name(), truncate(evidence), caseKey, AppClock.nowOffset()).update();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3990) + "…";
    }

    private static Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(AppClock.ZONE).toInstant());
    }
}
