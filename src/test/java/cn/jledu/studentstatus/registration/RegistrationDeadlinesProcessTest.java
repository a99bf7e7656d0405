package cn.jledu.studentstatus.registration;

import static cn.jledu.studentstatus.registration.RegistrationContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.student.Intake;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R-REG-6 and R-MON-2: the intake deadline binds the whole case (resubmission within the province's grace, late
 * approval with a reason after it), and every bureau review is due at the end of the month the case reached it,
 * with a reminder and an escalation to the bureau above.
 */
@IntegrationTest
class RegistrationDeadlinesProcessTest {

    static final Intake AUTUMN_2026 = new Intake(2026, Season.AUTUMN);
    static final String NONGAN_AFFAIRS = GroupIds.school(Demo.NONGAN.code(), SchoolRole.STUDENT_AFFAIRS);
    static final String NONGAN_PRINCIPAL = GroupIds.school(Demo.NONGAN.code(), SchoolRole.PRINCIPAL);
    static final String COUNTY = GroupIds.bureauReviewer("220122");
    static final String CITY = GroupIds.bureauReviewer("220100");
    static final String PROVINCE = GroupIds.bureauReviewer("220000");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RegistrationProcess registrationProcess;
    @Autowired
    RegistrationService registrations;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void tearDown() {
        EngineClock.reset();
    }

