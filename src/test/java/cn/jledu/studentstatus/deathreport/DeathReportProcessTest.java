package cn.jledu.studentstatus.deathreport;

import static cn.jledu.studentstatus.deathreport.DeathReportContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.platform.CaseVariables;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/death-report.bpmn (R-DTH-1): each level up to the province acknowledges (county-run and city-run schools),
 * the status is 死亡 at once, a running transfer of the student is ended with the reason, and nothing starts afterwards.
 */
@IntegrationTest
class DeathReportProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DeathReportProcess process;
    @Autowired
    ProcessDriver driver;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRepository students;
    @Autowired
    StudentRecords records;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    AuditTrail audit;
    @Autowired
    OutboxNationalRegistry outbox;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        EngineClock.set(LocalDateTime.of(2026, 3, 16, 10, 0));
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    static final String TRANSFER_STUB = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
              <bpmn:process id="transferStub" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Task_ReviewTransfer" />
                <bpmn:userTask id="Task_ReviewTransfer" name="审核转学" />
                <bpmn:sequenceFlow id="f2" sourceRef="Task_ReviewTransfer" targetRef="end" />
                <bpmn:endEvent id="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Test
    void countySchoolReportEndsARunningTransferAndGoesUpThreeLevels() {
        Student s = fixtures.enrolled(Demo.YONGJI); // 永吉县教育局 220221 → 吉林市 220200 → 省 220000
        String deployment = repository.createDeployment().addString("transfer-stub.bpmn", TRANSFER_STUB).deploy().getId();
        try {
            String transferKey = "TRF-" + s.studentNumber();
            records.claimProcedure(s.id(), StudentProcedure.TRANSFER, transferKey);
            ProcessInstance transfer = runtime.startProcessInstanceByKey("transferStub", transferKey,
                    Map.of(CaseVariables.STUDENT_ID, s.id()));

            ProcessInstance report = process.report(s.id(), LocalDate.of(2026, 3, 14), "因交通事故死亡，附医院死亡证明");
            Assertions.assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.DECEASED);
            Assertions.assertThat(students.history(s.id())).last().satisfies(h -> {
                Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.DEATH);
                Assertions.assertThat(h.effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 14));
            });
            Assertions.assertThat(outbox.forStudent(s.id())).anySatisfy(e ->
                    Assertions.assertThat(e.payload()).contains("异动类别=死亡"));
            // the transfer ended with the reason (history and audit), its lock gone
            assertThat(transfer).isEnded();
            Assertions.assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(transfer.getId())
                    .singleResult().getDeleteReason()).contains("学生已死亡", "DTH-" + s.studentNumber());
            Assertions.assertThat(audit.forSubject("student", String.valueOf(s.id()))).anySatisfy(r -> {
                Assertions.assertThat(r.action()).isEqualTo("PROCEDURE_ENDED_BY_DEATH");
                Assertions.assertThat(r.details()).contains(transferKey);
            });
            Assertions.assertThat(records.runningProcedure(s.id())).isEmpty();
            Assertions.assertThat(runtime.getVariable(report.getId(), Vars.CASE_SUMMARY).toString()).contains(transferKey);

            Assertions.assertThat(driver.task(report).getName()).isEqualTo("县级教育行政部门备案死亡报告：" + s.name());
            Assertions.assertThatThrownBy(() -> driver.complete(report, DeathReportContract.TASK_COUNTY,
                    GroupIds.bureauReviewer("220221"), Map.of(Vars.ACKNOWLEDGED, false))).hasMessageContaining("备案");
            driver.complete(report, DeathReportContract.TASK_COUNTY, GroupIds.bureauReviewer("220221"),
                    Map.of(Vars.ACKNOWLEDGED, true));
            driver.complete(report, DeathReportContract.TASK_CITY, GroupIds.bureauReviewer("220200"),
                    Map.of(Vars.ACKNOWLEDGED, true));
            driver.complete(report, DeathReportContract.TASK_PROVINCE, GroupIds.bureauReviewer("220000"),
                    Map.of(Vars.ACKNOWLEDGED, true, Vars.ACKNOWLEDGEMENT_NOTE, "已备案"));
            assertThat(report).isEnded().hasPassed(DeathReportContract.END_REPORTED);

            // no procedure starts for the student afterwards
            Assertions.assertThatThrownBy(() -> process.report(s.id(), LocalDate.of(2026, 3, 14), "重复报告"))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("R-DTH-1");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void citySchoolReportGoesToCityAndProvince() {
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL);
        ProcessInstance report = process.report(s.id(), LocalDate.of(2026, 3, 15), "病故，附死亡证明");
        driver.complete(report, DeathReportContract.TASK_CITY, GroupIds.bureauReviewer("220100"),
                Map.of(Vars.ACKNOWLEDGED, true));
        driver.complete(report, DeathReportContract.TASK_PROVINCE, GroupIds.bureauReviewer("220000"),
                Map.of(Vars.ACKNOWLEDGED, true));
        assertThat(report).isEnded().hasNotPassed(DeathReportContract.TASK_COUNTY);
    }

    @Test
    void reportNeedsDateAndCircumstances() {
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL);
        Assertions.assertThatThrownBy(() -> process.report(s.id(), LocalDate.of(2026, 3, 17), "x"))
                .hasMessageContaining("R-DTH-1");
        Assertions.assertThatThrownBy(() -> process.report(s.id(), LocalDate.of(2026, 3, 10), " "))
                .hasMessageContaining("R-DTH-1");
        Assertions.assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
    }
}
