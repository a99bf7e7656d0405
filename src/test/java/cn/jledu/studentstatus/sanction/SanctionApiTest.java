package cn.jledu.studentstatus.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class SanctionApiTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRecords records;

    @Test
    void schoolStaffProposeAndSeeTheCaseOtherSchoolsGet403() {
        Student s = fixtures.enrolled(Demo.YANJI);
        ResponseEntity<JsonNode> created = driver.api(Demo.YANJI, SchoolRole.STUDENT_AFFAIRS).postForEntity("/api/sanctions",
                Map.of("studentId", s.id(), "facts", "打架", "level", "DEMERIT"), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseKey = created.getBody().get("caseKey").asText();
        assertThat(caseKey).isEqualTo("CF-" + s.id() + "-1");

        JsonNode view = driver.api(Demo.YANJI, SchoolRole.REGISTRAR).getForObject("/api/sanctions/" + caseKey, JsonNode.class);
        assertThat(view.get("state").asText()).isEqualTo("PROPOSED");
        assertThat(driver.api("yanji-bureau").getForEntity("/api/sanctions/" + caseKey,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        // another school's case is answered as one that does not exist (issue 13 §5)
        assertThat(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).getForEntity("/api/sanctions/" + caseKey, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).postForEntity("/api/sanctions",
                Map.of("studentId", s.id(), "facts", "打架", "level", "DEMERIT"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void expulsionWithoutGroundAndAppealOutsideTheWindowAre422WithRuleId() {
        Student s = fixtures.enrolled(Demo.YANJI);
        ResponseEntity<JsonNode> noGround = driver.api(Demo.YANJI, SchoolRole.REGISTRAR).postForEntity("/api/sanctions",
                Map.of("studentId", s.id(), "facts", "打架", "level", "EXPULSION"), JsonNode.class);
        assertThat(noGround.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(noGround.getBody().get("ruleId").asText()).isEqualTo("R-SAN-3");
        assertThat(noGround.getBody().get("detail").asText()).contains("第三十六条");

        String caseKey = driver.api(Demo.YANJI, SchoolRole.REGISTRAR).postForObject("/api/sanctions",
                Map.of("studentId", s.id(), "facts", "打架", "level", "EXPULSION", "expulsionGround", "CRIMINAL_OFFENCE"),
                JsonNode.class).get("caseKey").asText();
        ResponseEntity<JsonNode> early = driver.api(Demo.YANJI, SchoolRole.APPEAL_COMMITTEE).postForEntity(
                "/api/sanctions/" + caseKey + "/appeals", Map.of("reasons", "不服"), JsonNode.class);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(early.getBody().get("ruleId").asText()).isEqualTo("R-APL-1");
        ResponseEntity<JsonNode> notBureau = driver.api(Demo.YANJI, SchoolRole.REGISTRAR).postForEntity(
                "/api/sanctions/" + caseKey + "/bureau-appeals", Map.of("reasons", "不服"), JsonNode.class);
        assertThat(notBureau.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void deliveriesAreRecordedByTheRegistrarAndTheAppealWindowIsSetByThePrincipal() {
        // R-SAN-4, R-APL-1
        Student s = fixtures.enrolled(Demo.YANJI);
        String caseKey = driver.api(Demo.YANJI, SchoolRole.REGISTRAR).postForObject("/api/sanctions",
                Map.of("studentId", s.id(), "facts", "打架", "level", "DEMERIT"), JsonNode.class).get("caseKey").asText();
        Map<String, Object> delivery = Map.of("notificationId", 999999, "receivedOn", "2020-01-01");
        assertThat(driver.api(Demo.YANJI, SchoolRole.STUDENT_AFFAIRS).postForEntity("/api/sanctions/" + caseKey
                + "/deliveries", delivery, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.api(Demo.YANJI, SchoolRole.REGISTRAR).postForEntity("/api/sanctions/" + caseKey
                + "/deliveries", delivery, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String setting = "/api/sanctions/settings/" + Demo.YANJI.code();
        assertThat(driver.api(Demo.YANJI, SchoolRole.REGISTRAR).getForObject(setting, JsonNode.class)
                .get("schoolAppealWorkingDays").asInt()).isEqualTo(10);
        org.springframework.http.HttpEntity<Map<String, Object>> tooShort =
                new org.springframework.http.HttpEntity<>(Map.of("schoolAppealWorkingDays", 2));
        assertThat(driver.api(Demo.YANJI, SchoolRole.REGISTRAR).exchange(setting,
                org.springframework.http.HttpMethod.PUT, tooShort, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> refused = driver.api(Demo.YANJI, SchoolRole.PRINCIPAL).exchange(setting,
                org.springframework.http.HttpMethod.PUT, tooShort, JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("ruleId").asText()).isEqualTo("R-APL-1");
    }

    /** R-DTH-1: sanctions below expulsion claim no lock, so the proposal itself refuses a deceased student. */
    @Test
    void rDth1NoSanctionForADeceasedStudent() {
        Student s = fixtures.enrolled(Demo.YANJI);
        records.apply(s.recordDeath(LocalDate.now().minusDays(1)), new ChangeBasis("DTH-SAN-" + s.id(), null, "测试",
                List.of(), "test"));
        ResponseEntity<JsonNode> refused = driver.api(Demo.YANJI, SchoolRole.REGISTRAR).postForEntity("/api/sanctions",
                Map.of("studentId", s.id(), "facts", "打架", "level", "DEMERIT"), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("ruleId").asText()).isEqualTo("R-DTH-1");
        assertThat(refused.getBody().get("detail").asText()).contains("死亡");
    }
}
