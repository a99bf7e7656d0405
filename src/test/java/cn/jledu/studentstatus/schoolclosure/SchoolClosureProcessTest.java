package cn.jledu.studentstatus.schoolclosure;

import static cn.jledu.studentstatus.schoolclosure.SchoolClosureContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.monthlyreport.MonthlyReportProcess;
import cn.jledu.studentstatus.monthlyreport.MonthlyReportService;
import cn.jledu.studentstatus.organisation.BureauLevel;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 学校撤销或合并 (R-MON-5): refused while students remain (with their numbers by status); a school without students
 * is closed after the school's and the bureau's confirmation (a return in between), then leaves monthly reporting
 * and the oversight overview while its history stays readable.
 */
@IntegrationTest
class SchoolClosureProcessTest {

    /** A county school of 农安县 without students, merged into 农安县职业教育中心. */
    static final String EMPTY_SCHOOL = "2201229911";

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessDriver driver;
    @Autowired
    SchoolClosureService service;
    @Autowired
    MonthlyReportProcess monthlyReports;
    @Autowired
    MonthlyReportService monthlyReportService;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        if (organisation.school(EMPTY_SCHOOL).isEmpty()) {
            organisation.insertSchool(new School(EMPTY_SCHOOL, "农安县第三职业中学", BureauLevel.COUNTY, "220122", true));
        }
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void closureIsRefusedWhileStudentsRemainAndShowsThemByStatus_R_MON_5() {
        int before = jdbc.sql("SELECT COUNT(*) FROM school_closure").query(Integer.class).single();
        ResponseEntity<JsonNode> refused = driver.api("yongji-bureau").postForEntity("/api/school-closures",
                Map.of("schoolCode", Demo.YONGJI.code(), "kind", "CLOSED", "reason", "布局调整撤销"), JsonNode.class);
        Assertions.assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Assertions.assertThat(refused.getBody().get("ruleId").asText()).isEqualTo("R-MON-5");
        Assertions.assertThat(refused.getBody().get("detail").asText()).contains("在籍", "毕业", "退学", "转学");
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM school_closure").query(Integer.class).single())
                .as("nothing recorded").isEqualTo(before);
        Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SchoolClosureContract.PROCESS_KEY)
                .processInstanceBusinessKeyLike("CLS-" + Demo.YONGJI.code() + "-%").count()).isZero();

        // the list of remaining students, by status, for the school and its bureaus only
        JsonNode remaining = driver.api(Demo.YONGJI, SchoolRole.REGISTRAR)
                .getForEntity("/api/school-closures/remaining?schoolCode=" + Demo.YONGJI.code(), JsonNode.class).getBody();
        Assertions.assertThat(remaining.get("byStatus").get("在籍").asInt()).isPositive();
        Assertions.assertThat(remaining.get("students").get(0).has("studentNumber")).isTrue();
        Assertions.assertThat(driver.api("nongan-bureau").getForEntity("/api/school-closures/remaining?schoolCode="
                + Demo.YONGJI.code(), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // only the supervising bureau starts it; bad input is a 4xx with a Chinese message
        Assertions.assertThat(driver.api("nongan-bureau").postForEntity("/api/school-closures",
                Map.of("schoolCode", Demo.YONGJI.code(), "kind", "CLOSED", "reason", "撤销"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(driver.api(Demo.YONGJI, SchoolRole.PRINCIPAL).postForEntity("/api/school-closures",
                Map.of("schoolCode", Demo.YONGJI.code(), "kind", "CLOSED", "reason", "撤销"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> badKind = driver.api("yongji-bureau").postForEntity("/api/school-closures",
                Map.of("schoolCode", Demo.YONGJI.code(), "kind", "SOLD", "reason", "撤销"), JsonNode.class);
        Assertions.assertThat(badKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(badKind.getBody().get("detail").asText()).contains("撤销方式");
        ResponseEntity<JsonNode> noReceiver = driver.api("yongji-bureau").postForEntity("/api/school-closures",
                Map.of("schoolCode", Demo.YONGJI.code(), "kind", "MERGED", "reason", "合并"), JsonNode.class);
        Assertions.assertThat(noReceiver.getStatusCode().is4xxClientError()).isTrue();
        Assertions.assertThat(noReceiver.getBody().get("ruleId").asText()).isEqualTo("R-MON-5");
        Assertions.assertThat(driver.api("yongji-bureau").postForEntity("/api/school-closures",
                Map.of("kind", "CLOSED", "reason", "撤销"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void schoolWithoutStudentsIsClosedAfterTheSchoolAndTheBureauConfirmThenGetsNoMonthlyReport_R_MON_5() {
        EngineClock.set("2024-12-10T10:00");
        ResponseEntity<JsonNode> started = driver.api("nongan-bureau").postForEntity("/api/school-closures",
                Map.of("schoolCode", EMPTY_SCHOOL, "kind", "MERGED", "receivingSchoolCode", Demo.NONGAN.code(),
                        "reason", "县政府批复并入农安县职业教育中心"), JsonNode.class);
        Assertions.assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseKey = started.getBody().get("caseKey").asText();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseKey).singleResult();
        assertThat(instance).isWaitingAt(SchoolClosureContract.TASK_CONFIRM_BY_SCHOOL).variables()
                .containsEntry(Vars.RECEIVING_SCHOOL_NAME, Demo.NONGAN.name());
        Assertions.assertThat(driver.task(instance, SchoolClosureContract.TASK_CONFIRM_BY_SCHOOL).getName())
                .isEqualTo("学校确认撤销：农安县第三职业中学");
        // a second case for the same school is refused
        Assertions.assertThat(driver.api("nongan-bureau").postForEntity("/api/school-closures",
                Map.of("schoolCode", EMPTY_SCHOOL, "kind", "CLOSED", "reason", "撤销"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        String principal = GroupIds.school(EMPTY_SCHOOL, SchoolRole.PRINCIPAL);
        Assertions.assertThatThrownBy(() -> driver.complete(instance, SchoolClosureContract.TASK_CONFIRM_BY_SCHOOL,
                        principal, Map.of()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("勾选确认");
        driver.complete(instance, SchoolClosureContract.TASK_CONFIRM_BY_SCHOOL, principal,
                Map.of(Vars.SCHOOL_CONFIRMED, true, Vars.SCHOOL_NOTE, "档案已移交农安县职业教育中心"));
        String bureau = GroupIds.bureauReviewer("220122");
        Assertions.assertThatThrownBy(() -> driver.complete(instance, SchoolClosureContract.TASK_CONFIRM_BY_BUREAU,
                        bureau, Map.of(Vars.BUREAU_DECISION, SchoolClosureContract.RETURN)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("原因");
        driver.complete(instance, SchoolClosureContract.TASK_CONFIRM_BY_BUREAU, bureau,
                Map.of(Vars.BUREAU_DECISION, SchoolClosureContract.RETURN, Vars.BUREAU_NOTE, "请附档案移交清单"));
        assertThat(instance).isWaitingAt(SchoolClosureContract.TASK_CONFIRM_BY_SCHOOL).variables()
                .containsEntry(Vars.RETURN_REASON, "请附档案移交清单");
        Assertions.assertThat(service.isOpen(EMPTY_SCHOOL)).as("not closed before the bureau confirms").isTrue();
        Assertions.assertThat(monthlyReportService.openSchools()).contains(EMPTY_SCHOOL);
        driver.complete(instance, SchoolClosureContract.TASK_CONFIRM_BY_SCHOOL, principal,
                Map.of(Vars.SCHOOL_CONFIRMED, true, Vars.SCHOOL_NOTE, "已附档案移交清单"));
        driver.complete(instance, SchoolClosureContract.TASK_CONFIRM_BY_BUREAU, bureau,
                Map.of(Vars.BUREAU_DECISION, SchoolClosureContract.CONFIRM));

        assertThat(instance).isEnded().hasPassed(SchoolClosureContract.TASK_RECORD, SchoolClosureContract.END_CLOSED);
        Assertions.assertThat(jdbc.sql("SELECT closed_on FROM school WHERE code = ?").param(EMPTY_SCHOOL)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2024, 12, 10));
        Assertions.assertThat(service.isOpen(EMPTY_SCHOOL)).isFalse();
        Assertions.assertThat(service.closure(caseKey).status()).isEqualTo("CLOSED");
        Assertions.assertThat(audit.forSubject("school", EMPTY_SCHOOL)).extracting(AuditTrail.AuditRecord::action)
                .contains("SCHOOL_CLOSURE_REQUESTED", "SCHOOL_CLOSURE_CONFIRMED_BY_SCHOOL", "SCHOOL_CLOSED");

        // no more monthly report cases (R-MON-5) ...
        // (the schools the first-of-month timer opens cases for; opening them all here would leave tasks behind)
        Assertions.assertThat(monthlyReportService.openSchools()).contains(Demo.NONGAN.code()).doesNotContain(EMPTY_SCHOOL);
        Assertions.assertThatThrownBy(() -> monthlyReports.openSchoolMonth(EMPTY_SCHOOL, YearMonth.of(2025, 2)))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).ruleId()).isEqualTo("R-MON-5");
        // ... it leaves the oversight overview, but its history stays readable to its bureau
        JsonNode overview = driver.api("nongan-bureau").getForEntity("/api/oversight/schools", JsonNode.class).getBody();
        List<String> listed = new ArrayList<>();
        overview.get("schools").forEach(s -> listed.add(s.get("code").asText()));
        Assertions.assertThat(listed).contains(Demo.NONGAN.code()).doesNotContain(EMPTY_SCHOOL);
        Assertions.assertThat(driver.api("nongan-bureau").getForEntity("/api/oversight/schools/" + EMPTY_SCHOOL,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(driver.api("nongan-bureau").getForEntity("/api/school-closures/" + caseKey,
                JsonNode.class).getBody().get("closedOn").asText()).isEqualTo("2024-12-10");
        // a closed school cannot be closed again
        Assertions.assertThat(driver.api("nongan-bureau").postForEntity("/api/school-closures",
                Map.of("schoolCode", EMPTY_SCHOOL, "kind", "CLOSED", "reason", "撤销"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
}
