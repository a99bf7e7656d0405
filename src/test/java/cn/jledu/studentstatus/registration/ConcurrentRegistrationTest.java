package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** R-REG-4 across schools under concurrency: the database constraint lets exactly one registration through. */
@IntegrationTest
class ConcurrentRegistrationTest {

    @Autowired
    RegistrationService registrations;


    @Autowired

    cn.jledu.studentstatus.registration.RegistrationProcess registrationProcess;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clock() {
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 9, 0));
    }

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @RepeatedTest(3)
    void sameIdNumberFromTwoSchoolsAtOnceRegistersExactlyOnce() throws Exception {
        String id = Applicants.freshIdNumber(cn.jledu.studentstatus.student.Gender.FEMALE, java.time.LocalDate.of(2011, 3, 15));
        Intake intake = new Intake(2026, Season.AUTUMN);
        Applicant atNongan = Applicants.junior("710201").idNumber(id).gender(cn.jledu.studentstatus.student.Gender.FEMALE).build();
        Applicant atYongji = Applicants.junior("700206").idNumber(id).gender(cn.jledu.studentstatus.student.Gender.FEMALE).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<RegistrationService.Submission>> results = new ArrayList<>();
        try {
            results.add(pool.submit(() -> {
                start.await();
                return CurrentUser.callAs(Demo.staff(Demo.NONGAN, SchoolRole.REGISTRAR),
                        () -> registrationProcess.registerOne(Demo.NONGAN.code(), intake, atNongan));
            }));
            results.add(pool.submit(() -> {
                start.await();
                return CurrentUser.callAs(Demo.staff(Demo.YONGJI, SchoolRole.REGISTRAR),
                        () -> registrationProcess.registerOne(Demo.YONGJI.code(), intake, atYongji));
            }));
            start.countDown();
            int ok = 0;
            List<Throwable> failures = new ArrayList<>();
            for (Future<RegistrationService.Submission> f : results) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                    ok++;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(ok).isEqualTo(1);
            assertThat(failures).singleElement().isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.ruleId()).isEqualTo("R-REG-4"));
        } finally {
            pool.shutdownNow();
        }
        // nothing half-written: one student row, one registration, one batch, one process instance
        assertThat(jdbc.sql("SELECT COUNT(*) FROM student WHERE id_number = ?").param(id).query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM registration r JOIN student s ON s.id = r.student_id WHERE s.id_number = ?""")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM registration_batch b WHERE NOT EXISTS (SELECT 1 FROM registration r WHERE r.batch_id = b.id)""")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM act_ru_execution e JOIN registration_batch b ON b.process_instance_id = e.proc_inst_id_
                JOIN registration r ON r.batch_id = b.id JOIN student s ON s.id = r.student_id
                WHERE s.id_number = ? AND e.parent_id_ IS NULL""").param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM act_ru_execution WHERE parent_id_ IS NULL AND business_key_ LIKE 'REG-%' "
                + "AND business_key_ NOT IN (SELECT case_key FROM registration_batch)").query(Integer.class).single()).isZero();
    }
}
