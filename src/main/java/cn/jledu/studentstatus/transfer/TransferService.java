package cn.jledu.studentstatus.transfer;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.document.CaseAttachments;
import cn.jledu.studentstatus.document.DecisionLetterModel.Particular;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.document.PrintableText;
import cn.jledu.studentstatus.document.StoredDocument;
import cn.jledu.studentstatus.document.TransferCertificateDocument;
import cn.jledu.studentstatus.national.NationalPayload;
import cn.jledu.studentstatus.national.NationalRegistry;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.Major;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.School;
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
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.IdNumber;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.Intake;
import cn.jledu.studentstatus.student.Placement;
import cn.jledu.studentstatus.student.StatusChange;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentNumbers;
import cn.jledu.studentstatus.student.StudentEnums.EducationCategory;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.student.TransferNotes;
import cn.jledu.studentstatus.transfer.TransferCase.State;
import cn.jledu.studentstatus.transfer.TransferContract.Ground;
import cn.jledu.studentstatus.transfer.TransferContract.Step;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * 转学 (R-TRF-1…6, 第十四条): the rules and the data of a transfer case. The facade {@link TransferProcess} starts
 * the out-school's half and correlates the two halves; the delegates call the steps here.
 *
 * <p>The student stays 在籍 at the out-school until the in-school's next term start (R-TRF-6, R-REG-7); then both
 * transitions are applied together: 转出 on the old record, 转入 creating the in-school's record with that school's
 * 学籍号. A refusal anywhere ends both halves; the student remains 在籍 at the out-school and the refused attempt
 * stays in the case table and in the student's archive.
 */
@Service
public class TransferService implements TransferNotes {

    /** What the registrar of the out-school records (R-TRF-1): the application of student and guardian. */
    public record Application(long studentId, String inSchoolCode, String inMajorCode, Long inClassId, Ground ground,
                              String statement, String guardianName, String applicationFormName,
                              String applicationFormBase64) {
    }

    /**
     * R-TRF-5: a joint programme's batch, submitted by the out-school for many of its students to one in-school;
     * one review per level and side for the whole list.
     */
    public record BatchApplication(List<Long> studentIds, String inSchoolCode, String inMajorCode, Long inClassId,
                                   String programme, String applicationFormName, String applicationFormBase64) {
    }

    /**
     * R-TRF-3: what the in-school's registrar records for a general senior-high (普通高中) student transferring in
     * from outside this system: the source school, the person, when the high-school study began (the student joins
     * that cohort) and the expected graduation, the ground and the signed application.
     */
    public record GeneralHighSchoolApplication(String inSchoolCode, String inMajorCode, Long inClassId,
                                               String sourceSchoolName, String name, Gender gender,
                                               LocalDate birthDate, IdType idType, String idNumber, String ethnicity,
                                               HouseholdType householdType, String address, String guardianName,
                                               String guardianPhone, LocalDate studyStartedOn,
                                               LocalDate expectedGraduation, Ground ground, String statement,
                                               String applicationFormName, String applicationFormBase64) {
    }

    /** The person of a general senior-high transfer, kept with the case until the record is created. */
    record Person(String name, Gender gender, LocalDate birthDate, IdType idType, String idNumber, String ethnicity,
                  HouseholdType householdType, String address, String guardianName, String guardianPhone) {
    }

    /** The programme length (years) a general senior-high student joins at a secondary vocational school. */
    static final int VOCATIONAL_DURATION_YEARS = 3;

    static final String APPLICATION_KIND = "TRANSFER_APPLICATION";

    private final JdbcClient jdbc;
    private final StudentRepository students;
    private final StudentRecords records;
    private final StudentNumbers numbers;
    private final Organisation organisation;
    private final OrganisationRepository organisationRepository;
    private final TransferEligibility eligibility;
    private final TermCalendar terms;
    private final DocumentStore documents;
    private final CaseAttachments attachments;
    private final TransferCertificateDocument certificates;
    private final Archive archive;
    private final AuditTrail audit;
    private final NationalRegistry national;
    private final PrintableText printable;
    private final ObjectMapper json;

    TransferService(JdbcClient jdbc, StudentRepository students, StudentRecords records, StudentNumbers numbers,
                    Organisation organisation, OrganisationRepository organisationRepository,
                    TransferEligibility eligibility, TermCalendar terms, DocumentStore documents, CaseAttachments attachments,
                    TransferCertificateDocument certificates, Archive archive, AuditTrail audit,
                    NationalRegistry national, PrintableText printable, ObjectMapper json) {
        this.jdbc = jdbc;
        this.students = students;
        this.records = records;
        this.numbers = numbers;
        this.organisation = organisation;
        this.organisationRepository = organisationRepository;
        this.eligibility = eligibility;
        this.terms = terms;
        this.documents = documents;
        this.attachments = attachments;
        this.certificates = certificates;
        this.archive = archive;
        this.audit = audit;
        this.national = national;
        this.printable = printable;
        this.json = json;
    }

    // ---- the application ----

    /**
     * Checks an application (bad input 400; eligibility refused with its rule id), stores it with the scanned
     * signed form and holds the student for the case (PROC-1). The facade starts the process afterwards.
     */
    TransferCase apply(Application a) {
        if (a == null || a.ground() == null) {
            throw new RuleViolation("R-TRF-1", "（第十四条）请选择转学原因：户籍迁移、家庭搬迁或个人意愿。", HttpStatus.BAD_REQUEST);
        }
        if (blank(a.statement()) || blank(a.guardianName())) {
            throw new RuleViolation("R-TRF-1", "（第十四条）转学由学生本人和监护人申请：请填写申请说明和监护人姓名。",
                    HttpStatus.BAD_REQUEST);
        }
        if (blank(a.applicationFormBase64()) || blank(a.applicationFormName())) {
            throw new RuleViolation("R-TRF-1", "请上传学生和监护人签字的转学申请表扫描件。", HttpStatus.BAD_REQUEST);
        }
        if (blank(a.inSchoolCode()) || blank(a.inMajorCode())) {
            throw new RuleViolation("R-TRF-4", "请填写转入学校和转入专业。", HttpStatus.BAD_REQUEST);
        }
        byte[] scan;
        try {
            scan = Base64.getDecoder().decode(a.applicationFormBase64());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("R-TRF-1", "转学申请表扫描件不是有效的 Base64 内容。", HttpStatus.BAD_REQUEST);
        }
        if (scan.length == 0) {
            throw new RuleViolation("R-TRF-1", "转学申请表扫描件为空。", HttpStatus.BAD_REQUEST);
        }
        Student s = student(a.studentId());
        School in = organisationRepository.school(a.inSchoolCode()).orElseThrow(() ->
                new RuleViolation("R-TRF-4", "转入学校不存在：" + a.inSchoolCode(), HttpStatus.BAD_REQUEST));
        List<String> passed = eligibility.check(s, in, a.inMajorCode(), a.inClassId(), AppClock.today());

        int previous = jdbc.sql("SELECT COUNT(*) FROM transfer_case WHERE student_id = ?").param(s.id())
                .query(Integer.class).single();
        String caseKey = "TRF-" + s.studentNumber() + "-" + (previous + 1);
        records.claimProcedure(s.id(), StudentProcedure.TRANSFER, caseKey); // released when the out-half ends
        shareDocuments(caseKey, s.schoolCode(), in.code());
        long scanId = documents.save(new NewDocument(APPLICATION_KIND, "转学申请表（学生及监护人签字）",
                a.applicationFormName(), contentType(a.applicationFormName()), scan, s.schoolCode(), caseKey, s.id()));
        jdbc.sql("""
                        INSERT INTO transfer_case (case_key, student_id, out_school_code, in_school_code, in_major_code,
                          in_class_id, ground, statement, guardian_name, application_document_id, eligibility, state,
                          created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?, ?)""")
                .params(caseKey, s.id(), s.schoolCode(), in.code(), a.inMajorCode(), a.inClassId(), a.ground().name(),
                        a.statement().strip(), a.guardianName().strip(), scanId, String.join("\n", passed),
                        CurrentUser.idOrSystem(), AppClock.nowOffset())
                .update();
        audit.record("TRANSFER_APPLIED", "student", String.valueOf(s.id()), caseKey + "：" + a.ground().label()
                + "，转入" + in.name());
        return get(caseKey);
    }