    @Test
    void bureauReviewIsDueAtTheEndOfTheMonthWithAReminderAndAnEscalationR_MON_2() {
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 9, 0));
        RegistrationService.Submission s = submit(Demo.NONGAN);
        ProcessInstance instance = instance(s);
        approve(instance, RegistrationContract.TASK_AFFAIRS, NONGAN_AFFAIRS);
        approve(instance, RegistrationContract.TASK_PRINCIPAL, NONGAN_PRINCIPAL);

        Task county = driver.task(instance, RegistrationContract.TASK_COUNTY);
        Assertions.assertThat(county.getDueDate()).isEqualTo(EngineClock.endOf(LocalDate.of(2026, 9, 30)));
        // reminder: the beginning of the third-last working day of September (28, 29, 30 September)
        Assertions.assertThat(driver.timer(instance, RegistrationContract.TIMER_COUNTY_REMINDER).getDuedate())
                .isEqualTo(EngineClock.at(LocalDateTime.of(2026, 9, 28, 0, 0)));
        driver.fireTimer(driver.timer(instance, RegistrationContract.TIMER_COUNTY_REMINDER));
        assertThat(instance).hasPassed(RegistrationContract.TASK_REMIND).isWaitingAt(RegistrationContract.TASK_COUNTY);

        driver.fireTimer(driver.timer(instance, RegistrationContract.TIMER_COUNTY_OVERDUE));
        // the county's overdue check goes to the city, the bureau above it
        Task supervise = driver.task(instance, RegistrationContract.TASK_SUPERVISE_COUNTY);
        Assertions.assertThat(tasks.getIdentityLinksForTask(supervise.getId()))
                .extracting(l -> l.getGroupId()).containsExactly(CITY);
        Assertions.assertThatThrownBy(() -> tasks.complete(supervise.getId(), withVariables(Vars.SUPERVISION_NOTE, " ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("督办情况");
        tasks.complete(supervise.getId(), withVariables(Vars.SUPERVISION_NOTE, "已电话督促县教育局当日完成"));

        // the case reaches the city in October: due at the end of October, overdue goes to the province
        EngineClock.set(LocalDateTime.of(2026, 10, 12, 9, 0));
        approve(instance, RegistrationContract.TASK_COUNTY, COUNTY);
        Assertions.assertThat(driver.task(instance, RegistrationContract.TASK_BUREAU).getDueDate())
                .isEqualTo(EngineClock.endOf(LocalDate.of(2026, 10, 31)));
        driver.fireTimer(driver.timer(instance, RegistrationContract.TIMER_BUREAU_OVERDUE));
        driver.complete(instance, RegistrationContract.TASK_SUPERVISE_BUREAU, PROVINCE,
                withVariables(Vars.SUPERVISION_NOTE, "已督办"));
        approve(instance, RegistrationContract.TASK_BUREAU, CITY);
        assertThat(instance).isEnded().hasPassed(RegistrationContract.END_REGISTERED,
                RegistrationContract.TASK_SUPERVISE_COUNTY, RegistrationContract.TASK_SUPERVISE_BUREAU);
    }

    @Test
    void returnedCaseIsResubmittedWithinTheGraceAfterTheDeadlineR_REG_6() {
        EngineClock.set(LocalDateTime.of(2026, 11, 18, 9, 0));
        ProcessInstance instance = instance(submit(Demo.NONGAN));
        driver.complete(instance, RegistrationContract.TASK_AFFAIRS, NONGAN_AFFAIRS,
                withVariables(Vars.DECISION, RegistrationContract.RETURN, Vars.RETURN_REASON, "出生日期有误"));
        // 20 November (Friday) + 5 working days = 27 November: the last day of the grace
        EngineClock.set(LocalDateTime.of(2026, 11, 27, 16, 0));
        driver.complete(instance, RegistrationContract.TASK_CORRECT, GroupIds.school(Demo.NONGAN.code(), SchoolRole.REGISTRAR),
                withVariables(Vars.CORRECTION_ACTION, RegistrationContract.RESUBMIT));
        assertThat(instance).isWaitingAt(RegistrationContract.TASK_AFFAIRS);
    }

    @Test
    void returnedCaseResubmittedAfterTheGraceIsRefusedR_REG_6() {
        EngineClock.set(LocalDateTime.of(2026, 11, 18, 9, 0));
        ProcessInstance instance = instance(submit(Demo.NONGAN));
        driver.complete(instance, RegistrationContract.TASK_AFFAIRS, NONGAN_AFFAIRS,
                withVariables(Vars.DECISION, RegistrationContract.RETURN, Vars.RETURN_REASON, "出生日期有误"));
        EngineClock.set(LocalDateTime.of(2026, 11, 30, 9, 0));
        Task correct = driver.task(instance, RegistrationContract.TASK_CORRECT);
        Assertions.assertThatThrownBy(() -> tasks.complete(correct.getId(),
                        withVariables(Vars.CORRECTION_ACTION, RegistrationContract.RESUBMIT)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-REG-6").hasMessageContaining("2026-11-27");
        tasks.complete(correct.getId(), withVariables(Vars.CORRECTION_ACTION, RegistrationContract.WITHDRAW));
        assertThat(instance).isEnded().hasPassed(RegistrationContract.END_WITHDRAWN);
    }

    @Test
    void approvalAfterTheGraceNeedsAnExplicitLateApprovalWithAReasonR_REG_6() {
        EngineClock.set(LocalDateTime.of(2026, 11, 18, 9, 0));
        RegistrationService.Submission s = submit(Demo.NONGAN);
        ProcessInstance instance = instance(s);
        approve(instance, RegistrationContract.TASK_AFFAIRS, NONGAN_AFFAIRS);
        approve(instance, RegistrationContract.TASK_PRINCIPAL, NONGAN_PRINCIPAL);
        // within the grace the county approves without more
        EngineClock.set(LocalDateTime.of(2026, 11, 27, 16, 0));
        approve(instance, RegistrationContract.TASK_COUNTY, COUNTY);
        EngineClock.set(LocalDateTime.of(2026, 11, 30, 9, 0));
        Task bureau = driver.task(instance, RegistrationContract.TASK_BUREAU);
        Assertions.assertThatThrownBy(() -> tasks.complete(bureau.getId(),
                        withVariables(Vars.DECISION, RegistrationContract.APPROVE)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-REG-6").hasMessageContaining("逾期批准");
        Assertions.assertThatThrownBy(() -> tasks.complete(bureau.getId(), withVariables(Vars.DECISION,
                        RegistrationContract.APPROVE, Vars.LATE_APPROVAL, true, Vars.LATE_APPROVAL_REASON, " ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-REG-6");
        tasks.complete(bureau.getId(), withVariables(Vars.DECISION, RegistrationContract.APPROVE, Vars.LATE_APPROVAL, true,
                Vars.LATE_APPROVAL_REASON, "县级核查按期完成，市局审核因系统故障延误"));
        assertThat(instance).isEnded().hasPassed(RegistrationContract.END_REGISTERED);
        Assertions.assertThat(jdbc.sql("SELECT late_approval_reason FROM registration_batch WHERE id = ?")
                .param(s.batchId()).query(String.class).single()).isEqualTo("县级核查按期完成，市局审核因系统故障延误");
    }

    private RegistrationService.Submission submit(DemoSchool school) {
        List<Applicant> applicants = List.of(Applicants.junior(school.majors().get(0)).row(2).name("期限学生").build());
        RegistrationService.Submission s = Demo.asRegistrar(school,
                () -> registrationProcess.submit(school.code(), AUTUMN_2026, applicants, "TEST", null, null, false));
        Assertions.assertThat(s.problems()).isEmpty();
        return s;
    }

    private ProcessInstance instance(RegistrationService.Submission s) {
        return runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId()).singleResult();
    }

    private void approve(ProcessInstance instance, String taskKey, String group) {
        driver.complete(instance, taskKey, group, withVariables(Vars.DECISION, RegistrationContract.APPROVE));
    }
}
