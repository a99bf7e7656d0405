package cn.jledu.studentstatus.student;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.platform.RuleViolation;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way to create a student record, change its status and hold it for a procedure (docs/student-record.md).
 * A procedure asks the {@link Student} for a transition (which checks the rules) and hands it here: this service
 * refuses it while another procedure holds the student, stores it optimistically and writes exactly one
 * status-change row. {@link StudentRepository} only persists; its writes are not reachable from outside.
 */
@Service
public class StudentRecords {

    /** The refusal of a second running procedure for a student (not in the regulation: the system's own rule). */
    public static final String PROCEDURE_RULE = "PROC-1";

    private final StudentRepository repository;
    private final TransactionTemplate savepoint;

    StudentRecords(StudentRepository repository, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    public Student get(long studentId) {
        return repository.find(studentId).orElseThrow(() -> new NotFound("学生不存在：" + studentId));
    }

    // ---- creating records ----

    /**
     * Records a new applicant (status 注册中). The database refuses a second active status of the same person
     * (DuplicateKeyException on the active-person key): the caller maps that to R-REG-4.
     */
    @Transactional
    public Student register(Student applicant) {
        if (applicant.status() != StudentStatus.REGISTERING || applicant.id() != null) {
            throw new IllegalArgumentException("新登记的学籍记录必须处于“注册中”状态：" + applicant.status());
        }
        return repository.insert(applicant);
    }

    /**
     * Records a student who obtained the status before this system (demo data, a migration of existing records):
     * enrolled or suspended, with no status-change row, since nothing changes.
     */
    @Transactional
    public Student importExisting(Student existing) {
        if (existing.status() != StudentStatus.ENROLLED && existing.status() != StudentStatus.SUSPENDED) {
            throw new IllegalArgumentException("只能导入在籍或休学的已有学籍：" + existing.status());
        }
        return repository.insert(existing);
    }

    /** Corrects the personal and study data of a record still 注册中 (optimistic on its version); no status change. */
    @Transactional
    public void correctWhileRegistering(Student corrected) {
        repository.correctWhileRegistering(corrected);
    }

    // ---- status changes ----

    /**
     * Stores a transition and writes its one status-change row. Refused (PROC-1, 409) while another case holds the
     * student, except a death, which is a fact. A changed record is stored only if it is still in the before
     * status at the same version (else OptimisticLockingFailureException); a transfer-in inserts the receiving
     * school's record (R-REG-4, 409, if the person meanwhile holds another active status).
     */
    @Transactional
    public StatusChange apply(StatusTransition t, ChangeBasis basis) {
        Student before = t.before();
        if (t.kind() != StatusChangeKind.DEATH) {
            repository.lock(before.id()).filter(l -> !l.caseKey().equals(basis.caseKey()))
                    .ifPresent(l -> {
                        throw held(l);
                    });
        }
        OffsetDateTime now = AppClock.nowOffset();
        Student stored;
        if (t.createsRecord()) {
            Student current = get(before.id());
            if (current.status() != before.status() || current.version() != before.version()) {
                throw new OptimisticLockingFailureException("学籍记录已被他人修改，请刷新后重试（学生 " + before.id() + "）");
            }
            try {
                stored = repository.insert(t.after());
            } catch (DuplicateKeyException e) {
                throw new RuleViolation("R-REG-4", "（第五条）" + before.name() + "已持有其他有效学籍或学籍号已被使用，不能转入。",
                        HttpStatus.CONFLICT);
            }
        } else {
            stored = repository.updateStatus(t, now);
        }
        String details = basis.details() == null ? t.remark()
                : t.remark() == null ? basis.details() : basis.details() + "；" + t.remark();
        return repository.recordChange(stored.id(), t.kind(), t.effectiveDate(), t.fromStatus(), t.toStatus(), details,
                basis.approvals(), basis.caseKey(), basis.processInstanceId(),
                basis.actor() == null ? CurrentUser.idOrSystem() : basis.actor(), now);
    }

    // ---- information change (R-INF-1) ----

    /**
     * Stores an information change (信息变更, 第二十三条): the personal data of the record (optimistic on its version),
     * the active-person key in step with a new ID number, one status-change row of kind INFORMATION_CHANGE (status
     * unchanged, the before/after values in its details) and one history row per changed field. Refused (PROC-1)
     * while another case holds the student; refused with R-REG-4 (409) when another active record of the person holds
     * the new ID number — also when two changes to the same new number are approved at the same moment: the unique
     * active-person key lets only one commit.
     */
    @Transactional
    public StatusChange changeInformation(InformationChange change, ChangeBasis basis) {
        Student before = change.before();
        repository.lock(before.id()).filter(l -> !l.caseKey().equals(basis.caseKey()))
                .ifPresent(l -> {
                    throw held(l);
                });
        if (change.changesIdNumber() && before.status().active()) {
            repository.activeByPerson(change.after().idNumber()).filter(o -> !o.id().equals(before.id()))
                    .ifPresent(o -> {
                        throw duplicatePerson(change);
                    });
        }
        OffsetDateTime now = AppClock.nowOffset();
        try {
            // a savepoint: on PostgreSQL the refused update would otherwise abort the caller's whole transaction
            savepoint.executeWithoutResult(tx -> repository.updatePersonalData(change.after(), now));
        } catch (DuplicateKeyException e) {
            throw duplicatePerson(change);
        }
        String details = basis.details() == null ? change.describe() : change.describe() + "；" + basis.details();
        StatusChange row = repository.recordChange(before.id(), StatusChangeKind.INFORMATION_CHANGE,
                change.effectiveDate(), before.status(), before.status(), details, basis.approvals(), basis.caseKey(),
                basis.processInstanceId(), basis.actor() == null ? CurrentUser.idOrSystem() : basis.actor(), now);
        repository.recordInformationFields(row.id(), before.id(), change.fields());
        return row;
    }

    private RuleViolation duplicatePerson(InformationChange change) {
        return new RuleViolation("R-REG-4", "（第五条）证件号码" + change.after().idNumber().masked()
                + "已属于另一个有效学籍，一人只能有一个有效学籍，不能变更为该号码。", HttpStatus.CONFLICT);
    }

    // ---- one running procedure per student (PROC-1) ----

    /**
     * Holds the student for a case of a procedure until {@link #releaseProcedure}. The lock row's primary key on
     * the student makes the database refuse a second claim, also when two start at the same moment: the later
     * one waits for the first to commit, then is refused with PROC-1 (409), also a second case under the same case
     * key. Call it before starting the case's process, in the same transaction.
     */
    public void claimProcedure(long studentId, StudentProcedure procedure, String caseKey) {
        Optional<ProcedureLock> held = repository.lock(studentId);
        if (held.isPresent()) {
            throw held(held.get());
        }
        try {
            // a savepoint: on PostgreSQL a refused insert would otherwise abort the caller's whole transaction
            savepoint.executeWithoutResult(tx -> repository.insertLock(studentId, procedure, caseKey,
                    CurrentUser.idOrSystem(), AppClock.nowOffset()));
        } catch (DuplicateKeyException e) {
            throw repository.lock(studentId).map(this::held).orElseGet(() -> new RuleViolation(PROCEDURE_RULE,
                    "该生已有正在办理的学籍异动，办结后才能开始新的学籍异动（" + procedure.label() + "，案件 " + caseKey + "）。",
                    HttpStatus.CONFLICT));
        }
    }

    /** Lets the student go when the case ends (every end: done, refused, withdrawn, cancelled). */
    @Transactional
    public boolean releaseProcedure(String caseKey) {
        return repository.deleteLock(caseKey) > 0;
    }

    public Optional<ProcedureLock> runningProcedure(long studentId) {
        return repository.lock(studentId);
    }

    private RuleViolation held(ProcedureLock lock) {
        return new RuleViolation(PROCEDURE_RULE, "该生已有正在办理的" + lock.procedure().label() + "（案件 " + lock.caseKey()
                + "），办结后才能开始新的学籍异动。", HttpStatus.CONFLICT);
    }
}