    /**
     * R-TRF-5: checks every student of a joint-programme batch (the same eligibility as one transfer; a
     * flexible-learning student needs an individual transfer with the bureau's exception, R-CHG-1), stores one case
     * row per student under one batch key and holds every student for it (PROC-1). All or nothing.
     */
    List<TransferCase> applyBatch(BatchApplication a) {
        if (a == null || a.studentIds() == null || a.studentIds().size() < 2
                || a.studentIds().stream().distinct().count() != a.studentIds().size()) {
            throw new RuleViolation("R-TRF-5", "（第十四条）联合办学批量转学须列明两名以上、互不重复的学生。", HttpStatus.BAD_REQUEST);
        }
        if (blank(a.programme())) {
            throw new RuleViolation("R-TRF-5", "请写明联合办学项目（协议名称或文号）。", HttpStatus.BAD_REQUEST);
        }
        if (blank(a.applicationFormBase64()) || blank(a.applicationFormName())) {
            throw new RuleViolation("R-TRF-5", "请上传批量转学申请（学生名单及联合办学协议）扫描件。", HttpStatus.BAD_REQUEST);
        }
        if (blank(a.inSchoolCode()) || blank(a.inMajorCode())) {
            throw new RuleViolation("R-TRF-4", "请填写转入学校和转入专业。", HttpStatus.BAD_REQUEST);
        }
        byte[] scan;
        try {
            scan = Base64.getDecoder().decode(a.applicationFormBase64());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("R-TRF-5", "批量转学申请扫描件不是有效的 Base64 内容。", HttpStatus.BAD_REQUEST);
        }
        School in = organisationRepository.school(a.inSchoolCode()).orElseThrow(() ->
                new RuleViolation("R-TRF-4", "转入学校不存在：" + a.inSchoolCode(), HttpStatus.BAD_REQUEST));
        List<Student> batch = a.studentIds().stream().map(this::student).toList();
        String outSchool = batch.get(0).schoolCode();
        List<List<String>> passed = new ArrayList<>();
        for (Student s : batch) {
            if (!s.schoolCode().equals(outSchool)) {
                throw new RuleViolation("R-TRF-5", "（第十四条）一次批量转学的学生须是同一转出学校的学生：" + s.name() + "不是。",
                        HttpStatus.BAD_REQUEST);
            }
            if (s.learningForm() == cn.jledu.studentstatus.student.StudentEnums.LearningForm.FLEXIBLE) {
                throw new RuleViolation("R-CHG-1", "（第十三条）" + s.name() + "采用弹性学习形式，原则上不予转学；确需转学的，请单独申请，"
                        + "由转出学校主管教育行政部门批准例外。");
            }
            try {
                passed.add(eligibility.check(s, in, a.inMajorCode(), a.inClassId(), AppClock.today()));
            } catch (RuleViolation v) {
                throw new RuleViolation(v.ruleId(), s.name() + "（学籍号 " + s.studentNumber() + "）："
                        + v.getMessage().substring(v.ruleId().length() + 1), v.status());
            }
        }
        int previous = jdbc.sql("SELECT COUNT(DISTINCT batch_key) FROM transfer_case WHERE out_school_code = ?")
                .param(outSchool).query(Integer.class).single();
        String batchKey = "TRB-" + outSchool + "-" + (previous + 1);
        shareDocuments(batchKey, outSchool, in.code());
        long scanId = documents.save(new NewDocument(APPLICATION_KIND, "联合办学批量转学申请", a.applicationFormName(),
                contentType(a.applicationFormName()), scan, outSchool, batchKey, null));
        for (int i = 0; i < batch.size(); i++) {
            Student s = batch.get(i);
            records.claimProcedure(s.id(), StudentProcedure.TRANSFER, batchKey + "-" + (i + 1)); // one lock per case row
            shareDocuments(batchKey + "-" + (i + 1), outSchool, in.code());
            jdbc.sql("""
                            INSERT INTO transfer_case (case_key, batch_key, student_id, out_school_code, in_school_code,
                              in_major_code, in_class_id, ground, statement, guardian_name, application_document_id,
                              eligibility, state, created_by, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?, ?)""")
                    .params(batchKey + "-" + (i + 1), batchKey, s.id(), outSchool, in.code(), a.inMajorCode(),
                            a.inClassId(), Ground.PERSONAL_WISH.name(), "联合办学批量转学：" + a.programme().strip(),
                            "（联合办学批量转学，由学校报送）", scanId, String.join("\n", passed.get(i)),
                            CurrentUser.idOrSystem(), AppClock.nowOffset())
                    .update();
        }
        audit.record("TRANSFER_BATCH_APPLIED", "school", outSchool, batchKey + "：" + batch.size() + "人转入" + in.name());
        return casesOf(batchKey);
    }

