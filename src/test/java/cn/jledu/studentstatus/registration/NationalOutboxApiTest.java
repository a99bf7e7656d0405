package cn.jledu.studentstatus.registration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** R-MON-2 over HTTP: a registration approved in a month is in that month's outbox, export file and review. */
@IntegrationTest
class NationalOutboxApiTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    TaskService tasks;

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @Test
    void approvedRegistrationIsSubmittedExportedAndItsNationalReviewRecorded() {
        EngineClock.set(LocalDateTime.of(2026, 10, 12, 9, 0));
        TestRestTemplate registrar = driver.api(Demo.PROVINCE_SCHOOL, SchoolRole.REGISTRAR);
        ResponseEntity<JsonNode> created = registrar.postForEntity("/api/registrations", Map.of("intakeYear", 2026,
                "intakeSeason", "AUTUMN", "student", Applicants.junior("700206").name("报送测试").build()), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String instance = created.getBody().get("processInstanceId").asText();
        String number = created.getBody().get("studentNumber").asText();
        for (int i = 0; i < 3; i++) {
            tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId(),
                    Map.of("decision", "APPROVE"));
        }

        JsonNode month = registrar.getForObject("/api/national-outbox?month=2026-10", JsonNode.class);
        JsonNode entry = null;
        for (JsonNode e : month) {
            if (e.get("payload").asText().contains(number)) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("operation").asText()).isEqualTo("REGISTRATION");
        assertThat(entry.get("reviewedAt").isNull()).isTrue();

        byte[] csv = registrar.getForObject("/api/national-outbox/export.csv?month=2026-10", byte[].class);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF编号,业务").contains(number, "新生注册");

        ResponseEntity<JsonNode> reviewed = registrar.postForEntity("/api/national-outbox/" + entry.get("id").asLong()
                + "/review", Map.of("result", "审核通过"), JsonNode.class);
        assertThat(reviewed.getBody().get("reviewResult").asText()).isEqualTo("审核通过");
        assertThat(reviewed.getBody().get("reviewedAt").isNull()).isFalse();

        ResponseEntity<String> otherSchool = driver.api(Demo.NONGAN, SchoolRole.REGISTRAR)
                .postForEntity("/api/national-outbox/" + entry.get("id").asLong() + "/review", Map.of("result", "x"),
                        String.class);
        // another school's entry: the same answer as a missing one (issue 13 §5)
        assertThat(otherSchool.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
