package cn.jledu.studentstatus.registrationfiling;

import static cn.jledu.studentstatus.registrationfiling.RegistrationFilingContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jledu.studentstatus.calendar.WorkingDayCalendar;
import cn.jledu.studentstatus.organisation.BureauLevel;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.registration.Applicant;
import cn.jledu.studentstatus.registration.RegistrationProcess;
import cn.jledu.studentstatus.registration.RegistrationService;
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
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake deadlines (R-REG-6) and the filing that starts from them (R-REG-11), in processes/registration-filing.bpmn:
 * the season's timer opens one deadline case per open school once; the school's registrar and its supervising
 * bureau are reminded on the right working day; at the deadline the school's filing case starts, exactly once; a
 * closed school (R-MON-5) gets neither.
 */
@IntegrationTest
class IntakeDeadlineProcessTest {

    static final Intake AUTUMN_2026 = new Intake(2026, Season.AUTUMN);
    /** Closed before the season opens. */
    static final String CLOSED_SCHOOL = "2201229901";
    /** Closed after its deadline case opened. */
    static final String CLOSING_SCHOOL = "2201229902";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RegistrationFilingProcess process;
    @Autowired
    RegistrationFilingService service;
    @Autowired
    RegistrationProcess registrationProcess;
    @Autowired
    ProcessDriver driver;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        if (organisation.school(CLOSED_SCHOOL).isEmpty()) {
            organisation.insertSchool(new School(CLOSED_SCHOOL, "农安县已撤销职业学校", BureauLevel.COUNTY, "220122", true));
            jdbc.sql("UPDATE school SET active = FALSE, closed_on = DATE '2025-12-31' WHERE code = ?")
                    .param(CLOSED_SCHOOL).update();
        }
        if (organisation.school(CLOSING_SCHOOL).isEmpty()) {
            organisation.insertSchool(new School(CLOSING_SCHOOL, "农安县待撤销职业学校", BureauLevel.COUNTY, "220122", true));
        }
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void seasonTimerOpensOneDeadlineCasePerOpenSchoolOnce_R_REG_6() {
        EngineClock.set("2026-03-01T01:00");
        Job start = management.createJobQuery().processDefinitionKey(RegistrationFilingContract.PROCESS_KEY).timers()
                .activityId(RegistrationFilingContract.START_INTAKE_SEASON).singleResult();
        Assertions.assertThat(start).as("the season's timer start event").isNotNull();
        driver.execute(start);

        List<String> open = jdbc.sql("SELECT code FROM school WHERE active AND closed_on IS NULL").query(String.class)
                .list();
        List<ProcessInstance> cases = runtime.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationFilingContract.PROCESS_KEY).processInstanceBusinessKeyLike("DDL-%-2026S")
                .list();
        Assertions.assertThat(cases).extracting(ProcessInstance::getBusinessKey).as("one case per open school")
                .containsExactlyInAnyOrderElementsOf(open.stream().map(s -> "DDL-" + s + "-2026S").toList())
                .doesNotContain("DDL-" + CLOSED_SCHOOL + "-2026S");
        cases.forEach(c -> assertThat(c).isWaitingAt(RegistrationFilingContract.TIMER_INTAKE_REMINDER,
                RegistrationFilingContract.TIMER_INTAKE_DEADLINE));

