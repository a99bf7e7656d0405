package cn.jledu.studentstatus.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Timers and task due dates computed by the calendar in BPMN expressions, their recalculation after a data
 * change, and the incident when a year is missing. Uses a small diagram deployed by the test only.
 */
@IntegrationTest
class CalendarDeadlinesTest {

    static final String KEY = "calendarDeadlineProbe";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessDriver driver;
    @Autowired
    CalendarAdministration administration;
    @Autowired
    CalendarRepository calendarData;

    String deploymentId;

    @BeforeEach
    void deployProbe() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Reply").camundaDueDate("${workingDays.deadline(execution, receivedOn, 30)}")
                .endEvent()
                .moveToActivity("Task_Reply").boundaryEvent("Timer_Reply").cancelActivity(false)
                .timerWithDate("${workingDays.deadline(execution, receivedOn, 15)}").endEvent()
                .done();
        model.getModelElementById("Task_Reply").setAttributeValueNs("http://camunda.org/schema/1.0/bpmn",
                "asyncBefore", "true");
        deploymentId = repository.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy().getId();
    }

    @AfterEach
    void cleanUp() {
        repository.deleteDeployment(deploymentId, true);
        calendarData.deleteYear(WorkingDayCalendar.NATIONAL, 2027);
        EngineClock.reset();
    }

    @Test
    void timerAndTaskDueDatesComeFromTheCalendarOfTheSchool() {
        ProcessInstance instance = start("2025-09-26");
        driver.runSingleAsync(instance);
        Job timer = driver.timer(instance);
        assertThat(timer.getDuedate()).isEqualTo(endOf(2025, 10, 23));
        assertThat(driver.task(instance).getDueDate())
                .isEqualTo(endOf(2025, 11, 13));
    }

    @Test
    void changedHolidayDataMovesWaitingTimersAndTasks() {
        ProcessInstance instance = start("2026-12-10");
        // 2026-12-10 + 15 → 2026-12-31, but + 30 reaches into 2027, which is not loaded yet
        assertThatThrownBy(() -> driver.runSingleAsync(instance)).hasMessageContaining("CAL-1").hasMessageContaining("2027");
        Job failed = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(failed.getExceptionMessage()).contains("CAL-1");
        management.setJobRetries(failed.getId(), 0);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

        CalendarDeadlines.Recalculation first = CurrentUser.callAs(Demo.ADMIN, () -> administration.importYear(2027, null,
                schedule(List.of(new YearSchedule.Holiday(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), "元旦")))))
                .recalculation();
        assertThat(first.failedJobsRetried()).isEqualTo(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        driver.runSingleAsync(instance);
        Job timer = driver.timer(instance);
        assertThat(timer.getDuedate()).isEqualTo(endOf(2026, 12, 31));
        // 2026-12-11..31: 15 working days; 2027-01-04..22 (01-01 off): 15 more
        assertThat(driver.task(instance).getDueDate()).isEqualTo(endOf(2027, 1, 22));

        // the administrator corrects 2027: Spring Festival moved into January (test data)
        CalendarDeadlines.Recalculation second = CurrentUser.callAs(Demo.ADMIN, () -> administration.importYear(2027, null,
                schedule(List.of(new YearSchedule.Holiday(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), "元旦"),
                        new YearSchedule.Holiday(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 20), "测试假日")))))
                .recalculation();
        assertThat(second.tasksMoved()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(driver.task(instance).getDueDate()).isEqualTo(endOf(2027, 1, 27));
        assertThat(driver.timer(instance)
                .getDuedate()).isEqualTo(endOf(2026, 12, 31));
    }

    @Test
    void changedDataMovesAWaitingTimer() {
        ProcessInstance instance = start("2026-12-20");
        assertThatThrownBy(() -> driver.runSingleAsync(instance)).hasMessageContaining("CAL-1");
        CurrentUser.callAs(Demo.ADMIN, () -> administration.importYear(2027, null, schedule(List.of())));
        driver.runSingleAsync(instance);
        // 2026-12-21..31: 9; 2027-01-01, 04..08: 6 → 15th is 2027-01-08
        assertThat(driver.timer(instance)
                .getDuedate()).isEqualTo(endOf(2027, 1, 8));
        CalendarDeadlines.Recalculation r = CurrentUser.callAs(Demo.ADMIN, () -> administration.importYear(2027, null,
                schedule(List.of(new YearSchedule.Holiday(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), "元旦")))))
                .recalculation();
        assertThat(r.timersMoved()).isEqualTo(1);
        assertThat(driver.timer(instance)
                .getDuedate()).isEqualTo(endOf(2027, 1, 11));
    }

    private ProcessInstance start(String receivedOn) {
        return runtime.startProcessInstanceByKey(KEY, Map.of("receivedOn", receivedOn, "schoolCode", Demo.NONGAN.code()));
    }

    private static YearSchedule schedule(List<YearSchedule.Holiday> holidays) {
        return new YearSchedule("测试数据（非官方）", holidays, List.of());
    }

    static java.util.Date endOf(int y, int m, int d) {
        return EngineClock.endOf(LocalDate.of(y, m, d));
    }
}
