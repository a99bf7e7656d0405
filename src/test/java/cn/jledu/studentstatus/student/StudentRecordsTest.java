package cn.jledu.studentstatus.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** StudentRecords on PostgreSQL: one history row per transition, optimistic storage, transfer-in, procedure locks. */
@IntegrationTest
class StudentRecordsTest {

    @Autowired
    StudentRecords records;
    @Autowired
    StudentRepository repository;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    static final List<Approval> APPROVALS = List.of(Approval.school("永吉县职业技术学校", "校长批准休学"),
            new Approval(Approval.Level.COUNTY, "永吉县教育局", "审核盖章", "yongji-bureau", LocalDate.of(2026, 3, 3)));

    @Test
    void aTransitionIsStoredOptimisticallyWithExactlyOneHistoryRow() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        LocalDate today = AppClock.today();

        StatusChange change = records.apply(s.suspend(today),
                new ChangeBasis("XX-1", "pi-1", "因病休学一年", APPROVALS, "yongji-registrar"));

        Student suspended = records.get(s.id());
        assertThat(suspended.status()).isEqualTo(StudentStatus.SUSPENDED);
        assertThat(suspended.version()).isEqualTo(s.version() + 1);
        assertThat(repository.activeByPerson(s.idNumber())).map(Student::id).contains(s.id());
        assertThat(repository.history(s.id())).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo(change.id());
            assertThat(h.kind()).isEqualTo(StatusChangeKind.SUSPENSION);
            assertThat(h.effectiveDate()).isEqualTo(today);
            assertThat(h.fromStatus()).isEqualTo(StudentStatus.ENROLLED);
            assertThat(h.toStatus()).isEqualTo(StudentStatus.SUSPENDED);
            assertThat(h.details()).isEqualTo("因病休学一年");
            assertThat(h.approvals()).isEqualTo(APPROVALS);
            assertThat(h.caseKey()).isEqualTo("XX-1");
            assertThat(h.processInstanceId()).isEqualTo("pi-1");
            assertThat(h.recordedBy()).isEqualTo("yongji-registrar");
        });
        assertThat(jdbc.sql("SELECT approvals FROM status_change WHERE id = ?").param(change.id()).query(String.class)
                .single()).contains("\"level\":\"COUNTY\"", "\"authority\":\"永吉县教育局\"", "\"on\":\"2026-03-03\"");

        // the stale record (still 在籍 at the old version) cannot be stored again: nothing written
        assertThatThrownBy(() -> records.apply(s.withdraw(today), new ChangeBasis("XX-2", null, "退学", List.of(), null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.history(s.id())).hasSize(1);
        assertThat(records.get(s.id()).status()).isEqualTo(StudentStatus.SUSPENDED);

        // a resumption into the next year group moves the placement with the status
        records.apply(suspended.resume(today, suspended.placement().withYearGroup(2026, null)),
                new ChangeBasis("XX-3", null, "复学", List.of(), null));
        Student back = records.get(s.id());
        assertThat(back.status()).isEqualTo(StudentStatus.ENROLLED);
        assertThat(back.yearGroup()).isEqualTo(2026);
        assertThat(repository.history(s.id())).extracting(StatusChange::kind)
                .containsExactly(StatusChangeKind.SUSPENSION, StatusChangeKind.RESUMPTION);
    }

    @Test
    void aTransferInCreatesTheReceivingSchoolsRecordOnce() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        LocalDate today = AppClock.today();
        records.apply(s.transferOut(today), new ChangeBasis("ZX-1", null, "转出", List.of(), null));
        Student out = records.get(s.id());
        assertThat(repository.activeByPerson(s.idNumber())).isEmpty();

        String major = organisation.classes(Demo.CITY_SCHOOL.code()).get(0).majorCode();
        StatusTransition in = out.transferIn(today, new Placement(Demo.CITY_SCHOOL.code(), major, null, s.yearGroup()),
                "Z" + s.studentNumber());
        StatusChange change = records.apply(in, new ChangeBasis("ZX-1", null, "转入", List.of(), null));

        Student received = records.get(change.studentId());
        assertThat(received.id()).isNotEqualTo(s.id());
        assertThat(received.schoolCode()).isEqualTo(Demo.CITY_SCHOOL.code());
        assertThat(received.status()).isEqualTo(StudentStatus.ENROLLED);
        assertThat(repository.activeByPerson(s.idNumber())).map(Student::id).contains(received.id());
        assertThat(records.get(s.id()).status()).isEqualTo(StudentStatus.TRANSFERRED_OUT);
        assertThat(repository.history(received.id())).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(StatusChangeKind.TRANSFER_IN);
            assertThat(h.fromStatus()).isEqualTo(StudentStatus.TRANSFERRED_OUT);
            assertThat(h.details()).contains("转入", s.studentNumber());
        });

        assertThatThrownBy(() -> records.apply(in, new ChangeBasis("ZX-1", null, "再次转入", List.of(), null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-REG-4");
                    assertThat(v.status()).isEqualTo(HttpStatus.CONFLICT);
                });
    }

    @Test
    void aRunningProcedureHoldsTheStudentUntilItIsReleased() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        LocalDate today = AppClock.today();
        records.claimProcedure(s.id(), StudentProcedure.TRANSFER, "ZX-9");
        // a second case under the same key (e.g. proposed twice) is refused like any other
        assertThatThrownBy(() -> records.claimProcedure(s.id(), StudentProcedure.TRANSFER, "ZX-9"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("ZX-9");

        assertThatThrownBy(() -> records.claimProcedure(s.id(), StudentProcedure.SUSPENSION, "XX-9"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo(StudentRecords.PROCEDURE_RULE);
                    assertThat(v.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(v.getMessage()).contains("正在办理的转学", "ZX-9");
                });
        assertThatThrownBy(() -> records.apply(s.suspend(today), new ChangeBasis("XX-9", null, "休学", List.of(), null)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("PROC-1"));
        assertThat(repository.history(s.id())).isEmpty();
        assertThat(records.runningProcedure(s.id())).map(ProcedureLock::procedure).contains(StudentProcedure.TRANSFER);

        // the case holding the student may change it
        records.apply(s.transferOut(today), new ChangeBasis("ZX-9", null, "转出", List.of(), null));
        assertThat(records.releaseProcedure("ZX-9")).isTrue();
        assertThat(records.releaseProcedure("ZX-9")).isFalse();
        assertThat(records.runningProcedure(s.id())).isEmpty();
        records.claimProcedure(s.id(), StudentProcedure.WITHDRAWAL, "TX-9");
        records.releaseProcedure("TX-9");
    }

    /**
     * The database, not a check, refuses the second claim: the first claim is not committed yet, so the second
     * one's look-up finds nothing and its insert waits on the primary key; when the first commits, the insert
     * fails and the refusal names the first case (read after a savepoint: the caller's transaction survives).
     */
    @Test
    void theDatabaseRefusesASecondClaimThatNoCheckCouldHaveSeen() throws Exception {
        Student s = fixtures.enrolled(Demo.YONGJI);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> tx.executeWithoutResult(status -> {
                records.claimProcedure(s.id(), StudentProcedure.TRANSFER, "ZX-" + s.id());
                firstClaimed.countDown();
                await(commitFirst);
            }));
            assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> tx.execute(status -> {
                try {
                    records.claimProcedure(s.id(), StudentProcedure.SUSPENSION, "XX-" + s.id());
                    return "claimed";
                } catch (RuleViolation v) {
                    // the transaction is still usable after the refused insert
                    return v.getMessage() + "|" + jdbc.sql("SELECT COUNT(*) FROM student WHERE id = ?").param(s.id())
                            .query(Integer.class).single();
                }
            }));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                    SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'
                      AND query LIKE '%INSERT INTO student_procedure_lock%'""").query(Integer.class).single() > 0);
            commitFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS)).startsWith("PROC-1：").contains("正在办理的转学", "ZX-" + s.id())
                    .endsWith("|1");
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
        assertThat(records.runningProcedure(s.id())).map(ProcedureLock::caseKey).contains("ZX-" + s.id());
        records.releaseProcedure("ZX-" + s.id());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDeathIsRecordedEvenWhileAProcedureHoldsTheStudent() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        records.claimProcedure(s.id(), StudentProcedure.SUSPENSION, "XX-10");
        records.apply(s.recordDeath(AppClock.today()), new ChangeBasis("SW-10", null, "死亡", List.of(), null));
        assertThat(records.get(s.id()).status()).isEqualTo(StudentStatus.DECEASED);
        records.releaseProcedure("XX-10");
    }

    @Test
    void newRecordsAreBornRegisteringOrImportedAsExisting() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        Student withdrawn = new Student(null, null, s.name(), s.gender(), s.birthDate(), null, s.idNumber(), null, null,
                null, null, null, Demo.YONGJI.code(), s.majorCode(), null, 2026, Season.AUTUMN, 2026, s.intakeLevel(),
                s.learningForm(), s.educationCategory(), 3, s.studentCategory(), StudentStatus.WITHDRAWN, 0);
        assertThatThrownBy(() -> records.register(withdrawn)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> records.importExisting(withdrawn)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void databaseItselfRefusesASecondActiveStatusOfOnePerson() {
        Student holder = jdbc.sql("SELECT id FROM student WHERE status = 'ENROLLED' LIMIT 1")
                .query(Long.class).optional().flatMap(repository::find).orElseThrow();
        Student copy = new Student(null, null, holder.name(), holder.gender(), holder.birthDate(), null,
                holder.idNumber(), null, null, null, null, null, Demo.YONGJI.code(), "700206", null, 2026, Season.AUTUMN,
                2026, holder.intakeLevel(), holder.learningForm(), holder.educationCategory(), 3,
                holder.studentCategory(), StudentStatus.REGISTERING, 0);
        assertThatThrownBy(() -> repository.insert(copy))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("student_active_person_uq");
        // an inactive record of the same person is allowed (e.g. a withdrawn student who enrols again later)
        Student inactive = new Student(null, null, holder.name(), holder.gender(), holder.birthDate(), null,
                holder.idNumber(), null, null, null, null, null, Demo.YONGJI.code(), "700206", null, 2026, Season.AUTUMN,
                2026, holder.intakeLevel(), holder.learningForm(), holder.educationCategory(), 3,
                holder.studentCategory(), StudentStatus.WITHDRAWN, 0);
        long id = repository.insert(inactive).id();
        jdbc.sql("DELETE FROM student WHERE id = ?").param(id).update();
    }
}
