package cn.jledu.studentstatus.latereporting;

import static cn.jledu.studentstatus.latereporting.LateReportingContract.Vars;

import cn.jledu.studentstatus.student.Intake;
import cn.jledu.studentstatus.registration.Applicant;
import cn.jledu.studentstatus.registration.RegistrationService;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** R-REG-5: late reporting, delays of at most two weeks, and the timer that cancels the admission. */
@IntegrationTest
class LateReportingProcessTest {

    static final LocalDate REPORTING_DATE = LocalDate.of(2026, 9, 1);

    @Autowired
    ProcessEngine engine;
    @Autowired
    LateReportingService service;

    @Autowired
    LateReportingProcess process;
    @Autowired
    RegistrationService registrations;

    @Autowired
    cn.jledu.studentstatus.registration.RegistrationProcess registrationProcess;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessDriver driver;

    String idNumber;
    Admission admission;
    ProcessInstance instance;

    @BeforeEach
    void expectStudent() {
        AbstractAssertions.init(engine);
        EngineClock.set(LocalDateTime.of(2026, 9, 2, 9, 0));
        idNumber = Applicants.freshIdNumber(Gender.FEMALE, LocalDate.of(2011, 3, 15));
        admission = process.expect(Demo.NONGAN.code(), "李晓", IdType.RESIDENT_ID, idNumber, "LQ-778", REPORTING_DATE);
        instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(admission.caseKey()).singleResult();
    }

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @Test
    void studentWhoReportsInTimeKeepsTheAdmission() {
        assertThat(instance).isWaitingAt(LateReportingContract.GATEWAY_WAIT);
        process.reported(admission.caseKey());
        assertThat(instance).isEnded().hasPassed(LateReportingContract.END_REPORTED);
        Assertions.assertThat(service.find(admission.caseKey()).status()).isEqualTo(Admission.Status.REPORTED);
    }

    @Test
    void timerCancelsTheAdmissionExactlyTwoWeeksAfterTheReportingDate() {
        Job timer = driver.timer(instance);
        Assertions.assertThat(timer.getDuedate()).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 9, 16, 0, 0)));
        EngineClock.set(LocalDateTime.of(2026, 9, 15, 23, 59));
        Assertions.assertThat(driver.dueJobs(instance)).isEmpty();
        EngineClock.set(LocalDateTime.of(2026, 9, 16, 0, 0, 1));
        Assertions.assertThat(driver.dueJobs(instance)).hasSize(1);
        driver.execute(timer);

        assertThat(instance).isEnded().hasPassed(LateReportingContract.TASK_CANCEL, LateReportingContract.END_CANCELLED);
        Assertions.assertThat(service.find(admission.caseKey()).status()).isEqualTo(Admission.Status.CANCELLED);
        // the cancelled admission cannot be registered
        Applicant a = Applicants.junior("710201").idNumber(idNumber).gender(Gender.FEMALE).build();
        Assertions.assertThatThrownBy(() -> Demo.asRegistrar(Demo.NONGAN,
                        () -> registrationProcess.registerOne(Demo.NONGAN.code(), new Intake(2026, Season.AUTUMN), a)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-REG-5");
    }

    @Test
    void approvedDelayMovesTheDeadlineToTheEndOfTheApprovedDay() {
        process.requestDelay(admission.caseKey(), "住院治疗", "县医院诊断证明", LocalDate.of(2026, 9, 10));
        assertThat(instance).isWaitingAt(LateReportingContract.TASK_APPROVE);
        Assertions.assertThat(taskService.getVariable(task(instance).getId(), Vars.LATE_PROOF)).isEqualTo("县医院诊断证明");
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.APPROVE,
                Vars.DELAY_UNTIL, "2026-09-10"));

        assertThat(instance).hasPassed(LateReportingContract.TASK_RECORD_DELAY).isWaitingAt(LateReportingContract.GATEWAY_WAIT);
        Assertions.assertThat(driver.timer(instance).getDuedate()).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 9, 11, 0, 0)));
        Assertions.assertThat(service.find(admission.caseKey()).status()).isEqualTo(Admission.Status.DELAYED);
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 16, 0));
        process.reported(admission.caseKey());
        assertThat(instance).isEnded().hasPassed(LateReportingContract.END_REPORTED);
    }

    @Test
    void studentWhoDoesNotReportByTheApprovedDayLosesTheAdmission() {
        process.requestDelay(admission.caseKey(), "家庭变故", "村委会证明", null);
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.APPROVE,
                Vars.DELAY_UNTIL, "2026-09-08"));
        EngineClock.set(LocalDateTime.of(2026, 9, 9, 0, 0, 1));
        driver.execute(driver.timer(instance));
        assertThat(instance).isEnded().hasPassed(LateReportingContract.END_CANCELLED);
    }

    @Test
    void rejectedDelayKeepsTheOriginalDeadline() {
        process.requestDelay(admission.caseKey(), "想晚些来", "无", null);
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.REJECT));
        assertThat(instance).isWaitingAt(LateReportingContract.GATEWAY_WAIT).hasNotPassed(LateReportingContract.TASK_RECORD_DELAY);
        Assertions.assertThat(driver.timer(instance).getDuedate()).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 9, 16, 0, 0)));
    }

    @Test
    void delayOfMoreThanTwoWeeksIsRefused() {
        process.requestDelay(admission.caseKey(), "出国", "签证", LocalDate.of(2026, 9, 30));
        Assertions.assertThatThrownBy(() -> taskService.complete(task(instance).getId(),
                        withVariables(Vars.DECISION, LateReportingContract.APPROVE, Vars.DELAY_UNTIL, "2026-09-16")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-REG-5").hasMessageContaining("2026-09-15");
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.APPROVE,
                Vars.DELAY_UNTIL, "2026-09-15"));
        assertThat(instance).hasPassed(LateReportingContract.TASK_RECORD_DELAY);
    }

    @Test
    void delayRequestNeedsAReasonAndProof() {
        Assertions.assertThatThrownBy(() -> process.requestDelay(admission.caseKey(), "生病", " ", null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("证明材料");
        assertThat(instance).isWaitingAt(LateReportingContract.GATEWAY_WAIT);
    }
}
