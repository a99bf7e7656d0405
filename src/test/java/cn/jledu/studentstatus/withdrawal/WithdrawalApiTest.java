package cn.jledu.studentstatus.withdrawal;

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
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The withdrawal and attendance endpoints: 400 with rule id for bad input, 403 other school, 404, 401. */
@IntegrationTest
class WithdrawalApiTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRecords records;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clock() {
        EngineClock.set(LocalDateTime.of(2026, 3, 16, 10, 0));
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    ResponseEntity<JsonNode> apply(SchoolRole role, Object body) {
        return driver.api(Demo.CITY_SCHOOL, role).postForEntity("/api/withdrawals", body, JsonNode.class);
    }

    @Test
    void rWdr1ApplicationErrors() {
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL);
        assertProblem(apply(SchoolRole.REGISTRAR, Map.of("studentId", s.id(), "reason", " ", "leavingDate",
                "2026-03-20")), HttpStatus.BAD_REQUEST, "R-WDR-1");
        assertProblem(apply(SchoolRole.REGISTRAR, Map.of("studentId", s.id(), "reason", "家庭原因")),
                HttpStatus.BAD_REQUEST, "R-WDR-1");
        assertProblem(apply(SchoolRole.REGISTRAR, Map.of("studentId", s.id(), "reason", "家庭原因", "leavingDate",
                "20-03-2026")), HttpStatus.BAD_REQUEST, null);
        // absurd leaving dates and text the documents cannot carry
        assertProblem(apply(SchoolRole.REGISTRAR, Map.of("studentId", s.id(), "reason", "家庭原因", "leavingDate",
                "1900-01-01")), HttpStatus.BAD_REQUEST, "R-WDR-1");
        assertProblem(apply(SchoolRole.REGISTRAR, Map.of("studentId", s.id(), "reason", "家庭原因", "leavingDate",
                "2099-12-31")), HttpStatus.BAD_REQUEST, "R-WDR-1");
        assertProblem(apply(SchoolRole.REGISTRAR, Map.of("studentId", s.id(), "reason", "家庭\u202E原因", "leavingDate",
                "2026-03-20")), HttpStatus.BAD_REQUEST, null);
        assertProblem(apply(SchoolRole.REGISTRAR, Map.of("studentId", s.id(), "reason", "很".repeat(1001),
                "leavingDate", "2026-03-20")), HttpStatus.BAD_REQUEST, null);
        assertProblem(apply(SchoolRole.REGISTRAR, Map.of("studentId", 99_999_999L, "reason", "家庭原因",
                "leavingDate", "2026-03-20")), HttpStatus.NOT_FOUND, null);
        assertProblem(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).postForEntity("/api/withdrawals",
                Map.of("studentId", s.id(), "reason", "家庭原因", "leavingDate", "2026-03-20"), JsonNode.class),
                HttpStatus.FORBIDDEN, null);
        assertProblem(driver.anonymous().postForEntity("/api/withdrawals", Map.of("studentId", s.id(), "reason",
                "家庭原因", "leavingDate", "2026-03-20"), JsonNode.class), HttpStatus.UNAUTHORIZED, null);
        assertThat(records.runningProcedure(s.id())).isEmpty();

        ResponseEntity<JsonNode> created = apply(SchoolRole.REGISTRAR, Map.of("studentId", s.id(), "reason", "家庭原因",
                "leavingDate", "2026-03-20"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseKey = created.getBody().get("caseKey").asText();
        assertProblem(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).getForEntity("/api/withdrawals/" + caseKey,
                JsonNode.class), HttpStatus.NOT_FOUND, null);
        assertProblem(driver.api(Demo.CITY_SCHOOL, SchoolRole.REGISTRAR).getForEntity("/api/withdrawals/WDR-NONE-1",
                JsonNode.class), HttpStatus.NOT_FOUND, null);
    }

    static HttpEntity<MultiValueMap<String, Object>> file(String name, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }

    ResponseEntity<JsonNode> importAttendance(String schoolCode, String query, HttpEntity<?> file,
                                              SchoolRole role, cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool as) {
        return driver.api(as, role).postForEntity("/api/schools/" + schoolCode + "/attendance?" + query, file,
                JsonNode.class);
    }

    @Test
    void rWdr2AttendanceImportErrorsChangeNothing() {
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL);
        String school = Demo.CITY_SCHOOL.code();
        byte[] bad = ("学籍号,姓名,旷课课时\n" + s.studentNumber() + ",别人,95\nX999,,abc\n").getBytes(StandardCharsets.UTF_8);
        JsonNode rows = assertProblem(importAttendance(school, "schoolYear=2025&termNo=2", file("考勤.csv", bad),
                SchoolRole.REGISTRAR, Demo.CITY_SCHOOL), HttpStatus.BAD_REQUEST, "R-WDR-2");
        assertThat(rows.get("detail").asText()).contains("第2行", "第3行");
        byte[] good = ("学籍号,姓名,旷课课时\n" + s.studentNumber() + "," + s.name() + ",95\n")
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(importAttendance(school, "schoolYear=2025&termNo=3", file("考勤.csv", good),
                SchoolRole.REGISTRAR, Demo.CITY_SCHOOL), HttpStatus.BAD_REQUEST, "R-WDR-2");
        assertProblem(importAttendance(school, "schoolYear=2025&termNo=2", file("考勤.txt", good),
                SchoolRole.REGISTRAR, Demo.CITY_SCHOOL), HttpStatus.BAD_REQUEST, "R-WDR-2");
        assertProblem(importAttendance(school, "termNo=2", file("考勤.csv", good), SchoolRole.REGISTRAR,
                Demo.CITY_SCHOOL), HttpStatus.BAD_REQUEST, null);
        assertProblem(importAttendance(school, "schoolYear=2025&termNo=2", file("考勤.csv", good),
                SchoolRole.REGISTRAR, Demo.NONGAN), HttpStatus.NOT_FOUND, null); // another school: as if missing
        assertProblem(importAttendance(school, "schoolYear=2025&termNo=2", file("考勤.csv", good),
                SchoolRole.HEAD_TEACHER, Demo.CITY_SCHOOL), HttpStatus.FORBIDDEN, null); // own school, other role
        assertProblem(driver.anonymous().postForEntity("/api/schools/" + school + "/attendance?schoolYear=2025&termNo=2",
                file("考勤.csv", good), JsonNode.class), HttpStatus.UNAUTHORIZED, null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM attendance_record WHERE student_id = ?").param(s.id())
                .query(Integer.class).single()).as("nothing imported").isZero();
        assertThat(records.runningProcedure(s.id())).as("no proposal").isEmpty();
    }
}
