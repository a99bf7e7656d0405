package cn.jledu.studentstatus.deathreport;

import static cn.jledu.studentstatus.support.ApiCalls.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The death-report endpoint: 400 with R-DTH-1 for bad input (nothing recorded), 403 other school, 404, 401. */
@IntegrationTest
class DeathReportApiTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRepository students;

    @BeforeEach
    void clock() {
        EngineClock.set(LocalDateTime.of(2026, 3, 16, 10, 0));
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    ResponseEntity<JsonNode> report(Map<String, Object> body) {
        return driver.api(Demo.YONGJI, SchoolRole.REGISTRAR).postForEntity("/api/death-reports", body, JsonNode.class);
    }

    @Test
    void rDth1BadReportsAre400AndRecordNothing() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        assertProblem(report(Map.of("studentId", s.id(), "diedOn", "2026-03-17", "circumstances", "交通事故")),
                HttpStatus.BAD_REQUEST, "R-DTH-1");
        assertProblem(report(Map.of("studentId", s.id(), "circumstances", "交通事故")), HttpStatus.BAD_REQUEST, "R-DTH-1");
        assertProblem(report(Map.of("studentId", s.id(), "diedOn", "2026-03-10", "circumstances", " ")),
                HttpStatus.BAD_REQUEST, "R-DTH-1");
        assertProblem(report(Map.of("studentId", s.id(), "diedOn", "昨天", "circumstances", "交通事故")),
                HttpStatus.BAD_REQUEST, null);
        assertProblem(report(Map.of("studentId", s.id(), "diedOn", "1900-01-01", "circumstances", "交通事故")),
                HttpStatus.BAD_REQUEST, "R-DTH-1");
        assertProblem(report(Map.of("studentId", s.id(), "diedOn", "2026-03-10", "circumstances", "交通\u0000事故")),
                HttpStatus.BAD_REQUEST, null);
        assertProblem(report(Map.of("studentId", s.id(), "diedOn", "2026-03-10", "circumstances", "交通事故😀")),
                HttpStatus.BAD_REQUEST, null);
        assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
        assertThat(students.history(s.id())).isEmpty();
    }

    @Test
    void otherSchool403UnknownStudent404Anonymous401() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        Map<String, Object> body = Map.of("studentId", s.id(), "diedOn", "2026-03-10", "circumstances", "交通事故");
        assertProblem(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).postForEntity("/api/death-reports", body,
                JsonNode.class), HttpStatus.FORBIDDEN, null);
        assertProblem(driver.api(Demo.YONGJI, SchoolRole.HEAD_TEACHER).postForEntity("/api/death-reports", body,
                JsonNode.class), HttpStatus.FORBIDDEN, null);
        assertProblem(report(Map.of("studentId", 99_999_999L, "diedOn", "2026-03-10", "circumstances", "交通事故")),
                HttpStatus.NOT_FOUND, null);
        assertProblem(driver.anonymous().postForEntity("/api/death-reports", body, JsonNode.class),
                HttpStatus.UNAUTHORIZED, null);
        assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
    }
}