        Intake spring = new Intake(2026, Season.SPRING);
        Assertions.assertThat(process.openIntake(spring)).as("idempotent").isEmpty();
        Assertions.assertThatThrownBy(() -> process.openSchoolIntake(Demo.YONGJI.code(), spring))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已经开启")
                .extracting(e -> ((RuleViolation) e).ruleId()).isEqualTo("R-REG-6");
        Assertions.assertThatThrownBy(() -> process.openSchoolIntake(CLOSED_SCHOOL, spring))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).ruleId()).isEqualTo("R-MON-5");

        Job next = management.createJobQuery().processDefinitionKey(RegistrationFilingContract.PROCESS_KEY).timers()
                .activityId(RegistrationFilingContract.START_INTAKE_SEASON).singleResult();
        Assertions.assertThat(next.getDuedate()).as("next: the autumn intake")
                .isEqualTo(EngineClock.at(LocalDateTime.of(2026, 10, 1, 1, 0)));
    }

    @Test
    void reminderOnTheFifthWorkingDayBeforeTheDeadlineThenTheFilingCaseStartsAtTheDeadlineOnce_R_REG_6_R_REG_11() {
        EngineClock.set("2026-09-10T09:00");
        String school = Demo.NONGAN.code();
        String major = Demo.NONGAN.majors().get(0);
        List<Applicant> applicants = IntStream.rangeClosed(1, 2)
                .mapToObj(i -> Applicants.junior(major).row(i + 1).name("截止生" + "甲乙".charAt(i - 1)).build()).toList();
        RegistrationService.Submission s = Demo.asRegistrar(Demo.NONGAN,
                () -> registrationProcess.submit(school, AUTUMN_2026, applicants, "TEST", null, null, false));
        Assertions.assertThat(s.registered()).isEqualTo(2);

        ProcessInstance instance = process.openSchoolIntake(school, AUTUMN_2026);
        // 2026-11-20 is a Friday: five working days before it is Friday 13 November, at the start of the day
        Job reminder = driver.timer(instance, RegistrationFilingContract.TIMER_INTAKE_REMINDER);
        LocalDate reminderDay = LocalDate.of(2026, 11, 13);
        Assertions.assertThat(calendar.countWorkingDays(reminderDay, AUTUMN_2026.closes(), school)).isEqualTo(5);
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(EngineClock.at(reminderDay.atTime(8, 0)));
        Assertions.assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();

        driver.fireTimer(reminder);
        Task toSchool = driver.task(instance, RegistrationFilingContract.TASK_REMIND_SCHOOL);
        Assertions.assertThat(toSchool.getName()).contains(Demo.NONGAN.name(), "2026年秋季", "2026-11-20");
        Assertions.assertThat(toSchool.getDueDate()).isEqualTo(EngineClock.endOf(AUTUMN_2026.closes()));
        Task toBureau = driver.task(instance, RegistrationFilingContract.TASK_REMIND_BUREAU);
        Assertions.assertThat(toBureau.getName()).contains("督促按期注册", Demo.NONGAN.name(), "2026-11-20");
        Assertions.assertThat(tasks.getIdentityLinksForTask(toBureau.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(GroupIds.bureauReviewer("220122"));
        Assertions.assertThatThrownBy(() -> driver.complete(instance, RegistrationFilingContract.TASK_REMIND_SCHOOL,
                        GroupIds.school(school, SchoolRole.REGISTRAR), Map.of()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("已阅知");
        driver.complete(instance, RegistrationFilingContract.TASK_REMIND_SCHOOL,
                GroupIds.school(school, SchoolRole.REGISTRAR), Map.of(Vars.ACKNOWLEDGED, true));

        // at 00:00 after the last day of registration the filing case starts; the unread bureau reminder lapses
        Job deadline = driver.timer(instance, RegistrationFilingContract.TIMER_INTAKE_DEADLINE);
        Assertions.assertThat(deadline.getDuedate()).isEqualTo(EngineClock.endOf(LocalDate.of(2026, 11, 20)));
        driver.fireTimer(deadline);
        assertThat(instance).isEnded().hasPassed(RegistrationFilingContract.TASK_START_FILING_AT_DEADLINE,
                RegistrationFilingContract.END_DEADLINE_PASSED);
        String filingKey = "FIL-" + school + "-2026A";
        List<ProcessInstance> filings = runtime.createProcessInstanceQuery().processInstanceBusinessKey(filingKey).list();
        Assertions.assertThat(filings).hasSize(1);
        assertThat(filings.get(0)).isWaitingAt(RegistrationFilingContract.TASK_GENERATE);
        Assertions.assertThat(service.deadline(school, AUTUMN_2026)).get()
                .satisfies(d -> Assertions.assertThat(d.filingCaseKey()).isEqualTo(filingKey));

        // exactly once: a second deadline run and a manual start change nothing
        Assertions.assertThat(process.startAtDeadline(school, AUTUMN_2026)).contains("已经生成");
        Assertions.assertThatThrownBy(() -> process.start(school, AUTUMN_2026)).hasMessageContaining("已经生成");
        Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(filingKey).count())
                .isEqualTo(1);
    }

    @Test
    void closedSchoolIsNeitherRemindedNorAskedToFile_R_MON_5() {
        EngineClock.set("2026-09-10T09:00");
        ProcessInstance instance = process.openSchoolIntake(CLOSING_SCHOOL, AUTUMN_2026);
        jdbc.sql("UPDATE school SET active = FALSE, closed_on = DATE '2026-10-01' WHERE code = ?").param(CLOSING_SCHOOL)
                .update();
        driver.fireTimer(driver.timer(instance, RegistrationFilingContract.TIMER_INTAKE_REMINDER));
        assertThat(instance).hasPassed(RegistrationFilingContract.END_NO_REMINDER_CLOSED)
                .isWaitingAt(RegistrationFilingContract.TIMER_INTAKE_DEADLINE);
        Assertions.assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        driver.fireTimer(driver.timer(instance, RegistrationFilingContract.TIMER_INTAKE_DEADLINE));
        assertThat(instance).isEnded();
        Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("FIL-" + CLOSING_SCHOOL + "-%")
                .count()).isZero();
        Assertions.assertThat(service.deadline(CLOSING_SCHOOL, AUTUMN_2026)).get()
                .satisfies(d -> Assertions.assertThat(d.outcome()).contains("撤销"));
    }
}
