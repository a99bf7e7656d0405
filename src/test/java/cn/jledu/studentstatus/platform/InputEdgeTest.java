package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.rosterverification.RosterVerificationProcess;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 13 §4, the values that were accepted and must be refused — each with a dedicated test: a 4xx with a Chinese
 * message, nothing stored, no process instance and no incident.
 */
@IntegrationTest
class InputEdgeTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RosterVerificationProcess rosterVerification;
    @Autowired
    OrganisationRepository organisation;

    long incidents;
    long executions;

    @BeforeEach
    void counts() {
        incidents = count("SELECT COUNT(*) FROM act_ru_incident");
        executions = count("SELECT COUNT(*) FROM act_ru_execution");
    }

    @AfterEach
    void noIncident() {
        assertThat(count("SELECT COUNT(*) FROM act_ru_incident")).as("no incident").isEqualTo(incidents);
    }

    @Test
    void filingListForIntakeYearMinusOneOrAnIntakeWithoutStudentsIsA4xxAndStartsNothing() {
        long filings = count("SELECT COUNT(*) FROM registration_filing");
        for (String body : new String[] {"{\"intakeYear\":-1,\"intakeSeason\":\"AUTUMN\"}",
                "{\"intakeYear\":2024,\"intakeSeason\":\"SPRING\"}"}) {
            ResponseEntity<JsonNode> r = driver.api("nongan-registrar").postForEntity("/api/registrations/filing-lists",
                    json(body), JsonNode.class);
            assertRefused(r, body);
        }
        assertThat(count("SELECT COUNT(*) FROM registration_filing")).isEqualTo(filings);
        assertThat(count("SELECT COUNT(*) FROM act_ru_execution")).isEqualTo(executions);
    }

    @Test
    void awardDated1900IsRefusedR_AWD_1() {
        long awards = count("SELECT COUNT(*) FROM award");
        ResponseEntity<JsonNode> r = driver.api("yongji-affairs").postForEntity("/api/awards", json("""
                {"studentId":31,"title":"三好学生","level":"SCHOOL","kind":"COMPREHENSIVE",
                 "awardingBody":"永吉县职业教育中心","awardedOn":"1900-01-01","reason":"表现优秀"}"""), JsonNode.class);
        assertRefused(r, "award 1900-01-01");
        assertThat(r.getBody().path("ruleId").asText()).isEqualTo("R-AWD-1");
        assertThat(count("SELECT COUNT(*) FROM award")).isEqualTo(awards);
        assertThat(count("SELECT COUNT(*) FROM act_ru_execution")).isEqualTo(executions);
    }

    @Test
    void lateReportRequestedUntil2099IsRefusedR_REG_5() {
        LocalDate reporting = cn.jledu.studentstatus.platform.AppClock.today().plusDays(5);
        ResponseEntity<JsonNode> expected = driver.api("nongan-registrar").postForEntity("/api/admissions", Map.of(
                "schoolCode", Demo.NONGAN.code(), "name", "李晓", "idType", "RESIDENT_ID", "idNumber",
                Applicants.freshIdNumber(Gender.FEMALE, LocalDate.of(2011, 3, 15)), "admissionNoticeNo", "LQ-2099",
                "reportingDate", reporting.toString()), JsonNode.class);
        assertThat(expected.getStatusCode().value()).as(String.valueOf(expected.getBody())).isEqualTo(201);
        String caseKey = expected.getBody().get("caseKey").asText();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseKey).singleResult();
        for (String until : new String[] {"2099-12-31", reporting.plusMonths(3).plusDays(1).toString(),
                reporting.minusDays(1).toString()}) {
            ResponseEntity<JsonNode> r = driver.api("nongan-registrar").postForEntity("/api/admissions/" + caseKey
                    + "/late-report-requests", Map.of("reason", "住院治疗", "proof", "县医院诊断证明", "requestedUntil",
                    until), JsonNode.class);
            assertRefused(r, "requested until " + until);
            assertThat(r.getBody().path("ruleId").asText()).isEqualTo("R-REG-5");
            assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).as("no approval task").isZero();
        }
        ResponseEntity<JsonNode> ok = driver.api("nongan-registrar").postForEntity("/api/admissions/" + caseKey
                + "/late-report-requests", Map.of("reason", "住院治疗", "proof", "县医院诊断证明", "requestedUntil",
                reporting.plusDays(10).toString()), JsonNode.class);
        assertThat(ok.getStatusCode().value()).as(String.valueOf(ok.getBody())).isEqualTo(202);
        runtime.deleteProcessInstance(instance.getId(), "test finished");
    }

    @Test
    void aFractionalStudentIdIsRefusedNotTruncated() {
        long sanctions = count("SELECT COUNT(*) FROM sanction_case");
        long awards = count("SELECT COUNT(*) FROM award");
        ResponseEntity<JsonNode> sanction = driver.api("yongji-affairs").postForEntity("/api/sanctions",
                json("{\"studentId\":32.5,\"facts\":\"上课期间多次扰乱课堂秩序\",\"level\":\"DEMERIT\"}"), JsonNode.class);
        assertRefused(sanction, "studentId 32.5");
        assertThat(sanction.getBody().path("field").asText()).isEqualTo("studentId");
        ResponseEntity<JsonNode> award = driver.api("yongji-affairs").postForEntity("/api/awards", json("""
                {"studentId":31.5,"title":"三好学生","level":"SCHOOL","kind":"COMPREHENSIVE",
                 "awardingBody":"永吉县职业教育中心","awardedOn":"2026-01-10"}"""), JsonNode.class);
        assertRefused(award, "studentId 31.5");
        assertThat(count("SELECT COUNT(*) FROM sanction_case")).isEqualTo(sanctions);
        assertThat(count("SELECT COUNT(*) FROM award")).isEqualTo(awards);
    }

    @Test
    void anUploadModeOutsideTheDocumentedValuesIsRefused() {
        long batches = count("SELECT COUNT(*) FROM registration_batch");
        for (String mode : new String[] {"BOGUS", "Sync", "validate;sync"}) {
            LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("file", new ByteArrayResource("姓名\n".getBytes()) {
                @Override
                public String getFilename() {
                    return "intake.csv";
                }
            });
            form.add("mode", mode);
            form.add("intakeYear", "2026");
            form.add("intakeSeason", "AUTUMN");
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            ResponseEntity<JsonNode> r = driver.api("nongan-registrar").postForEntity("/api/registrations/uploads",
                    new HttpEntity<>(form, headers), JsonNode.class);
            assertRefused(r, "mode " + mode);
            assertThat(r.getBody().path("field").asText()).isEqualTo("mode");
        }
        assertThat(count("SELECT COUNT(*) FROM registration_batch")).isEqualTo(batches);
    }

    @Test
    void claimWithoutABodyIsA400AndLeavesTheAssigneeAsItWas() {
        ProcessInstance instance = rosterVerification.start(organisation.classes(Demo.YONGJI.code()).get(0).id());
        try {
            Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
            String assignee = task.getAssignee(); // the class's head teacher
            TestRestTemplate headTeacher = driver.anonymous()
                    .withBasicAuth(Demo.user(Demo.YONGJI, SchoolRole.HEAD_TEACHER), Demo.PASSWORD);
            for (HttpEntity<String> body : java.util.List.of(json(""), new HttpEntity<String>((String) null),
                    json("{}"), json("null"))) {
                ResponseEntity<JsonNode> r = headTeacher.postForEntity("/engine-rest/task/" + task.getId() + "/claim",
                        body, JsonNode.class);
                assertThat(r.getStatusCode().value()).as("claim with body '" + body.getBody() + "': " + r.getBody())
                        .isEqualTo(400);
                assertThat(r.getBody().path("message").asText()).matches(".*\\p{IsHan}.*");
                assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(assignee);
            }
        } finally {
            runtime.deleteProcessInstance(instance.getId(), "test finished");
        }
    }

    static void assertRefused(ResponseEntity<JsonNode> r, String what) {
        int status = r.getStatusCode().value();
        assertThat(status).as(what + ": " + r.getBody()).isBetween(400, 499);
        assertThat(r.getBody()).as(what).isNotNull();
        assertThat(r.getBody().path("detail").asText()).as(what).matches("(?s).*\\p{IsHan}.*");
    }

    static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
