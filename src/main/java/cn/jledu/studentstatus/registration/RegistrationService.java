package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.AdmissionCancellations;
import cn.jledu.studentstatus.student.Intake;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.national.NationalPayload;
import cn.jledu.studentstatus.national.NationalRegistry;
import cn.jledu.studentstatus.organisation.Major;
import cn.jledu.studentstatus.organisation.MajorApproval;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.IdNumber;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.PersonNumbers;
import cn.jledu.studentstatus.student.RosterRow;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application service of registration: validates applicants, records them (status 注册中, 学籍号 assigned),
 * starts the review process, and carries out what the process decides. Formal status (在籍) starts only on
 * the final bureau approval (R-REG-3).
 */
@Service
public class RegistrationService {

    /** The outcome of a submission: the batch (if one was registered), skipped rows and problems. */
    public record Submission(Long batchId, String caseKey, String processInstanceId, int registered,
                             List<Problem> problems, List<String> skipped, boolean alreadyUploaded,
                             Long recordedBatchId, int recorded) {

        public Submission(Long batchId, String caseKey, String processInstanceId, int registered,
                          List<Problem> problems, List<String> skipped, boolean alreadyUploaded) {
            this(batchId, caseKey, processInstanceId, registered, problems, skipped, alreadyUploaded, null, 0);
        }

        /**
         * R-REG-14: the batch of foreign, stateless, HK/Macao/Taiwan students recorded outside the provincial chain
         * ({@code recordedBatchId}, {@code recorded} students); {@code batchId} is it when nothing else was
         * submitted, and then no review starts.
         */
        public boolean reviewed() {
            return batchId != null && !batchId.equals(recordedBatchId);
        }
    }

    private final RegistrationPolicy policy;
    private final RegistrationRepository repository;
    private final StudentRepository students;
    private final OrganisationRepository organisationRepository;
    private final Organisation organisation;
    private final Archive archive;
    private final AuditTrail audit;
    private final NationalRegistry national;
    private final AdmissionCancellations admissions;
    private final StudentRecords records;
    private final RegistrationDeadlines deadlines;
    private final PersonNumbers numbers;

    RegistrationService(RegistrationPolicy policy, RegistrationRepository repository, StudentRepository students,
                        OrganisationRepository organisationRepository, Organisation organisation, Archive archive,
                        AuditTrail audit, NationalRegistry national,
                        AdmissionCancellations admissions, StudentRecords records, RegistrationDeadlines deadlines,
                        PersonNumbers numbers) {
        this.deadlines = deadlines;
        this.numbers = numbers;
        this.admissions = admissions;
        this.records = records;
        this.policy = policy;
        this.repository = repository;
        this.students = students;
        this.organisationRepository = organisationRepository;
        this.organisation = organisation;
        this.archive = archive;
        this.audit = audit;
        this.national = national;
    }

