package cn.jledu.studentstatus.graduation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.graduation.GraduationContract.Vars;
import cn.jledu.studentstatus.graduation.GraduationFixtures.Profile;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 §6, R-MON-2: the national system failing while a graduation is submitted to it. The asynchronous step
 * that changes the statuses and sends to the port ({@code Task_CompleteGraduation}) is retried with back-off
 * ({@code R3/PT10M}), then becomes an incident (Cockpit); after the fix, Cockpit's retry completes it, and nothing
 * is lost or doubled. The failure is the outbox adapter's own table refusing every insert (a trigger), so the
 * application code runs unchanged.
 */
@IntegrationTest
class NationalSystemFailureTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    GraduationProcess graduations;
    @Autowired
    StudentRepository students;
    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    OutboxNationalRegistry outbox;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void tearDown() {
        systemBackUp();
        EngineClock.reset();
    }

    void systemDown() {
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION national_system_down() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION '全国系统不可用（测试）'; END $$ LANGUAGE plpgsql""");
        jdbc.execute("DROP TRIGGER IF EXISTS national_system_down ON national_outbox");
        jdbc.execute("CREATE TRIGGER national_system_down BEFORE INSERT ON national_outbox FOR EACH ROW "
                + "EXECUTE FUNCTION national_system_down()");
    }

    void systemBackUp() {
        jdbc.execute("DROP TRIGGER IF EXISTS national_system_down ON national_outbox");
        jdbc.execute("DROP FUNCTION IF EXISTS national_system_down()");
    }

    @Test
    void aFailingNationalSystemIsRetriedWithBackOffThenAnIncidentWhoseRetryAfterTheFixCompletesIt_R_MON_2() {
        EngineClock.set("2029-06-10T09:00");
        DemoSchool school = Demo.YANJI;
        String major = organisation.classes(school.code()).get(0).majorCode();
        List<Long> graduates = new GraduationFixtures(jdbc).insert(school.code(), major, 2026, "FULL_TIME", 3,
                Profile.ELIGIBLE);
        ProcessInstance instance = graduations.submit(school.code(), new GraduationService.Submission(
                GraduationTerms.withoutCredits(2029), LocalDate.of(2029, 7, 1), LocalDate.of(2029, 7, 15), graduates,
                Set.of(), List.of()));
        driver.complete(instance, GraduationContract.TASK_REVIEW_LIST, GroupIds.bureauReviewer(school.bureau()),
                withVariables(Vars.LIST_DECISION, GraduationContract.APPROVE));
        driver.runSingleAsync(instance);
        driver.complete(instance, GraduationContract.TASK_SUBMIT, GroupIds.school(school.code(), SchoolRole.REGISTRAR),
                withVariables(Vars.PRINTED, true));
        driver.complete(instance, GraduationContract.TASK_STAMP, GroupIds.bureauReviewer("222400"),
                withVariables(Vars.STAMP_DECISION, GraduationContract.STAMPED, Vars.TEMPLATE_IMPORTED, true,
                        Vars.SHEET_COPY_KEPT, true));
        assertThat(instance).isWaitingAt(GraduationContract.TASK_COMPLETE);

        systemDown();
        for (int attempt = 1; attempt <= 3; attempt++) {
            Job job = job(instance);
            Assertions.assertThatThrownBy(() -> management.executeJob(job.getId()))
                    .as("attempt %d reaches the national system and fails", attempt);
            Job after = job(instance);
            Assertions.assertThat(after.getRetries()).as("retries left after attempt %d", attempt).isEqualTo(3 - attempt);
            // nothing half-applied: the statuses changed in the same transaction are rolled back with the submission
            Assertions.assertThat(graduates).allMatch(id -> students.find(id).orElseThrow().status() == StudentStatus.ENROLLED);
            Assertions.assertThat(graduates).allMatch(id -> outbox.forStudent(id).isEmpty());
            if (attempt < 3) {
                // back-off: the next attempt is due ten minutes later, and no incident yet
                Assertions.assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), after.getDuedate().toInstant()))
                        .isEqualTo(Duration.ofMinutes(10));
                Assertions.assertThat(incidents(instance)).isEmpty();
                EngineClock.set(after.getDuedate());
            }
        }
        // retries used up: an incident on the step, shown in Cockpit with the adapter's message
        Assertions.assertThat(incidents(instance)).singleElement().satisfies(i -> {
            Assertions.assertThat(i.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
            Assertions.assertThat(i.getActivityId()).isEqualTo(GraduationContract.TASK_COMPLETE);
        });
        Assertions.assertThat(management.getJobExceptionStacktrace(job(instance).getId()))
                .as("the stack trace in Cockpit names the national system's failure").contains("全国系统不可用");
        assertThat(instance).isWaitingAt(GraduationContract.TASK_COMPLETE);

        // the national system is back; the administrator retries the incident in Cockpit (sets the retries to 1)
        systemBackUp();
        Job failed = job(instance);
        management.setJobRetries(failed.getId(), 1);
        management.executeJob(failed.getId());

        assertThat(instance).isEnded().hasPassed(GraduationContract.TASK_COMPLETE, GraduationContract.END_GRADUATED);
        Assertions.assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        Assertions.assertThat(graduates).allMatch(id -> students.find(id).orElseThrow().status() == StudentStatus.GRADUATED);
        // nothing lost, nothing doubled: one submission per graduate
        for (Long id : graduates) {
            Assertions.assertThat(outbox.forStudent(id)).singleElement()
                    .satisfies(e -> Assertions.assertThat(e.payload()).contains("异动类别=毕业"));
        }
        // and the database keeps it so when two attempts race (V91): a second row for the same submission is refused
        OutboxNationalRegistry.Entry first = outbox.forStudent(graduates.get(0)).get(0);
        Assertions.assertThatThrownBy(() -> jdbc.update("""
                        INSERT INTO national_outbox (operation, student_id, school_code, case_key, payload, created_at)
                        VALUES (?, ?, ?, ?, 'x', now())""", first.operation(), first.studentId(), first.schoolCode(),
                        first.caseKey()))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    Job job(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).activityId(GraduationContract.TASK_COMPLETE)
                .singleResult();
    }

    List<Incident> incidents(ProcessInstance instance) {
        return runtime.createIncidentQuery().processInstanceId(instance.getId()).list();
    }
}
