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
    void approvedDelayWithinTwoWeeksKeepsTheTwoWeekDeadlineR_REG_5() {
        process.requestDelay(admission.caseKey(), "住院治疗", "县医院诊断证明", LocalDate.of(2026, 9, 10));
        assertThat(instance).isWaitingAt(LateReportingContract.TASK_APPROVE);
        Assertions.assertThat(taskService.getVariable(task(instance).getId(), Vars.LATE_PROOF)).isEqualTo("县医院诊断证明");
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.APPROVE,
                Vars.DELAY_UNTIL, "2026-09-10"));

        assertThat(instance).hasPassed(LateReportingContract.TASK_RECORD_DELAY).isWaitingAt(LateReportingContract.GATEWAY_WAIT);
        // before this change the timer moved to the end of 10 September: asking cost the student five days
        Assertions.assertThat(driver.timer(instance).getDuedate()).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 9, 16, 0, 0)));
        Assertions.assertThat(service.find(admission.caseKey()).status()).isEqualTo(Admission.Status.DELAYED);
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 16, 0));
        process.reported(admission.caseKey());
        assertThat(instance).isEnded().hasPassed(LateReportingContract.END_REPORTED);
    }

    @Test
    void approvedDelayShorterThanTwoWeeksNeverShortensTheGraceR_REG_5() {
        // R-REG-5: asking for a delay never costs time: an approval to 8 September keeps the two weeks (15 September)
        process.requestDelay(admission.caseKey(), "家庭变故", "村委会证明", null);
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.APPROVE,
                Vars.DELAY_UNTIL, "2026-09-08"));
        assertThat(instance).hasPassed(LateReportingContract.TASK_RECORD_DELAY).isWaitingAt(LateReportingContract.GATEWAY_WAIT);
        Assertions.assertThat(driver.timer(instance).getDuedate()).isEqualTo(EngineClock.endOf(LocalDate.of(2026, 9, 15)));
        Assertions.assertThat(service.find(admission.caseKey()).lastReportingDay()).isEqualTo(LocalDate.of(2026, 9, 15));
        EngineClock.set(LocalDateTime.of(2026, 9, 9, 0, 0, 1));
        Assertions.assertThat(driver.dueJobs(instance)).isEmpty();
        EngineClock.set(LocalDateTime.of(2026, 9, 15, 17, 0));
        process.reported(admission.caseKey());
        assertThat(instance).isEnded().hasPassed(LateReportingContract.END_REPORTED);
    }

    @Test
    void studentWhoDoesNotReportByTheEndOfTheGraceAfterAnApprovedDelayLosesTheAdmission() {
        process.requestDelay(admission.caseKey(), "家庭变故", "村委会证明", null);
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.APPROVE,
                Vars.DELAY_UNTIL, "2026-09-12"));
        EngineClock.set(LocalDateTime.of(2026, 9, 16, 0, 0, 1));
        driver.execute(driver.timer(instance));
        assertThat(instance).isEnded().hasPassed(LateReportingContract.END_CANCELLED);
    }

    @Test
    void rejectedDelayKeepsTheOriginalDeadline() {
        process.requestDelay(admission.caseKey(), "想晚些来", "无", null);
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.REJECT));
        assertThat(instance).hasPassed(LateReportingContract.TASK_RECORD_REFUSAL)
                .isWaitingAt(LateReportingContract.GATEWAY_WAIT).hasNotPassed(LateReportingContract.TASK_RECORD_DELAY);
        Assertions.assertThat(driver.timer(instance).getDuedate()).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 9, 16, 0, 0)));
    }

    @Test
    void delayBeyondTwoWeeksWithoutAnExceptionalReasonIsRefusedR_REG_5() {
        process.requestDelay(admission.caseKey(), "出国", "签证", LocalDate.of(2026, 9, 30));
        Assertions.assertThatThrownBy(() -> taskService.complete(task(instance).getId(),
                        withVariables(Vars.DECISION, LateReportingContract.APPROVE, Vars.DELAY_UNTIL, "2026-09-16")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-REG-5").hasMessageContaining("2026-09-15")
                .hasMessageContaining("校长");
        assertThat(instance).isWaitingAt(LateReportingContract.TASK_APPROVE);
        // the boundary: two weeks exactly needs neither a reason nor the principal
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.APPROVE,
                Vars.DELAY_UNTIL, "2026-09-15"));
        assertThat(instance).hasPassed(LateReportingContract.TASK_RECORD_DELAY)
                .hasNotPassed(LateReportingContract.TASK_APPROVE_LONGER);
    }

    @Test
    void exceptionalDelayBeyondTwoWeeksApprovedByThePrincipalMovesTheDeadlineR_REG_5() {
        process.requestDelay(admission.caseKey(), "车祸住院", "市医院诊断证明", LocalDate.of(2026, 9, 30));
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.APPROVE,
                Vars.DELAY_UNTIL, "2026-09-30", Vars.EXCEPTIONAL_REASON, "骨折，医嘱卧床四周"));
        assertThat(instance).isWaitingAt(LateReportingContract.TASK_APPROVE_LONGER)
                .hasNotPassed(LateReportingContract.TASK_RECORD_DELAY);
        driver.complete(instance, LateReportingContract.TASK_APPROVE_LONGER,
                "school-" + Demo.NONGAN.code() + "-principal",
                withVariables(Vars.PRINCIPAL_DECISION, LateReportingContract.APPROVE));
        assertThat(instance).hasPassed(LateReportingContract.TASK_RECORD_DELAY).isWaitingAt(LateReportingContract.GATEWAY_WAIT);
        Assertions.assertThat(driver.timer(instance).getDuedate()).isEqualTo(EngineClock.endOf(LocalDate.of(2026, 9, 30)));
        EngineClock.set(LocalDateTime.of(2026, 9, 20, 0, 0));
        Assertions.assertThat(driver.dueJobs(instance)).isEmpty();
        EngineClock.set(LocalDateTime.of(2026, 10, 1, 0, 0, 1));
        driver.execute(driver.timer(instance));
        assertThat(instance).isEnded().hasPassed(LateReportingContract.END_CANCELLED);
    }

    @Test
    void exceptionalDelayRefusedByThePrincipalKeepsTheTwoWeeksR_REG_5() {
        process.requestDelay(admission.caseKey(), "出国探亲", "机票", LocalDate.of(2026, 9, 30));
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.APPROVE,
                Vars.DELAY_UNTIL, "2026-09-30", Vars.EXCEPTIONAL_REASON, "家人在国外"));
        taskService.complete(driver.task(instance, LateReportingContract.TASK_APPROVE_LONGER).getId(),
                withVariables(Vars.PRINCIPAL_DECISION, LateReportingContract.REJECT, Vars.PRINCIPAL_NOTE, "理由不充分"));
        assertThat(instance).hasPassed(LateReportingContract.TASK_RECORD_REFUSAL)
                .isWaitingAt(LateReportingContract.GATEWAY_WAIT).hasNotPassed(LateReportingContract.TASK_RECORD_DELAY);
        Assertions.assertThat(driver.timer(instance).getDuedate()).isEqualTo(EngineClock.endOf(LocalDate.of(2026, 9, 15)));
    }

    @Test
    void arrivalWhileTheRequestAwaitsTheDecisionIsRecordedR_REG_5() {
        process.requestDelay(admission.caseKey(), "生病", "诊断证明", LocalDate.of(2026, 9, 12));
        assertThat(instance).isWaitingAt(LateReportingContract.TASK_APPROVE);
        process.reported(admission.caseKey());
        assertThat(instance).isEnded().hasPassed(LateReportingContract.EVENT_REPORTED_DURING_DECISION,
                LateReportingContract.END_REPORTED);
        Assertions.assertThat(service.find(admission.caseKey()).status()).isEqualTo(Admission.Status.REPORTED);
    }

    @Test
    void arrivalWhileThePrincipalDecidesIsRecordedR_REG_5() {
        process.requestDelay(admission.caseKey(), "生病", "诊断证明", LocalDate.of(2026, 9, 25));
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.APPROVE,
                Vars.DELAY_UNTIL, "2026-09-25", Vars.EXCEPTIONAL_REASON, "住院"));
        process.reported(admission.caseKey());
        assertThat(instance).isEnded().hasPassed(LateReportingContract.EVENT_REPORTED_DURING_PRINCIPAL,
                LateReportingContract.END_REPORTED);
    }

    @Test
    void refusalDecidedAfterTheGraceLeavesOneMoreWorkingDayR_REG_5() {
        process.requestDelay(admission.caseKey(), "生病", "诊断证明", LocalDate.of(2026, 9, 20));
        // the grace ends with 15 September while the request waits: nothing is cancelled before the decision
        EngineClock.set(LocalDateTime.of(2026, 9, 17, 10, 0));
        Assertions.assertThat(driver.dueJobs(instance)).isEmpty();
        assertThat(instance).isWaitingAt(LateReportingContract.TASK_APPROVE);
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.REJECT,
                Vars.DECISION_NOTE, "证明不足"));
        // refused on Thursday 17 September: the student may still report on Friday 18 September
        assertThat(instance).isWaitingAt(LateReportingContract.GATEWAY_WAIT_AFTER_REFUSAL);
        Assertions.assertThat(driver.timer(instance).getDuedate()).isEqualTo(EngineClock.endOf(LocalDate.of(2026, 9, 18)));
        Assertions.assertThat(service.find(admission.caseKey()).status()).isEqualTo(Admission.Status.EXPECTED);
        EngineClock.set(LocalDateTime.of(2026, 9, 18, 15, 0));
        process.reported(admission.caseKey());
        assertThat(instance).isEnded().hasPassed(LateReportingContract.EVENT_REPORTED_AFTER_REFUSAL,
                LateReportingContract.END_REPORTED).hasNotPassed(LateReportingContract.TASK_CANCEL);
    }

    @Test
    void studentWhoDoesNotReportOnTheDayAfterALateRefusalLosesTheAdmissionR_REG_5() {
        process.requestDelay(admission.caseKey(), "生病", "诊断证明", null);
        // refused on Friday 18 September; the next working day is Sunday 20 September (国庆节调休上班)
        EngineClock.set(LocalDateTime.of(2026, 9, 18, 10, 0));
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, LateReportingContract.REJECT));
        Assertions.assertThat(driver.timer(instance).getDuedate()).isEqualTo(EngineClock.endOf(LocalDate.of(2026, 9, 20)));
        EngineClock.set(LocalDateTime.of(2026, 9, 20, 23, 59));
        Assertions.assertThat(driver.dueJobs(instance)).isEmpty();
        EngineClock.set(LocalDateTime.of(2026, 9, 21, 0, 0, 1));
        driver.execute(driver.timer(instance));
        assertThat(instance).isEnded().hasPassed(LateReportingContract.TIMER_AFTER_REFUSAL,
                LateReportingContract.END_CANCELLED);
        Assertions.assertThat(service.find(admission.caseKey()).status()).isEqualTo(Admission.Status.CANCELLED);
    }

    @Test
    void caseKeyCarriesNoIdNumber() {
        Assertions.assertThat(admission.caseKey()).startsWith("ADM-" + Demo.NONGAN.code() + "-")
                .doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
    }

    @Test
    void delayRequestNeedsAReasonAndProof() {
        Assertions.assertThatThrownBy(() -> process.requestDelay(admission.caseKey(), "生病", " ", null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("证明材料");
        assertThat(instance).isWaitingAt(LateReportingContract.GATEWAY_WAIT);
    }
}