    /**
     * R-TRF-3: checks a general senior-high student's transfer-in (bad input 400; a person who already holds an
     * active status here 409, R-REG-4; fewer than three semesters left from the in-school's next term start 422,
     * R-TRF-3) and stores it with the signed application. No record exists until the term start.
     */
    TransferCase applyGeneralHighSchool(GeneralHighSchoolApplication a) {
        if (a == null || a.ground() == null) {
            throw new RuleViolation("R-TRF-1", "（第十四条）请选择转学原因：户籍迁移、家庭搬迁或个人意愿。", HttpStatus.BAD_REQUEST);
        }
        if (blank(a.inSchoolCode()) || blank(a.inMajorCode())) {
            throw new RuleViolation("R-TRF-4", "请填写转入学校和转入专业。", HttpStatus.BAD_REQUEST);
        }
        String source = printable.check("sourceSchoolName", "原就读普通高中", a.sourceSchoolName(), 100);
        String name = printable.check("name", "学生姓名", a.name(), 50);
        String guardian = printable.check("guardianName", "监护人姓名", a.guardianName(), 50);
        String statement = printable.check("statement", "申请说明", a.statement(), 1000);
        if (blank(source) || blank(name) || a.gender() == null || a.birthDate() == null || blank(a.idNumber())
                || blank(a.ethnicity()) || blank(guardian) || blank(statement)) {
            throw new RuleViolation("R-TRF-3", "请填写原就读普通高中、学生姓名、性别、出生日期、证件号码、民族、监护人和申请说明。",
                    HttpStatus.BAD_REQUEST);
        }
        LocalDate today = AppClock.today();
        if (a.studyStartedOn() == null || a.studyStartedOn().isAfter(today)) {
            throw new RuleViolation("R-TRF-3", "请填写在普通高中开始学习的日期（不能晚于今天）。", HttpStatus.BAD_REQUEST);
        }
        if (a.expectedGraduation() != null && !a.expectedGraduation().isAfter(a.studyStartedOn())) {
            throw new RuleViolation("R-TRF-3", "预计毕业时间须晚于开始学习的日期。", HttpStatus.BAD_REQUEST);
        }
        if (blank(a.applicationFormBase64()) || blank(a.applicationFormName())) {
            throw new RuleViolation("R-TRF-1", "请上传学生和监护人签字的转学申请表扫描件。", HttpStatus.BAD_REQUEST);
        }
        byte[] scan;
        try {
            scan = Base64.getDecoder().decode(a.applicationFormBase64());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("R-TRF-1", "转学申请表扫描件不是有效的 Base64 内容。", HttpStatus.BAD_REQUEST);
        }
        if (scan.length == 0) {
            throw new RuleViolation("R-TRF-1", "转学申请表扫描件为空。", HttpStatus.BAD_REQUEST);
        }
        IdType idType = a.idType() == null ? IdType.RESIDENT_ID : a.idType();
        IdNumber id = IdNumber.of(idType, a.idNumber(), today);
        students.activeByPerson(id).ifPresent(held -> {
            throw new RuleViolation("R-REG-4", "（第五条）" + name + "已持有有效学籍（" + organisation.school(held.schoolCode())
                    .name() + "）：中等职业学校之间转学请由转出学校登记。", HttpStatus.CONFLICT);
        });
        School in = organisationRepository.school(a.inSchoolCode()).orElseThrow(() ->
                new RuleViolation("R-TRF-4", "转入学校不存在：" + a.inSchoolCode(), HttpStatus.BAD_REQUEST));
        boolean spring = springEntry(a.studyStartedOn());
        List<String> passed = eligibility.checkGeneralHighSchool(in, a.inMajorCode(), a.inClassId(),
                a.studyStartedOn().getYear(), spring, VOCATIONAL_DURATION_YEARS, today);
        String personJson;
        try {
            personJson = json.writeValueAsString(new Person(name, a.gender(), a.birthDate(), idType, id.value(),
                    a.ethnicity().strip(), a.householdType(), a.address(), guardian, a.guardianPhone()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int previous = jdbc.sql("SELECT COUNT(*) FROM transfer_case WHERE in_school_code = ? AND source_kind = 'GENERAL_HIGH_SCHOOL'")
                .param(in.code()).query(Integer.class).single();
        String caseKey = "TRG-" + in.code() + "-" + (previous + 1);
        long scanId = documents.save(new NewDocument(APPLICATION_KIND, "转学申请表（学生及监护人签字）",
                a.applicationFormName(), contentType(a.applicationFormName()), scan, in.code(), caseKey, null));
        jdbc.sql("""
                        INSERT INTO transfer_case (case_key, student_id, out_school_code, in_school_code, in_major_code,
                          in_class_id, ground, statement, guardian_name, application_document_id, eligibility, state,
                          source_kind, source_school_name, person_json, study_started_on, expected_graduation,
                          created_by, created_at)
                        VALUES (?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED', 'GENERAL_HIGH_SCHOOL', ?, ?, ?, ?, ?, ?)""")
                .params(caseKey, in.code(), a.inMajorCode(), a.inClassId(), a.ground().name(), statement, guardian,
                        scanId, String.join("\n", passed), source, personJson, a.studyStartedOn(),
                        a.expectedGraduation(), CurrentUser.idOrSystem(), AppClock.nowOffset())
                .update();
        audit.record("TRANSFER_GENERAL_HIGH_SCHOOL_APPLIED", "school", in.code(), caseKey + "：" + name + "自" + source
                + "（普通高中）转入");
        return get(caseKey);
    }

    /** A study begun in the first half of a year joins the spring intake of that year, else the autumn intake. */
    private static boolean springEntry(LocalDate studyStartedOn) {
        return studyStartedOn.getMonthValue() < 7;
    }

    Person person(TransferCase c) {
        try {
            return json.readValue(c.personJson(), Person.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("转学案件的学生信息无法读取：" + c.caseKey(), e);
        }
    }

    String generalHighSchoolTitle(TransferCase c) {
        return "普通高中学生转入：" + person(c).name() + "（" + c.sourceSchoolName() + " → "
                + organisation.school(c.inSchoolCode()).name() + "）";
    }

    String generalHighSchoolSummary(TransferCase c) {
        Person p = person(c);
        String major = organisationRepository.major(c.inMajorCode()).map(Major::name).orElse(c.inMajorCode());
        String className = c.inClassId() == null ? "由转入学校编班"
                : organisationRepository.schoolClass(c.inClassId()).map(SchoolClass::name).orElse("");
        return "学生：" + p.name() + "，" + p.gender().label() + "，" + p.birthDate() + "出生，" + p.idType().label() + " "
                + new IdNumber(p.idType(), p.idNumber()).masked() + "\n原就读：" + c.sourceSchoolName() + "（普通高中，本系统外），" + c.studyStartedOn()
                + "开始学习" + (c.expectedGraduation() == null ? "" : "，预计" + c.expectedGraduation() + "毕业")
                + "\n转入学校：" + organisation.school(c.inSchoolCode()).name() + "（主管："
                + organisation.supervisingBureau(c.inSchoolCode()).name() + "），" + major + "专业，" + className
                + "\n转学原因（R-TRF-1）：" + c.ground().label() + "；" + c.statement() + "\n申请人：" + p.name()
                + "及监护人" + c.guardianName();
    }

    /** What the reviewers of a batch see: the programme, both schools and the list of students. */
    String batchSummary(List<TransferCase> cases) {
        TransferCase first = cases.get(0);
        StringBuilder b = new StringBuilder("联合办学批量转学（R-TRF-5）：" + first.statement().replace("联合办学批量转学：", "")
                + "\n转出学校：" + organisation.school(first.outSchoolCode()).name() + "（主管："
                + organisation.supervisingBureau(first.outSchoolCode()).name() + "）\n转入学校："
                + organisation.school(first.inSchoolCode()).name() + "（主管："
                + organisation.supervisingBureau(first.inSchoolCode()).name() + "），"
                + organisationRepository.major(first.inMajorCode()).map(Major::name).orElse(first.inMajorCode())
                + "专业\n学生名单（共" + cases.size() + "人）：");
        int i = 1;
        for (TransferCase c : cases) {
            Student s = student(c.studentId());
            b.append("\n").append(i++).append(". ").append(s.name()).append("，学籍号 ").append(s.studentNumber())
                    .append("，").append(s.yearGroup()).append("级");
        }
        return b.toString();
    }

    /** The eligibility lines of every student of a batch, by name. */
    String batchEligibility(List<TransferCase> cases) {
        List<String> lines = new ArrayList<>();
        for (TransferCase c : cases) {
            lines.add(student(c.studentId()).name() + "：" + c.eligibility().replace("\n", "；"));
        }
        return String.join("\n", lines);
    }

    // ---- the reviewers' decisions ----

    /**
     * Records one step's decision (the task's form fields): approve or refuse with a reason; the out-bureau's
     * exception for a flexible-learning student (R-CHG-1) is granted or refused with a reason. Refuses an
     * incomplete form with a Chinese message (the task stays open).
     */
    void decide(String caseKey, Step step, Object decision, Object reason) {
        decide(caseKey, step, decision, reason, null);
    }

    /**
     * As {@link #decide(String, Step, Object, Object)}; in a batch (R-TRF-5) an approval may refuse single students,
     * one "学籍号：理由" per line: each refused student's case ends as refused (the student stays 在籍 at the
     * out-school, the refused attempt in the archive, the hold released) and the rest go on. Refusing every student
     * is a refusal of the batch.
     */
    void decide(String caseKey, Step step, Object decision, Object reason, Object batchRefusals) {
        boolean exception = step == Step.EXCEPTION;
        String yes = exception ? TransferContract.GRANT : TransferContract.APPROVE;
        if (!yes.equals(decision) && !TransferContract.REFUSE.equals(decision)) {
            throw new FormRefusal(exception ? "请选择是否批准弹性学习学生转学的例外。" : "请选择同意或不同意转学。");
        }
        boolean approved = yes.equals(decision);
        if (reason == null || reason.toString().isBlank()) {
            throw new FormRefusal(approved && !exception ? "请填写审核意见。" : "请填写理由。",
                    exception ? "R-CHG-1" : null);
        }
        TransferCase c = casesOf(caseKey).get(0);
        String by = CurrentUser.idOrSystem();
        LocalDate today = AppClock.today();
        String text = reason.toString().strip();
        java.util.Map<TransferCase, String> refusedInBatch = approved && !exception
                ? batchRefusals(caseKey, batchRefusals) : java.util.Map.of();
        if (!approved) {
            jdbc.sql("UPDATE transfer_case SET refused_by = ?, refusal_reason = ? WHERE (case_key = ? OR batch_key = ?) "
                            + "AND state <> 'REFUSED'")
                    .params(step.who(), text, caseKey, caseKey).update();
        } else {
            switch (step) {
                case EXCEPTION -> {
                    Bureau bureau = organisation.supervisingBureau(c.outSchoolCode());
                    jdbc.sql("UPDATE transfer_case SET exemption = ?, exception_by = ? WHERE case_key = ? OR batch_key = ?")
                            .params("R-CHG-1|" + bureau.name() + "|" + text, by, caseKey, caseKey).update();
                }
                case OUT_SCHOOL -> jdbc.sql("UPDATE transfer_case SET out_school_by = ?, out_school_on = ? WHERE case_key = ? OR batch_key = ?")
                        .params(by, today, caseKey, caseKey).update();
                case OUT_BUREAU -> jdbc.sql("UPDATE transfer_case SET out_approved_by = ?, out_approved_on = ? WHERE case_key = ? OR batch_key = ?")
                        .params(by, today, caseKey, caseKey).update();
                case IN_SCHOOL -> jdbc.sql("UPDATE transfer_case SET in_school_by = ?, in_school_on = ? WHERE case_key = ? OR batch_key = ?")
                        .params(by, today, caseKey, caseKey).update();
                case IN_BUREAU -> jdbc.sql("UPDATE transfer_case SET in_approved_by = ?, in_approved_on = ? WHERE case_key = ? OR batch_key = ?")
                        .params(by, today, caseKey, caseKey).update();
                default -> throw new IllegalStateException(step.name());
            }
            refusedInBatch.forEach((row, why) -> {
                jdbc.sql("UPDATE transfer_case SET refused_by = ?, refusal_reason = ? WHERE case_key = ?")
                        .params(step.who(), why, row.caseKey()).update();
                recordRefusal(get(row.caseKey()));
                records.releaseProcedure(row.caseKey());
            });
        }
        audit.record("TRANSFER_" + step.name() + "_" + (approved ? "APPROVED" : "REFUSED"),
                c.studentId() == null ? "school" : "student",
                c.studentId() == null ? c.inSchoolCode() : String.valueOf(c.studentId()), caseKey + "：" + text);
    }

    /** Parses a batch reviewer's refusals of single students ("学籍号：理由" per line); none outside a batch. */
    private java.util.Map<TransferCase, String> batchRefusals(String key, Object input) {
        if (input == null || input.toString().isBlank()) {
            return java.util.Map.of();
        }
        if (!isBatch(key)) {
            throw new FormRefusal("只有联合办学批量转学可以对个别学生不同意。", "R-TRF-5");
        }
        List<TransferCase> active = activeCasesOf(key);
        java.util.Map<TransferCase, String> refused = new java.util.LinkedHashMap<>();
        for (String line : input.toString().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s*[：:]\\s*|\\s+", 2);
            String number = parts[0].strip();
            String why = parts.length < 2 ? "" : parts[1].strip();
            TransferCase row = active.stream().filter(r -> student(r.studentId()).studentNumber().equals(number))
                    .findFirst().orElseThrow(() -> new FormRefusal("批量转学名单中没有学籍号为“" + number
                            + "”的学生（或已不在名单中）。", "R-TRF-5"));
            if (why.isEmpty()) {
                throw new FormRefusal("请写明不同意" + student(row.studentId()).name() + "转学的理由（格式：学籍号：理由）。",
                        "R-TRF-5");
            }
            if (why.length() > 500) {
                throw new FormRefusal("不同意的理由最多 500 个字符：" + number, "R-TRF-5");
            }
            refused.put(row, why);
        }
        if (refused.size() >= active.size()) {
            throw new FormRefusal("名单中的学生全部不同意时，请选择“不同意”并填写理由。", "R-TRF-5");
        }
        return refused;
    }

    /** Whether the key is a batch (R-TRF-5). */
    boolean isBatch(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM transfer_case WHERE batch_key = ?").param(key).query(Integer.class)
                .single() > 0;
    }

    /** The cases of a key still going on: a batch without the students refused one by one. */
    List<TransferCase> activeCasesOf(String key) {
        List<TransferCase> all = casesOf(key);
        List<TransferCase> active = all.stream().filter(c -> c.state() != State.REFUSED).toList();
        return active.isEmpty() ? all : active;
    }

    /** The rows of the batch's table in the reviewers' forms: the students still in the batch. */
    ArrayList<java.util.Map<String, Object>> batchRows(String key) {
        ArrayList<java.util.Map<String, Object>> rows = new ArrayList<>();
        int i = 1;
        for (TransferCase c : activeCasesOf(key)) {
            Student s = student(c.studentId());
            java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("no", i++);
            row.put("name", s.name());
            row.put("studentNumber", s.studentNumber());
            row.put("yearGroup", s.yearGroup() + "级");
            row.put("checks", c.eligibility().replace("\n", "；"));
            rows.add(row);
        }
        return rows;
    }

    // ---- the out-school's half: papers and the national port ----

    /**
     * After the out-bureau's review: the transfer-out certificate (转出证明), the out-half to the national port in
     * the month it is approved (R-MON-2), an archive entry. The student stays 在籍 until the move.
     */
    void issueTransferOut(String key, String processInstanceId) {
        for (TransferCase each : activeCasesOf(key)) {
            issueTransferOut(each, processInstanceId);
        }
    }

    private void issueTransferOut(TransferCase c, String processInstanceId) {
        String caseKey = c.caseKey();
        Student s = student(c.studentId());
        School out = organisation.school(c.outSchoolCode());
        School in = organisation.school(c.inSchoolCode());
        Bureau outBureau = organisation.supervisingBureau(out.code());
        LocalDate today = AppClock.today();
        TransferCertificateDocument.Model model = new TransferCertificateDocument.Model(out.code(), out.name(), "转出证明",
                caseKey + "-转出", in.name(), List.of(
                "兹有我校" + s.name() + "同学（学籍号 " + s.studentNumber() + "）因" + c.ground().label()
                        + "，经本人和监护人" + c.guardianName() + "申请，我校同意其转入贵校学习。",
                "该生转出信息已经" + outBureau.name() + "审核。转学于转入学校学期开始时生效，生效前该生学籍仍在我校。"),
                particulars(s, c, out, in), outBureau.name() + "，" + c.outApprovedOn(), today);
        long id = documents.save(new NewDocument(TransferCertificateDocument.KIND_OUT, "转出证明",
                TransferCertificateDocument.fileName(model), NewDocument.PDF, certificates.pdf(model), out.code(),
                caseKey, s.id()));
        jdbc.sql("UPDATE transfer_case SET state = 'OUT_APPROVED', out_certificate_id = ? WHERE case_key = ?")
                .params(id, caseKey).update();
        attachments.attach(processInstanceId, id, NewDocument.PDF, TransferCertificateDocument.fileName(model), "转出证明");
        if (c.batchKey() == null || activeCasesOf(c.batchKey()).get(0).id() == c.id()) {
            attachPapers(caseKey, processInstanceId, out.code(), List.of(c.applicationDocumentId()));
        }
        archive.add(s.id(), ArchiveEntryKind.DOCUMENT, "转出证明", "转入" + in.name() + "；" + outBureau.name()
                + "已审核转出信息", caseKey, id);
        national.submit(NationalRegistry.Operation.STATUS_CHANGE, s.id(), out.code(), caseKey + "-OUT",
                NationalPayload.of(s).put("异动类别", "转出").put("转出学校", out.name()).put("转入学校", in.name())
                        .put("异动原因", c.ground().label()).put("审核日期", String.valueOf(c.outApprovedOn())).toString());
    }

    // ---- the in-school's half ----

    /**
     * After the in-bureau's review: the effective day is the in-school's next term start (R-TRF-6, R-REG-7); the
     * transfer-in certificate (转入证明); the in-half to the national port in the month it is approved.
     */
    void issueTransferIn(String key, String processInstanceId) {
        for (TransferCase each : activeCasesOf(key)) {
            issueTransferIn(each, processInstanceId);
        }
    }

    private void issueTransferIn(TransferCase c, String processInstanceId) {
        if (c.fromGeneralHighSchool()) {
            issueGeneralHighSchoolTransferIn(c, processInstanceId);
            return;
        }
        String caseKey = c.caseKey();
        Student s = student(c.studentId());
        School out = organisation.school(c.outSchoolCode());
        School in = organisation.school(c.inSchoolCode());
        Bureau inBureau = organisation.supervisingBureau(in.code());
        LocalDate effective = termStartAfter(in.code(), AppClock.today());
        LocalDate today = AppClock.today();
        TransferCertificateDocument.Model model = new TransferCertificateDocument.Model(in.code(), in.name(), "转入证明",
                caseKey + "-转入", out.name(), List.of(
                "贵校" + s.name() + "同学（学籍号 " + s.studentNumber() + "）申请转入我校，经我校同意，并经" + inBureau.name()
                        + "审核，准予转入。",
                "该生于" + effective + "（我校下学期开学）起在我校就读，届时学籍转入我校。"),
                particulars(s, c, out, in), inBureau.name() + "，" + c.inApprovedOn(), today);
        long id = documents.save(new NewDocument(TransferCertificateDocument.KIND_IN, "转入证明",
                TransferCertificateDocument.fileName(model), NewDocument.PDF, certificates.pdf(model), in.code(),
                caseKey, s.id()));
        jdbc.sql("UPDATE transfer_case SET state = 'IN_APPROVED', effective_on = ?, in_certificate_id = ? WHERE case_key = ?")
                .params(effective, id, caseKey).update();
        attachments.attach(processInstanceId, id, NewDocument.PDF, TransferCertificateDocument.fileName(model), "转入证明");
        archive.add(s.id(), ArchiveEntryKind.DOCUMENT, "转入证明", "转入" + in.name() + "，" + effective + "起生效；"
                + inBureau.name() + "已审核转入信息", caseKey, id);
        national.submit(NationalRegistry.Operation.STATUS_CHANGE, s.id(), in.code(), caseKey + "-IN",
                NationalPayload.of(s).put("异动类别", "转入").put("转出学校", out.name()).put("转入学校", in.name())
                        .put("转入专业", c.inMajorCode()).put("生效日期", effective.toString())
                        .put("审核日期", String.valueOf(c.inApprovedOn())).toString());
    }

    /**
     * R-TRF-3: after the in-bureau's review, the effective day (the in-school's next term start) is fixed and the
     * three semesters are checked again from that day; the 转入证明 is addressed to the general senior high school.
     */
    private void issueGeneralHighSchoolTransferIn(TransferCase c, String processInstanceId) {
        String caseKey = c.caseKey();
        Person p = person(c);
        School in = organisation.school(c.inSchoolCode());
        Bureau inBureau = organisation.supervisingBureau(in.code());
        LocalDate today = AppClock.today();
        LocalDate effective = termStartAfter(in.code(), today);
        eligibility.checkGeneralHighSchoolTransferIn(in.code(), c.studyStartedOn().getYear(),
                springEntry(c.studyStartedOn()), VOCATIONAL_DURATION_YEARS, effective);
        String major = organisationRepository.major(c.inMajorCode()).map(Major::name).orElse(c.inMajorCode());
        TransferCertificateDocument.Model model = new TransferCertificateDocument.Model(in.code(), in.name(), "转入证明",
                caseKey + "-转入", c.sourceSchoolName(), List.of(
                "贵校" + p.name() + "同学申请转入我校（普通高中学生转入中等职业学校），经我校同意，并经" + inBureau.name()
                        + "审核，准予转入。",
                "该生于" + effective + "（我校下学期开学）起在我校就读，届时在我校建立学籍。"),
                List.of(new Particular("姓名", p.name()), new Particular("性别", p.gender().label()),
                        new Particular("出生日期", String.valueOf(p.birthDate())),
                        new Particular("原就读学校", c.sourceSchoolName() + "（普通高中）"),
                        new Particular("转入学校", in.name()), new Particular("转入专业", major),
                        new Particular("转学原因", c.ground().label()), new Particular("监护人", c.guardianName())),
                inBureau.name() + "，" + c.inApprovedOn(), today);
        long id = documents.save(new NewDocument(TransferCertificateDocument.KIND_IN, "转入证明",
                TransferCertificateDocument.fileName(model), NewDocument.PDF, certificates.pdf(model), in.code(),
                caseKey, null));
        jdbc.sql("UPDATE transfer_case SET state = 'IN_APPROVED', effective_on = ?, in_certificate_id = ? WHERE case_key = ?")
                .params(effective, id, caseKey).update();
        attachments.attach(processInstanceId, id, NewDocument.PDF, TransferCertificateDocument.fileName(model), "转入证明");
    }

    /** R-TRF-3: whether the case is a general senior-high student's transfer-in (no out-half to answer). */
    boolean fromGeneralHighSchool(String key) {
        return casesOf(key).get(0).fromGeneralHighSchool();
    }

    /** The in-school's next term start after the day (R-TRF-6): when the timer moves the student. */
    LocalDate termStartAfter(String schoolCode, LocalDate day) {
        return terms.nextTermAfter(schoolCode, day).startsOn();
    }

    /** The timer's due date: 00:00 of the effective day in Asia/Shanghai. */
    Date termStart(String caseKey) {
        TransferCase c = casesOf(caseKey).get(0);
        if (c.effectiveOn() == null) {
            throw new IllegalStateException("转入生效日期尚未确定：" + caseKey);
        }
        return Date.from(c.effectiveOn().atStartOfDay(AppClock.ZONE).toInstant());
    }

    /**
     * At the in-school's term start: 转出 on the out-school's record and 转入 creating the in-school's record
     * (new placement, the in-school's 学籍号), each with its approvals; archive entries on both records.
     */
    void move(String key, String processInstanceId) {
        for (TransferCase each : activeCasesOf(key)) {
            move(each, processInstanceId);
        }
    }

    private void move(TransferCase c, String processInstanceId) {
        if (c.fromGeneralHighSchool()) {
            moveFromGeneralHighSchool(c, processInstanceId);
            return;
        }
        String caseKey = c.caseKey();
        Student s = student(c.studentId());
        School out = organisation.school(c.outSchoolCode());
        School in = organisation.school(c.inSchoolCode());
        Bureau outBureau = organisation.supervisingBureau(out.code());
        Bureau inBureau = organisation.supervisingBureau(in.code());
        LocalDate effective = c.effectiveOn();
        Exemption exemption = exemption(c);
        List<Approval> outApprovals = new ArrayList<>();
        if (exemption != null) {
            outApprovals.add(new Approval(Approval.Level.ofBureau(outBureau.level().name()), outBureau.name(),
                    "批准弹性学习学生转学例外（R-CHG-1）", null, null));
        }
        outApprovals.add(Approval.school(out.name(), "同意转出").by(c.outSchoolBy(), c.outSchoolOn()));
        outApprovals.add(new Approval(Approval.Level.ofBureau(outBureau.level().name()), outBureau.name(), "审核转出",
                c.outApprovedBy(), c.outApprovedOn()));
        String details = "转学（" + c.ground().label() + "）：" + out.name() + " → " + in.name();
        records.apply(s.transferOut(effective, exemption), new ChangeBasis(caseKey, processInstanceId, details,
                outApprovals, "system"));
        Student transferredOut = student(s.id());
        Integer yearGroup = c.inClassId() == null ? s.yearGroup()
                : organisationRepository.schoolClass(c.inClassId()).map(SchoolClass::yearGroup).orElse(s.yearGroup());
        String number = numbers.assign(s.idNumber(), in.code(), s.entryYear());
        StatusChange change = records.apply(transferredOut.transferIn(effective,
                        new Placement(in.code(), c.inMajorCode(), c.inClassId(), yearGroup), number),
                new ChangeBasis(caseKey, processInstanceId, details, List.of(
                        Approval.school(in.name(), "同意转入").by(c.inSchoolBy(), c.inSchoolOn()),
                        new Approval(Approval.Level.ofBureau(inBureau.level().name()), inBureau.name(), "审核转入",
                                c.inApprovedBy(), c.inApprovedOn())), "system"));
        long newId = change.studentId();
        jdbc.sql("UPDATE transfer_case SET state = 'DONE', new_student_id = ? WHERE case_key = ?")
                .params(newId, caseKey).update();
        archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, "转出", effective + "转出至" + in.name() + "（新学籍号 "
                + number + "），档案随转", caseKey, c.outCertificateId());
        archive.add(newId, ArchiveEntryKind.STATUS_CHANGE, "转入", effective + "自" + out.name() + "转入（原学籍号 "
                + s.studentNumber() + "），原档案见原学籍记录", caseKey, c.inCertificateId());
        audit.record("TRANSFER_DONE", "student", String.valueOf(newId), caseKey + "：" + details);
    }

    /**
     * R-TRF-3, R-REG-7: at the in-school's term start the record is created (the in-school's 学籍号, the cohort in
     * which the high-school study began, the approved major and class) and becomes 在籍 with one 转入 row carrying
     * both approvals; the archive notes where the student came from; the national port gets the transfer-in.
     */
    private void moveFromGeneralHighSchool(TransferCase c, String processInstanceId) {
        String caseKey = c.caseKey();
        Person p = person(c);
        School in = organisation.school(c.inSchoolCode());
        Bureau inBureau = organisation.supervisingBureau(in.code());
        LocalDate effective = c.effectiveOn();
        int entryYear = c.studyStartedOn().getYear();
        boolean spring = springEntry(c.studyStartedOn());
        int yearGroup = c.inClassId() == null ? entryYear
                : organisationRepository.schoolClass(c.inClassId()).map(SchoolClass::yearGroup).orElse(entryYear);
        // R-REG-8: a person who held a record here before keeps that 学籍号
        String number = numbers.assign(new IdNumber(p.idType(), p.idNumber()), in.code(), entryYear);
        Student registered;
        try {
            registered = records.register(new Student(null, number, p.name(), p.gender(), p.birthDate(), p.ethnicity(),
                    new IdNumber(p.idType(), p.idNumber()), p.householdType(), p.address(), p.guardianName(),
                    p.guardianPhone(), null, in.code(), c.inMajorCode(), c.inClassId(), entryYear,
                    spring ? Season.SPRING : Season.AUTUMN, yearGroup, IntakeLevel.JUNIOR, LearningForm.FULL_TIME,
                    EducationCategory.FULL_TIME, VOCATIONAL_DURATION_YEARS, StudentCategory.DOMESTIC,
                    StudentStatus.REGISTERING, 0));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new RuleViolation("R-REG-4", "（第五条）" + p.name() + "已持有其他有效学籍，不能转入。", HttpStatus.CONFLICT);
        }
        String details = "转学（普通高中学生转入，R-TRF-3，" + c.ground().label() + "）：" + c.sourceSchoolName() + " → " + in.name();
        StatusChange change = records.apply(registered.admitTransferIn(effective), new ChangeBasis(caseKey,
                processInstanceId, details, List.of(
                        Approval.school(in.name(), "同意转入").by(c.inSchoolBy(), c.inSchoolOn()),
                        new Approval(Approval.Level.ofBureau(inBureau.level().name()), inBureau.name(), "审核转入",
                                c.inApprovedBy(), c.inApprovedOn())), "system"));
        long newId = change.studentId();
        jdbc.sql("UPDATE transfer_case SET state = 'DONE', new_student_id = ? WHERE case_key = ?")
                .params(newId, caseKey).update();
        archive.add(newId, ArchiveEntryKind.STATUS_CHANGE, "转入", effective + "自" + c.sourceSchoolName()
                + "（普通高中）转入；原学习经历见转学申请材料", caseKey, c.inCertificateId());
        Student created = student(newId);
        national.submit(NationalRegistry.Operation.STATUS_CHANGE, newId, in.code(), caseKey + "-IN",
                NationalPayload.of(created).put("异动类别", "转入").put("转出学校", c.sourceSchoolName() + "（普通高中）")
                        .put("转入学校", in.name()).put("转入专业", c.inMajorCode()).put("生效日期", effective.toString())
                        .put("审核日期", String.valueOf(c.inApprovedOn())).toString());
        audit.record("TRANSFER_DONE", "student", String.valueOf(newId), caseKey + "：" + details);
    }

    /**
     * A refusal anywhere: the case is closed as refused, the student remains 在籍 at the out-school, the attempt
     * goes into the archive; if the out-half had reached the national port it is withdrawn there.
     */
    void recordRefusal(String key) {
        for (TransferCase each : casesOf(key)) {
            recordRefusal(each);
        }
    }

    private void recordRefusal(TransferCase c) {
        String caseKey = c.caseKey();
        if (c.state() == State.REFUSED) {
            return;
        }
        jdbc.sql("UPDATE transfer_case SET state = 'REFUSED' WHERE case_key = ?").param(caseKey).update();
        if (c.fromGeneralHighSchool()) { // no record here: the case row keeps the refused attempt
            audit.record("TRANSFER_REFUSED", "school", c.inSchoolCode(), caseKey + "：" + c.refusedBy() + "："
                    + c.refusalReason());
            return;
        }
        Student s = student(c.studentId());
        School in = organisation.school(c.inSchoolCode());
        String by = c.refusedBy() == null ? "审核" : c.refusedBy();
        archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, "转学申请未获批准", "申请转入" + in.name() + "（"
                + c.ground().label() + "）；" + by + "不同意：" + c.refusalReason() + "；学籍仍在本校", caseKey, null);
        if (c.state() == State.OUT_APPROVED) {
            national.submit(NationalRegistry.Operation.STATUS_CHANGE, s.id(), c.outSchoolCode(), caseKey + "-OUT-WITHDRAWN",
                    NationalPayload.of(s).put("异动类别", "撤销转出").put("原因", by + "不同意：" + c.refusalReason())
                            .toString());
        }
        audit.record("TRANSFER_REFUSED", "student", String.valueOf(s.id()), caseKey + "：" + by + "：" + c.refusalReason());
    }

    /** The case's papers (application form, certificates) as engine attachments of a half, for its reviewers. */
    void attachPapers(String caseKey, String processInstanceId, String schoolCode, List<Long> documentIds) {
        for (Long id : documentIds) {
            if (id != null) {
                StoredDocument d = documents.load(id);
                attachments.attach(processInstanceId, id, d.contentType(), d.fileName(), d.title());
            }
        }
    }

    // ---- what the reviewers see ----

    String title(TransferCase c, Student s) {
        return "转学：" + s.name() + "（" + organisation.school(c.outSchoolCode()).name() + " → "
                + organisation.school(c.inSchoolCode()).name() + "）";
    }

    String summary(TransferCase c, Student s) {
        String major = organisationRepository.major(c.inMajorCode()).map(Major::name).orElse(c.inMajorCode());
        String className = c.inClassId() == null ? "由转入学校编班"
                : organisationRepository.schoolClass(c.inClassId()).map(SchoolClass::name).orElse("");
        String oldMajor = organisationRepository.major(s.majorCode()).map(Major::name).orElse(s.majorCode());
        return "学生：" + s.name() + "，学籍号 " + s.studentNumber() + "，" + s.yearGroup() + "级" + oldMajor + "专业，"
                + s.learningForm().label() + "\n转出学校：" + organisation.school(c.outSchoolCode()).name()
                + "（主管：" + organisation.supervisingBureau(c.outSchoolCode()).name() + "）"
                + "\n转入学校：" + organisation.school(c.inSchoolCode()).name()
                + "（主管：" + organisation.supervisingBureau(c.inSchoolCode()).name() + "），" + major + "专业，" + className
                + "\n转学原因（R-TRF-1）：" + c.ground().label() + "；" + c.statement() + "\n申请人：" + s.name()
                + "及监护人" + c.guardianName();
    }

    /** Links to the papers of the case that a reader of the school may open. */
    String papers(String key) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (TransferCase c : casesOf(key)) {
            for (Long id : new Long[] {c.applicationDocumentId(), c.outCertificateId(), c.inCertificateId()}) {
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (Long id : ids) {
            StoredDocument d = documents.load(id);
            lines.add(d.title() + "（" + d.fileName() + "）：/api/documents/" + id);
        }
        return String.join("\n", lines);
    }

    // ---- the filing lists' remarks (R-TRF-4) ----

    @Override
    public List<Note> forIntake(String schoolCode, Intake intake) {
        List<Note> notes = new ArrayList<>();
        List<TransferCase> done = jdbc.sql("""
                        SELECT t.* FROM transfer_case t JOIN student s ON s.id = COALESCE(t.student_id, t.new_student_id)
                        WHERE t.state = 'DONE' AND (t.out_school_code = ? OR t.in_school_code = ?)
                          AND s.entry_year = ? AND s.entry_season = ? ORDER BY t.id""")
                .params(schoolCode, schoolCode, intake.year(), intake.season().name())
                .query(this::map).list();
        for (TransferCase c : done) {
            if (c.fromGeneralHighSchool()) { // R-TRF-3: no out-school in this system
                notes.add(new Note(student(c.newStudentId()), c.effectiveOn() + "自" + c.sourceSchoolName()
                        + "（普通高中）转入（" + organisation.supervisingBureau(c.inSchoolCode()).name() + "登记，"
                        + c.caseKey() + "）"));
            } else if (c.outSchoolCode().equals(schoolCode)) {
                notes.add(new Note(student(c.studentId()), c.effectiveOn() + "转出至" + organisation.school(c.inSchoolCode())
                        .name() + "（" + organisation.supervisingBureau(c.outSchoolCode()).name() + "登记，" + c.caseKey() + "）"));
            } else {
                notes.add(new Note(student(c.newStudentId()), c.effectiveOn() + "自" + organisation.school(c.outSchoolCode())
                        .name() + "转入（" + organisation.supervisingBureau(c.inSchoolCode()).name() + "登记，" + c.caseKey() + "）"));
            }
        }
        return notes;
    }

    /**
     * R-TRF-4: the papers of a case (application form, 转出证明, 转入证明) are read by both schools and both bureaus:
     * every document filed under the key is shared with the two schools, nobody else.
     */
    private void shareDocuments(String key, String outSchoolCode, String inSchoolCode) {
        documents.shareCase(key, outSchoolCode);
        documents.shareCase(key, inSchoolCode);
    }

    // ---- one history across the records of a person (R-TRF-4) ----

    /** The records of one person linked by completed transfers, oldest first; the given record alone if none. */
    List<Student> recordChain(long studentId) {
        java.util.LinkedList<Long> chain = new java.util.LinkedList<>(List.of(studentId));
        for (Long previous = previousRecord(studentId); previous != null && !chain.contains(previous);
             previous = previousRecord(previous)) {
            chain.addFirst(previous);
        }
        for (Long next = nextRecord(studentId); next != null && !chain.contains(next); next = nextRecord(next)) {
            chain.addLast(next);
        }
        return chain.stream().map(this::student).toList();
    }

    private Long previousRecord(long studentId) {
        return jdbc.sql("SELECT student_id FROM transfer_case WHERE new_student_id = ? AND state = 'DONE' "
                        + "AND student_id IS NOT NULL").param(studentId).query(Long.class).optional().orElse(null);
    }

    private Long nextRecord(long studentId) {
        return jdbc.sql("SELECT new_student_id FROM transfer_case WHERE student_id = ? AND state = 'DONE'")
                .param(studentId).query(Long.class).optional().orElse(null);
    }

    /** The fact of the transfer that ended a record, as the out-school and its bureaus read it. */
    String transferredOnward(Student record) {
        return jdbc.sql("SELECT * FROM transfer_case WHERE student_id = ? AND state = 'DONE'").param(record.id())
                .query(this::map).optional()
                .map(c -> c.effectiveOn() + "转出至" + organisation.school(c.inSchoolCode()).name() + "（" + c.caseKey()
                        + "）；此后的学籍记录由转入学校及其主管教育行政部门管理。")
                .orElse(null);
    }

    List<StatusChange> statusHistory(long studentId) {
        return students.history(studentId);
    }

    List<cn.jledu.studentstatus.archive.ArchiveEntry> archiveEntries(long studentId) {
        return archive.personalArchive(studentId);
    }

    String schoolName(String schoolCode) {
        return organisation.school(schoolCode).name();
    }

    // ---- reading ----

    TransferCase get(String caseKey) {
        return jdbc.sql("SELECT * FROM transfer_case WHERE case_key = ?").param(caseKey).query(this::map).optional()
                .orElseThrow(() -> new NotFound("转学案件不存在：" + caseKey));
    }

    /** Lets every student of the case (or of each case of a batch) go: PROC-1, claimed at the application. */
    void release(String key) {
        jdbc.sql("SELECT case_key FROM transfer_case WHERE case_key = ? OR batch_key = ?").params(key, key)
                .query(String.class).list().forEach(records::releaseProcedure);
    }

    /** The cases of a process key: the one case, or every case of a batch (R-TRF-5), in order. */
    List<TransferCase> casesOf(String key) {
        List<TransferCase> cases = jdbc.sql("SELECT * FROM transfer_case WHERE case_key = ? OR batch_key = ? ORDER BY id")
                .params(key, key).query(this::map).list();
        if (cases.isEmpty()) {
            throw new NotFound("转学案件不存在：" + key);
        }
        return cases;
    }

    List<TransferCase> ofStudent(long studentId) {
        return jdbc.sql("SELECT * FROM transfer_case WHERE student_id = ? OR new_student_id = ? ORDER BY id")
                .params(studentId, studentId).query(this::map).list();
    }

    Student student(long id) {
        return students.find(id).orElseThrow(() -> new NotFound("学生不存在：" + id));
    }

    private static Exemption exemption(TransferCase c) {
        if (c.exemption() == null) {
            return null;
        }
        String[] parts = c.exemption().split("\\|", 3);
        return new Exemption(parts[0], parts[1], parts[2]);
    }

    private List<Particular> particulars(Student s, TransferCase c, School out, School in) {
        String major = organisationRepository.major(c.inMajorCode()).map(Major::name).orElse(c.inMajorCode());
        String oldMajor = organisationRepository.major(s.majorCode()).map(Major::name).orElse(s.majorCode());
        return List.of(new Particular("姓名", s.name()), new Particular("性别", s.gender().label()),
                new Particular("出生日期", String.valueOf(s.birthDate())), new Particular("学籍号", s.studentNumber()),
                new Particular("原专业", oldMajor + "（" + s.yearGroup() + "级）"),
                new Particular("转出学校", out.name()), new Particular("转入学校", in.name()),
                new Particular("转入专业", major), new Particular("转学原因", c.ground().label()),
                new Particular("监护人", c.guardianName()));
    }

    private TransferCase map(ResultSet rs, int row) throws SQLException {
        return new TransferCase(rs.getLong("id"), rs.getString("case_key"), rs.getObject("student_id", Long.class),
                rs.getString("out_school_code"), rs.getString("in_school_code"), rs.getString("in_major_code"),
                (Long) rs.getObject("in_class_id", Long.class), Ground.valueOf(rs.getString("ground")),
                rs.getString("statement"), rs.getString("guardian_name"),
                rs.getObject("application_document_id", Long.class), rs.getString("eligibility"),
                rs.getString("exemption"), State.valueOf(rs.getString("state")), rs.getString("out_school_by"),
                rs.getObject("out_school_on", LocalDate.class), rs.getString("out_approved_by"),
                rs.getObject("out_approved_on", LocalDate.class), rs.getString("in_school_by"),
                rs.getObject("in_school_on", LocalDate.class), rs.getString("in_approved_by"),
                rs.getObject("in_approved_on", LocalDate.class), rs.getObject("effective_on", LocalDate.class),
                rs.getObject("new_student_id", Long.class), rs.getObject("out_certificate_id", Long.class),
                rs.getObject("in_certificate_id", Long.class), rs.getString("refused_by"),
                rs.getString("refusal_reason"), rs.getString("batch_key"),
                TransferContract.SourceKind.valueOf(rs.getString("source_kind")), rs.getString("source_school_name"),
                rs.getString("person_json"), rs.getObject("study_started_on", LocalDate.class),
                rs.getObject("expected_graduation", LocalDate.class));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String contentType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return NewDocument.PDF;
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        throw new RuleViolation("R-TRF-1", "转学申请表扫描件须为 PDF、JPG 或 PNG 文件：" + fileName, HttpStatus.BAD_REQUEST);
    }
}