    /**
     * Records one student (status 注册中) as a batch of one; any problem is refused with its rule (HTTP 4xx). The
     * facade {@link RegistrationProcess#registerOne} starts the review.
     */
    Submission recordOne(String schoolCode, Intake intake, Applicant applicant) {
        Submission s = record(schoolCode, intake, List.of(applicant), "SINGLE", null, null, false, done -> { });
        if (!s.problems().isEmpty()) {
            Problem p = s.problems().get(0);
            throw new RuleViolation(p.ruleId() == null ? "R-REG-2" : p.ruleId(), p.message(),
                    "R-REG-4".equals(p.ruleId()) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (!s.skipped().isEmpty()) {
            throw new RuleViolation("R-REG-4", "（第五条）" + s.skipped().get(0), HttpStatus.CONFLICT);
        }
        return s;
    }

    /**
     * Validates every applicant first; valid ones are registered together as one batch (one review case),
     * unless {@code validateOnly}. Applicants already registered at this school are skipped, so uploading a
     * corrected file again creates no duplicates.
     */
    Submission record(String schoolCode, Intake intake, List<Applicant> applicants, String source,
                             String fileName, String sha256, boolean validateOnly,
                             java.util.function.IntConsumer progress) {
        School school = organisation.school(schoolCode);
        LocalDate today = AppClock.today();
        policy.checkWindow(intake, today);
        if (sha256 != null) {
            Optional<RegistrationBatch> same = repository.batchByFile(schoolCode, sha256);
            if (same.isPresent()) {
                RegistrationBatch b = same.get();
                return new Submission(b.id(), b.caseKey(), b.processInstanceId(), b.studentCount(), List.of(),
                        List.of(), true);
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Applicant> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Applicant a : applicants) {
            List<Problem> own = policy.check(schoolCode, intake, a, today);
            if (own.isEmpty() && admissions.admissionCancelled(schoolCode, idOf(a, today).value())) {
                own = List.of(new Problem(a.rowNumber(), "证件号码", "R-REG-5", "（第五条）该生逾期两周未报到且未获准延期，"
                        + "入学资格已取消，不能注册。"));
            }
            if (own.isEmpty()) {
                IdNumber id = idOf(a, today);
                Integer earlier = seen.putIfAbsent(id.personKey(), a.rowNumber() == null ? 0 : a.rowNumber());
                if (earlier != null) {
                    own = List.of(new Problem(a.rowNumber(), "证件号码", "R-REG-4", "（第五条）与第" + earlier
                            + "行的证件号码重复，同一人不得重复注册。"));
                } else {
                    Optional<Student> active = students.activeByPerson(id);
                    if (active.isPresent() && active.get().schoolCode().equals(schoolCode)) {
                        skipped.add((a.rowNumber() == null ? "" : "第" + a.rowNumber() + "行") + a.name()
                                + "已在本校注册（学籍号 " + active.get().studentNumber() + "），未重复登记。");
                        continue;
                    }
                    if (active.isPresent()) {
                        own = List.of(duplicate(a.rowNumber(), active.get()));
                    }
                }
            }
            if (own.isEmpty()) {
                valid.add(a);
            } else {
                problems.addAll(own);
            }
        }
        if (validateOnly || valid.isEmpty()) {
            return new Submission(null, null, null, 0, problems, skipped, false);
        }
        // 学籍号 = school code + entry year (4) + sequence (5), or the person's lifelong number (R-REG-8),
        // docs/registration.md
        int firstNumber = numbers.reserve(schoolCode, intake.year(), valid.size());
        String caseKey = "REG-" + schoolCode + "-" + intake.code() + "-" + String.format("%05d", firstNumber);
        String user = CurrentUser.idOrSystem();
        Map<String, Long> classIds = new HashMap<>();
        for (SchoolClass c : organisationRepository.classes(schoolCode)) {
            classIds.put(c.name(), c.id());
        }
        List<Applicant> domestic = valid.stream().filter(a -> !outsideChain(a)).toList();
        List<Applicant> outside = valid.stream().filter(RegistrationService::outsideChain).toList();
        Long batchId = null;
        if (!domestic.isEmpty()) {
            batchId = repository.insertBatch(caseKey, schoolCode, intake, source, fileName, sha256, domestic.size(), user);
            recordStudents(batchId, caseKey, school, intake, domestic, firstNumber, classIds, today, progress);
            audit.record("REGISTRATION_SUBMITTED", "registration_batch", String.valueOf(batchId),
                    caseKey + "，" + domestic.size() + "人，来源：" + source + (fileName == null ? "" : "（" + fileName + "）"));
        }
        Long recordedBatchId = null;
        if (!outside.isEmpty()) {
            String recordedKey = caseKey + "-J";
            recordedBatchId = repository.insertBatch(recordedKey, schoolCode, intake, source, fileName,
                    domestic.isEmpty() ? sha256 : null, outside.size(), user);
            List<Student> recorded = recordStudents(recordedBatchId, recordedKey, school, intake, outside,
                    firstNumber + domestic.size(), classIds, today, progress);
            recordOutsideChain(recordedBatchId, recordedKey, school, recorded, today, user);
        }
        return new Submission(batchId != null ? batchId : recordedBatchId, batchId != null ? caseKey : caseKey + "-J",
                null, valid.size(), problems, skipped, false, recordedBatchId, outside.size());
    }

    /** R-REG-14: foreign, stateless, Hong Kong, Macao and Taiwan students follow separate national procedures. */
    static boolean outsideChain(Applicant a) {
        return a.studentCategory() != null && a.studentCategory() != StudentCategory.DOMESTIC;
    }

    /** Stores the students of a batch (status 注册中), their registration facts and their enrolment documents. */
    private List<Student> recordStudents(long batchId, String caseKey, School school, Intake intake,
                                         List<Applicant> applicants, int firstNumber, Map<String, Long> classIds,
                                         LocalDate today, java.util.function.IntConsumer progress) {
        List<Student> stored = new ArrayList<>();
        for (int i = 0; i < applicants.size(); i++) {
            Applicant a = applicants.get(i);
            String number = numbers.lifelong(idOf(a, today))
                    .orElse(PersonNumbers.format(school.code(), intake.year(), firstNumber + i));
            Student student;
            try {
                student = records.register(toStudent(a, school, intake, number, classIds, today));
            } catch (DuplicateKeyException e) {
                // a concurrent registration of the same person committed first: the unique constraint on the
                // active person key refused this row (R-REG-4); the whole submission rolls back
                throw new RuleViolation("R-REG-4", (a.rowNumber() == null ? "" : "第" + a.rowNumber() + "行：")
                        + "（第五条）" + a.name() + "（证件号码" + idOf(a, today).masked() + "）刚刚已在其他学校或批次注册学籍，"
                        + "一人只能有一个有效学籍，不得重复注册。", HttpStatus.CONFLICT);
            }
            stored.add(student);
            repository.insertRegistration(batchId, student.id(), a, today);
            archive.add(student.id(), ArchiveEntryKind.ENROLMENT_DOCUMENT, "入学注册材料",
                    "录取通知书编号：" + a.admissionNoticeNo().strip() + "；已查验"
                            + (a.idType() == null ? IdType.RESIDENT_ID : a.idType()).label() + "原件并留存复印件"
                            + (a.graduationCertificateNo() == null || a.graduationCertificateNo().isBlank() ? ""
                            : "；毕业证书编号：" + a.graduationCertificateNo().strip())
                            + (a.threePlusTwo() ? "；“3+2”录取材料：" + a.threePlusTwoPapers() : "")
                            + (a.jointProgramme() ? "；跨地区联合办学，合作学校：" + a.jointProgrammePartner().strip()
                            + "（" + a.jointProgrammeRegion().strip() + "），须经主管教育行政部门批准" : ""), caseKey, null);
            if (i % 50 == 49) {
                progress.accept(i + 1);
            }
        }
        return stored;
    }

    /**
     * R-REG-14 (第六条): foreign, stateless, Hong Kong, Macao and Taiwan students are registered under separate
     * national procedures. The school records them with their category and document; they hold the status 在籍 at
     * once (one status-change row, the school as the only approver), never pass the provincial review chain and are
     * not submitted to the national port of our procedures.
     */
    private void recordOutsideChain(long batchId, String caseKey, School school, List<Student> students,
                                    LocalDate today, String user) {
        for (Student s : students) {
            String details = "（R-REG-14，第六条）" + s.studentCategory().label() + "按国家有关规定另行办理入学注册："
                    + "学校登记学籍（证件：" + s.idNumber().type().label() + " " + s.idNumber().masked()
                    + "），不经本省注册审核，不报送全国中职学生管理信息系统";
            records.apply(s.activate(today), new ChangeBasis(caseKey, null, details,
                    List.of(Approval.school(school.name(), "学校登记（另行办理）").by(user, today)), user));
            archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, "新生入学登记（另行办理）",
                    details + "，学籍号" + s.studentNumber(), caseKey, null);
        }
        repository.markApproved(batchId, today, RegistrationBatch.Status.RECORDED);
        audit.record("REGISTRATION_RECORDED_OUTSIDE_CHAIN", "registration_batch", String.valueOf(batchId),
                caseKey + "，" + students.size() + "人（R-REG-14：港澳台、外国、无国籍学生另行办理）");
    }

    /**
     * R-REG-6: the intake deadline binds the whole case. A returned case is resubmitted by the deadline plus the
     * province's grace; after that it can only be withdrawn.
     */
    void checkResubmission(long batchId) {
        RegistrationBatch batch = batch(batchId);
        LocalDate last = deadlines.resubmissionLastDay(batch.intake(), batch.schoolCode());
        if (AppClock.today().isAfter(last)) {
            throw new RuleViolation("R-REG-6", "（第七条）" + batch.intake().label() + "注册已于" + batch.intake().closes()
                    + "截止；退回更正的注册须在截止后" + deadlines.graceWorkingDays() + "个工作日内（" + last
                    + "前）重新提交，逾期不再办理，只能撤回注册申请。");
        }
    }

    /**
     * R-REG-6: a bureau approval after the deadline and the grace needs the bureau's explicit late approval with
     * a reason, recorded with the case; before that it needs nothing.
     */
    void checkLateApproval(long batchId, boolean lateApproval, String reason, String by) {
        RegistrationBatch batch = batch(batchId);
        if (!deadlines.afterGrace(batch.intake(), batch.schoolCode(), AppClock.today())) {
            return;
        }
        if (!lateApproval || reason == null || reason.isBlank()) {
            throw new RuleViolation("R-REG-6", "（第七条）" + batch.intake().label() + "注册已于" + batch.intake().closes()
                    + "截止，宽限期至" + deadlines.resubmissionLastDay(batch.intake(), batch.schoolCode())
                    + "也已届满：须勾选“逾期批准”并写明理由，方可审核通过。");
        }
        repository.recordLateApproval(batchId, reason.strip(), CurrentUser.idOrSystem(), AppClock.nowOffset());
        audit.record("REGISTRATION_LATE_APPROVAL", "registration_batch", String.valueOf(batchId),
                by + "：逾期批准，理由：" + reason.strip());
    }

    /** The review case of a batch has started. */
    Submission started(Submission s, String processInstanceId) {
        repository.setProcessInstance(s.batchId(), processInstanceId);
        return new Submission(s.batchId(), s.caseKey(), processInstanceId, s.registered(), s.problems(), s.skipped(),
                s.alreadyUploaded(), s.recordedBatchId(), s.recorded());
    }

    private Problem duplicate(Integer row, Student holder) {
        String where = organisationRepository.school(holder.schoolCode()).map(School::name).orElse(holder.schoolCode());
        return new Problem(row, "证件号码", "R-REG-4", "（第五条）该学生已在" + where + "持有学籍（"
                + holder.status().label() + "），一人只能有一个有效学籍，不得重复注册。");
    }

    private static IdNumber idOf(Applicant a, LocalDate today) {
        return IdNumber.of(a.idType() == null ? IdType.RESIDENT_ID : a.idType(), a.idNumber(), today);
    }

    private static Student toStudent(Applicant a, School school, Intake intake, String number,
                                     Map<String, Long> classIds, LocalDate today) {
        Long classId = a.className() == null || a.className().isBlank() ? null : classIds.get(a.className().strip());
        return new Student(null, number, a.name().strip(), a.gender(), a.birthDate(), a.ethnicity(), idOf(a, today),
                a.householdType(), a.address(), a.guardianName(), a.guardianPhone(), a.phone(), school.code(),
                a.majorCode().strip(), classId, intake.year(), intake.season(), intake.year(), a.intakeLevel(),
                a.learningForm(), a.educationCategory(), a.durationYears(),
                a.studentCategory() == null ? StudentCategory.DOMESTIC : a.studentCategory(),
                StudentStatus.REGISTERING, 0);
    }

    public RegistrationBatch batch(long batchId) {
        return repository.batch(batchId).orElseThrow(() -> new NotFound("注册批次不存在：" + batchId));
    }

    public List<Student> studentsOf(long batchId) {
        return repository.studentIds(batchId).stream().map(id -> students.find(id).orElseThrow()).toList();
    }

    /** The name of the batch's first student (for the task list: whose case it is), or null for an empty batch. */
    public String firstStudentName(long batchId) {
        return repository.studentIds(batchId).stream().findFirst().flatMap(students::find).map(Student::name)
                .orElse(null);
    }

    /** The students of a batch still in review (not removed from it). */
    List<Student> inReview(long batchId) {
        return studentsOf(batchId).stream().filter(s -> s.status() == StudentStatus.REGISTERING).toList();
    }

    /**
     * Corrects one student of a returned case (the registrar's answer to a reviewer's return reason). The same
     * rules apply as at submission, except the intake window: the case was submitted in time.
     */
    @Transactional
    public Student correct(long batchId, long studentId, Applicant a) {
        RegistrationBatch batch = returnedBatch(batchId);
        checkResubmission(batchId);
        Student old = studentOfBatch(batchId, studentId);
        LocalDate today = AppClock.today();
        List<Problem> problems = policy.check(batch.schoolCode(), batch.intake(), a, today);
        if (!problems.isEmpty()) {
            Problem p = problems.get(0);
            throw new RuleViolation(p.ruleId() == null ? "R-REG-2" : p.ruleId(), p.describe());
        }
        IdNumber id = idOf(a, today);
        Optional<Student> holder = students.activeByPerson(id);
        if (holder.isPresent() && !holder.get().id().equals(studentId)) {
            throw new RuleViolation("R-REG-4", duplicate(null, holder.get()).message(), HttpStatus.CONFLICT);
        }
        Map<String, Long> classIds = new HashMap<>();
        for (SchoolClass c : organisationRepository.classes(batch.schoolCode())) {
            classIds.put(c.name(), c.id());
        }
        Student updated = toStudent(a, organisation.school(batch.schoolCode()), batch.intake(), old.studentNumber(),
                classIds, today);
        updated = new Student(old.id(), old.studentNumber(), updated.name(), updated.gender(), updated.birthDate(),
                updated.ethnicity(), updated.idNumber(), updated.householdType(), updated.address(),
                updated.guardianName(), updated.guardianPhone(), updated.phone(), updated.schoolCode(),
                updated.majorCode(), updated.classId(), updated.entryYear(), updated.entrySeason(), updated.yearGroup(),
                updated.intakeLevel(), updated.learningForm(), updated.educationCategory(), updated.durationYears(),
                updated.studentCategory(), StudentStatus.REGISTERING, old.version());
        try {
            records.correctWhileRegistering(updated);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("R-REG-4", "（第五条）该证件号码刚刚已在其他学校注册学籍，不得重复注册。", HttpStatus.CONFLICT);
        }
        repository.updateRegistration(studentId, a);
        audit.record("REGISTRATION_CORRECTED", "student", String.valueOf(studentId), batch.caseKey() + "：" + old.name()
                + "/" + old.idNumber().masked() + "/" + old.birthDate() + " → " + updated.name() + "/"
                + updated.idNumber().masked() + "/" + updated.birthDate());
        return students.find(studentId).orElseThrow();
    }

    /** A student of a case as the registrar entered them (full data, for correcting a returned case). */
    public Applicant applicant(long batchId, long studentId) {
        if (!repository.studentIds(batchId).contains(studentId)) {
            throw new NotFound("该批次中没有这名学生：" + studentId);
        }
        Student s = students.find(studentId).orElseThrow();
        Map<String, Object> r = repository.registrationFacts(studentId).orElseThrow();
        String className = s.classId() == null ? null
                : organisationRepository.schoolClass(s.classId()).map(SchoolClass::name).orElse(null);
        Object reporting = r.get("reporting_date");
        return new Applicant((Integer) r.get("source_row"), s.name(), s.gender(), s.birthDate(), s.ethnicity(),
                s.idNumber().type(), s.idNumber().value(), s.householdType(), s.address(), s.guardianName(),
                s.guardianPhone(), s.phone(), s.majorCode(), className, s.intakeLevel(),
                (Integer) r.get("graduation_year"), (String) r.get("graduation_certificate_no"), s.learningForm(),
                s.educationCategory(), s.durationYears(), (String) r.get("admission_notice_no"),
                (Boolean) r.get("id_original_seen"), (Boolean) r.get("id_copy_kept"), (Boolean) r.get("three_plus_two"),
                (String) r.get("three_plus_two_papers"), (String) r.get("joint_programme_partner"),
                s.studentCategory(), reporting == null ? null : java.sql.Date.valueOf(reporting.toString()).toLocalDate(),
                (String) r.get("joint_programme_region"));
    }

    /** Removes one student from a returned case (e.g. did not report); the rest of the case goes on. */
    @Transactional
    public void remove(long batchId, long studentId, String reason) {
        RegistrationBatch batch = returnedBatch(batchId);
        Student s = studentOfBatch(batchId, studentId);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("R-REG-3", "请写明移出原因。", HttpStatus.BAD_REQUEST);
        }
        long remaining = studentsOf(batchId).stream().filter(x -> x.status() == StudentStatus.REGISTERING).count();
        if (remaining <= 1) {
            throw new RuleViolation("R-REG-3", "这是本批次最后一名学生：请在“学籍管理员修改后重新提交”任务中撤回注册申请。",
                    HttpStatus.CONFLICT);
        }
        records.apply(s.cancelAdmission(AppClock.today()), new ChangeBasis(batch.caseKey(), batch.processInstanceId(),
                "从注册批次中移出：" + reason.strip(), List.of(), CurrentUser.idOrSystem()));
        repository.setStudentCount(batchId, (int) remaining - 1);
        audit.record("REGISTRATION_REMOVED", "student", String.valueOf(studentId), batch.caseKey() + "：" + reason.strip());
    }

    private RegistrationBatch returnedBatch(long batchId) {
        RegistrationBatch batch = batch(batchId);
        if (batch.status() != RegistrationBatch.Status.RETURNED) {
            throw new RuleViolation("R-REG-3", "只有被退回修改的注册批次可以更正（当前：" + batch.status().label() + "）。",
                    HttpStatus.CONFLICT);
        }
        return batch;
    }

    private Student studentOfBatch(long batchId, long studentId) {
        if (!repository.studentIds(batchId).contains(studentId)) {
            throw new NotFound("该批次中没有这名学生：" + studentId);
        }
        Student s = students.find(studentId).orElseThrow();
        if (s.status() != StudentStatus.REGISTERING) {
            throw new RuleViolation("R-REG-3", "该生已不在注册审核中（" + s.status().label() + "）。", HttpStatus.CONFLICT);
        }
        return s;
    }

    /** Re-checks a batch when it is (re)submitted into review; refuses with the first rule that fails. */
    void recheck(long batchId) {
        RegistrationBatch batch = batch(batchId);
        for (Student s : inReview(batchId)) {
            Optional<SchoolClass> c = s.classId() == null ? Optional.empty()
                    : organisationRepository.schoolClass(s.classId());
            Major major = MajorApproval.check(s.majorCode(), organisationRepository.major(s.majorCode()),
                    organisationRepository.isApproved(batch.schoolCode(), s.majorCode()));
            c.ifPresent(schoolClass -> MajorApproval.checkClass(schoolClass, major));
        }
        repository.setStatus(batchId, RegistrationBatch.Status.IN_REVIEW, null);
    }

    void markReturned(long batchId, String reason) {
        repository.setStatus(batchId, RegistrationBatch.Status.RETURNED, reason);
    }

    /**
     * R-REG-10 (第五条第三款): students of a cross-region joint programme register only at the school where they
     * study, after that school's supervising bureau approves. The bureau's approval of the batch must confirm them
     * explicitly; each is recorded with the partner school and its region, the bureau, the approver and the date.
     */
    void approveJointProgrammes(long batchId, boolean approved, String step, String by) {
        List<Map<String, Object>> rows = repository.jointProgrammeRows(batchId);
        if (rows.isEmpty()) {
            return;
        }
        RegistrationBatch batch = batch(batchId);
        if (!approved) {
            throw new RuleViolation("R-REG-10", "（第五条）本批次有" + rows.size() + "名跨地区联合办学学生（合作学校："
                    + rows.stream().map(r -> (String) r.get("joint_programme_partner")).distinct()
                    .reduce((x, y) -> x + "、" + y).orElse("") + "），须经学校主管教育行政部门审核批准后方可在本校注册："
                    + "请勾选“批准联合办学学生在本校注册”，或退回修改。");
        }
        Bureau supervising = organisation.supervisingBureau(batch.schoolCode());
        for (Map<String, Object> r : rows) {
            long studentId = ((Number) r.get("student_id")).longValue();
            repository.recordJointApproval(batchId, studentId, (String) r.get("joint_programme_partner"),
                    (String) r.get("joint_programme_region"), supervising.code(), supervising.name(), by,
                    AppClock.today(), AppClock.nowOffset());
        }
        audit.record("REGISTRATION_JOINT_PROGRAMME_APPROVED", "registration_batch", String.valueOf(batchId),
                step + "：" + by + "批准" + rows.size() + "名跨地区联合办学学生在" + organisation.school(batch.schoolCode()).name()
                        + "注册（R-REG-10）");
    }

    /** Final approval: formal status 在籍 (R-REG-3), history row and archive entry for each student. */
    void activate(long batchId, String processInstanceId) {
        RegistrationBatch batch = batch(batchId);
        List<Long> unapproved = repository.jointProgrammeWithoutApproval(batchId);
        if (!unapproved.isEmpty()) {
            throw new RuleViolation("R-REG-10", "（第五条）跨地区联合办学学生须经学校主管教育行政部门批准后方可注册，"
                    + "尚未批准：学生 " + unapproved);
        }
        LocalDate today = AppClock.today();
        String actor = CurrentUser.idOrSystem();
        List<Approval> approvals = approvals(batch.schoolCode(), actor, today);
        for (Student s : inReview(batchId)) {
            records.apply(s.activate(today), new ChangeBasis(batch.caseKey(), processInstanceId,
                    batch.intake().label() + "新生注册，经主管教育行政部门审核通过", approvals, actor));
            archive.add(s.id(), ArchiveEntryKind.STATUS_CHANGE, "新生入学注册",
                    batch.intake().label() + "注册，学籍号" + s.studentNumber(), batch.caseKey(), null);
        }
        repository.markApproved(batchId, today);
        repository.setStatus(batchId, RegistrationBatch.Status.APPROVED, null);
    }

    /** Who approved a registration: the school, then the bureaus of its review chain; the last one registers. */
    private List<Approval> approvals(String schoolCode, String actor, LocalDate today) {
        List<Approval> approvals = new ArrayList<>();
        approvals.add(Approval.school(organisation.school(schoolCode).name(), "学生管理部门负责人审核，校长签字确认"));
        List<Bureau> chain = organisation.reviewChain(schoolCode);
        for (int i = 0; i < chain.size(); i++) {
            Bureau b = chain.get(i);
            Approval a = new Approval(Approval.Level.ofBureau(b.level().name()), b.name(),
                    i < chain.size() - 1 ? "注册核查" : "注册审核通过", null, null);
            approvals.add(i < chain.size() - 1 ? a : a.by(actor, today));
        }
        return approvals;
    }

    /** R-MON-2: what the national system needs, submitted in the month of registration. */
    void submitToNationalRegistry(long batchId) {
        RegistrationBatch batch = batch(batchId);
        for (Student s : studentsOf(batchId).stream().filter(x -> x.status() == StudentStatus.ENROLLED).toList()) {
            String payload = NationalPayload.registration(s).toString();
            national.submit(NationalRegistry.Operation.REGISTRATION, s.id(), batch.schoolCode(), batch.caseKey(),
                    payload);
        }
        repository.markNationalSubmitted(batchId, AppClock.nowOffset());
    }

    /** The registrar withdrew the case: the applicants never obtain status and their ID numbers are free again. */
    void withdraw(long batchId, String processInstanceId) {
        RegistrationBatch batch = batch(batchId);
        for (Student s : inReview(batchId)) {
            records.apply(s.cancelAdmission(AppClock.today()), new ChangeBasis(batch.caseKey(), processInstanceId,
                    "注册申请撤回", List.of(), CurrentUser.idOrSystem()));
        }
        repository.setStatus(batchId, RegistrationBatch.Status.WITHDRAWN, null);
    }

    /** Rows for the review forms' table (ID numbers masked). */
    List<Map<String, Object>> roster(long batchId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, String> majors = new HashMap<>();
        Map<Long, String> classes = new HashMap<>();
        Map<Long, String> joint = new HashMap<>();
        for (Map<String, Object> r : repository.jointProgrammeRows(batchId)) {
            joint.put(((Number) r.get("student_id")).longValue(), r.get("joint_programme_partner") + "（"
                    + r.get("joint_programme_region") + "）");
        }
        for (Student s : inReview(batchId)) {
            Map<String, Object> row = RosterRow.of(s, majors.computeIfAbsent(s.majorCode(),
                    m -> organisationRepository.major(m).map(x -> x.name()).orElse(m)));
            row.put("className", s.classId() == null ? "" : classes.computeIfAbsent(s.classId(),
                    id -> organisationRepository.schoolClass(id).map(SchoolClass::name).orElse("")));
            row.put("intakeLevel", s.intakeLevel().label());
            row.put("duration", s.durationYears() + "年");
            // R-REG-10: a joint-programme student, with the partner school and its region
            row.put("jointProgramme", joint.getOrDefault(s.id(), ""));
            rows.add(row);
        }
        return rows;
    }
}
