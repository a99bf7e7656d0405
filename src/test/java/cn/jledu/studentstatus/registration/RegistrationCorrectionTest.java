package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The registrar's answer to a return: correct a student, take one out, resubmit (HTTP). */
@IntegrationTest
class RegistrationCorrectionTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    RegistrationService registrations;

    @Autowired
    cn.jledu.studentstatus.registration.RegistrationProcess registrationProcess;
    @Autowired
    StudentRepository students;
    @Autowired
    TaskService tasks;

    RegistrationService.Submission submission;
    List<Student> batch;

    @BeforeEach
    void submitAndReturn() {
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 9, 0));
        List<Applicant> two = List.of(Applicants.junior("710201").name("甲").build(),
                Applicants.junior("710201").name("乙").build());
        submission = Demo.asRegistrar(Demo.NONGAN, () -> registrationProcess.submit(Demo.NONGAN.code(),
                new Intake(2026, Season.AUTUMN), two, "TEST", null, null, false));
        batch = registrations.studentsOf(submission.batchId());
    }

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @Test
    void returnedCaseIsCorrectedReducedAndRegistered() {
        // not yet returned: no corrections
        Applicant corrected = Applicants.junior("710201").name("甲").gender(Gender.FEMALE)
                .idNumber(Applicants.freshIdNumber(Gender.FEMALE, LocalDate.of(2011, 3, 15))).build();
        assertThat(put(batch.get(0).id(), corrected).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        completeCurrent(Map.of("decision", "RETURN", "returnReason", "甲的性别应为女；乙未报到"));

        ResponseEntity<JsonNode> ok = put(batch.get(0).id(), corrected);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        Student a = students.find(batch.get(0).id()).orElseThrow();
        assertThat(a.gender()).isEqualTo(Gender.FEMALE);
        assertThat(a.studentNumber()).isEqualTo(batch.get(0).studentNumber());

        ResponseEntity<JsonNode> invalid = put(batch.get(0).id(), Applicants.junior("720201").name("甲").build());
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(invalid.getBody().get("ruleId").asText()).isEqualTo("R-MAJ-1");
        ResponseEntity<JsonNode> duplicate = put(batch.get(0).id(), Applicants.junior("710201").name("甲")
                .idNumber(batch.get(1).idNumber().value()).gender(batch.get(1).gender()).build());
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().get("ruleId").asText()).isEqualTo("R-REG-4");

        ResponseEntity<Void> removed = registrar().exchange("/api/registrations/batches/" + submission.batchId()
                        + "/students/" + batch.get(1).id(), HttpMethod.DELETE, new HttpEntity<>(Map.of("reason", "未报到")),
                Void.class);
        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> last = registrar().exchange("/api/registrations/batches/" + submission.batchId()
                        + "/students/" + batch.get(0).id(), HttpMethod.DELETE, new HttpEntity<>(Map.of("reason", "x")),
                JsonNode.class);
        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        completeCurrent(Map.of("correctionAction", "RESUBMIT", "correctionNote", "已更正甲的性别，乙已移出"));
        for (int i = 0; i < 4; i++) {
            completeCurrent(Map.of("decision", "APPROVE"));
        }
        assertThat(students.find(batch.get(0).id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
        assertThat(students.find(batch.get(1).id()).orElseThrow().status()).isEqualTo(StudentStatus.ADMISSION_CANCELLED);
        assertThat(registrations.batch(submission.batchId()).studentCount()).isEqualTo(1);
    }

    @Test
    void anotherSchoolsRegistrarCannotCorrect() {
        completeCurrent(Map.of("decision", "RETURN", "returnReason", "核对"));
        ResponseEntity<JsonNode> r = driver.api(Demo.YONGJI, SchoolRole.REGISTRAR)
                .exchange("/api/registrations/batches/" + submission.batchId() + "/students/" + batch.get(0).id(),
                        HttpMethod.PUT, new HttpEntity<>(Applicants.junior("710201").build()), JsonNode.class);
        // another school's batch: the same answer as a missing one (issue 13 §5)
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void completeCurrent(Map<String, Object> vars) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(submission.processInstanceId()).singleResult().getId(),
                vars);
    }

    private TestRestTemplate registrar() {
        return driver.api(Demo.NONGAN, SchoolRole.REGISTRAR);
    }

    private ResponseEntity<JsonNode> put(long studentId, Applicant a) {
        return registrar().exchange("/api/registrations/batches/" + submission.batchId() + "/students/" + studentId,
                HttpMethod.PUT, new HttpEntity<>(a), JsonNode.class);
    }
}
