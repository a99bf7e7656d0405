package cn.jledu.studentstatus.suspension;

import static cn.jledu.studentstatus.support.ApiCalls.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The suspension endpoints' answers: bad input 400 with the rule id, other school 403, unknown 404, anonymous 401. */
@IntegrationTest
class SuspensionApiTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRecords records;

    @BeforeEach
    void clock() {
        EngineClock.set(LocalDateTime.of(2025, 10, 10, 10, 0));
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    static Map<String, Object> illness(long studentId) {
        Map<String, Object> application = new HashMap<>(Map.of("ground", "ILLNESS", "absenceHours", 187,
                "hospital", "吉林大学第一医院", "designatedHospital", true, "certificate", "肺结核，须停课治疗四个月",
                "reason", "因病须住院治疗", "startsOn", "2025-10-10"));
        return Map.of("studentId", studentId, "application", application);
    }

    ResponseEntity<JsonNode> post(String url, Object body) {
        return driver.api(Demo.CITY_SCHOOL, SchoolRole.REGISTRAR).postForEntity(url, body, JsonNode.class);
    }

    @Test
    void rSus1BadApplicationIs400WithTheRuleIdAndChangesNothing() {
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL);
        Map<String, Object> noGround = new HashMap<>(illness(s.id()));
        Map<String, Object> application = new HashMap<>((Map<String, Object>) noGround.get("application"));
        application.remove("ground");
        noGround.put("application", application);
        assertProblem(post("/api/suspensions", noGround), HttpStatus.BAD_REQUEST, "R-SUS-1");

        application = new HashMap<>((Map<String, Object>) illness(s.id()).get("application"));
        application.put("reason", " ");
        assertProblem(post("/api/suspensions", Map.of("studentId", s.id(), "application", application)),
                HttpStatus.BAD_REQUEST, "R-SUS-3");

        application.put("reason", "因病");
        application.put("startsOn", "2025-13-40");
        assertProblem(post("/api/suspensions", Map.of("studentId", s.id(), "application", application)),
                HttpStatus.BAD_REQUEST, null);
        application.put("startsOn", "1900-01-01");
        assertProblem(post("/api/suspensions", Map.of("studentId", s.id(), "application", application)),
                HttpStatus.BAD_REQUEST, "R-SUS-1");
        application.put("startsOn", "2099-12-31");
        assertProblem(post("/api/suspensions", Map.of("studentId", s.id(), "application", application)),
                HttpStatus.BAD_REQUEST, "R-SUS-1");
        application.put("startsOn", "2025-10-10");
        application.put("hospital", "吉林大学\u202E第一医院");
        assertProblem(post("/api/suspensions", Map.of("studentId", s.id(), "application", application)),
                HttpStatus.BAD_REQUEST, null);
        application.put("hospital", "吉林大学第一医院");
        application.put("reason", "很".repeat(1001));
        assertProblem(post("/api/suspensions", Map.of("studentId", s.id(), "application", application)),
                HttpStatus.BAD_REQUEST, null);
        application.put("reason", "因病");
        // R-SUS-1 boundary through the API: 186 of 560 hours is not more than one third
        application.put("startsOn", "2025-10-10");
        application.put("absenceHours", 186);
        assertThat(post("/api/suspensions", Map.of("studentId", s.id(), "application", application)).getBody()
                .path("ruleId").asText()).isEqualTo("R-SUS-1");
        assertThat(records.runningProcedure(s.id())).isEmpty();
    }

    @Test
    void otherSchoolsStudent403OtherSchoolsCaseAndUnknownCase404Anonymous401() {
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL);
        assertProblem(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).postForEntity("/api/suspensions", illness(s.id()),
                JsonNode.class), HttpStatus.FORBIDDEN, null);
        assertProblem(post("/api/suspensions", illness(99_999_999L)), HttpStatus.NOT_FOUND, null);
        assertProblem(driver.anonymous().postForEntity("/api/suspensions", illness(s.id()), JsonNode.class),
                HttpStatus.UNAUTHORIZED, null);

        ResponseEntity<JsonNode> created = post("/api/suspensions", illness(s.id()));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseKey = created.getBody().get("caseKey").asText();
        assertThat(driver.api(Demo.CITY_SCHOOL, SchoolRole.REGISTRAR).getForEntity("/api/suspensions/" + caseKey,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).getForEntity("/api/suspensions/" + caseKey,
                JsonNode.class), HttpStatus.NOT_FOUND, null);
        assertProblem(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).postForEntity("/api/suspensions/" + caseKey
                + "/extension", Map.of("months", 6, "reason", "仍需治疗"), JsonNode.class), HttpStatus.NOT_FOUND, null);
        assertProblem(post("/api/suspensions/SUS-NONE-1/extension", Map.of("months", 6, "reason", "仍需治疗")),
                HttpStatus.NOT_FOUND, null);
        assertProblem(post("/api/suspensions/SUS-NONE-1/resumption", Map.of("majorCode", "660301")),
                HttpStatus.NOT_FOUND, null);
        assertProblem(driver.anonymous().getForEntity("/api/suspensions/" + caseKey, JsonNode.class),
                HttpStatus.UNAUTHORIZED, null);
    }
}
