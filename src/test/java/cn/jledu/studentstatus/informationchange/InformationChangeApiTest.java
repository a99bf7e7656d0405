package cn.jledu.studentstatus.informationchange;

import static cn.jledu.studentstatus.support.ApiCalls.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.student.IdNumber;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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

/**
 * The information-change endpoints (R-INF-1): a multipart application (JSON part {@code application}, file part
 * {@code proof}); bad input 400 with the rule id, an ID number that fails R-REG-2 422, one held by another active
 * record 409 (R-REG-4), another school 403, unknown 404, anonymous 401; nothing remains of a refused application.
 */
@IntegrationTest
class InformationChangeApiTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    ProcessDriver driver;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRecords records;
    @Autowired
    JdbcClient jdbc;

    static Map<String, Object> application(Student s) {
        Map<String, Object> a = new HashMap<>();
        a.put("studentId", s.id());
        a.put("address", "长春市朝阳区");
        a.put("reason", "户口迁移");
        a.put("proofHolder", "GUARDIAN");
        a.put("proofType", "HOUSEHOLD_REGISTER");
        a.put("proofNumber", "220104000321");
        return a;
    }

    static HttpEntity<MultiValueMap<String, Object>> multipart(Object application, String fileName, byte[] proof) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        body.add("application", new HttpEntity<>(application, json));
        if (proof != null) {
            body.add("proof", new ByteArrayResource(proof) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }

    ResponseEntity<JsonNode> submit(Object application, byte[] proof) {
        return driver.api(Demo.YONGJI, SchoolRole.REGISTRAR).postForEntity("/api/information-changes",
                multipart(application, "户口簿.png", proof), JsonNode.class);
    }

    int cases(Student s) {
        return jdbc.sql("SELECT COUNT(*) FROM information_change_case WHERE student_id = ?").param(s.id())
                .query(Integer.class).single();
    }

    @Test
    void rInf1BadInputIs400WithTheRuleIdAndLeavesNothing() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        assertProblem(submit(application(s), null), HttpStatus.BAD_REQUEST, "R-INF-1");
        assertProblem(submit(application(s), "<html>".getBytes(StandardCharsets.UTF_8)), HttpStatus.BAD_REQUEST,
                "R-INF-1");
        Map<String, Object> noReason = application(s);
        noReason.put("reason", "");
        assertProblem(submit(noReason, PNG), HttpStatus.BAD_REQUEST, "R-INF-1");
        Map<String, Object> noProofType = application(s);
        noProofType.remove("proofType");
        assertProblem(submit(noProofType, PNG), HttpStatus.BAD_REQUEST, "R-INF-1");
        Map<String, Object> noStudent = application(s);
        noStudent.remove("studentId");
        assertProblem(submit(noStudent, PNG), HttpStatus.BAD_REQUEST, "R-INF-1");
        Map<String, Object> badGender = application(s);
        badGender.put("gender", "男的");
        assertProblem(submit(badGender, PNG), HttpStatus.BAD_REQUEST, null);
        Map<String, Object> invisible = application(s);
        invisible.put("address", "长春市\u202E朝阳区");
        assertProblem(submit(invisible, PNG), HttpStatus.BAD_REQUEST, null);
        // R-REG-2: the checksum of a new resident ID number
        Map<String, Object> badId = application(s);
        String id = s.idNumber().value();
        badId.put("idNumber", id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
        assertProblem(submit(badId, PNG), HttpStatus.UNPROCESSABLE_ENTITY, "R-REG-2");
        // R-REG-4: the number of another active record
        Student other = fixtures.enrolled(Demo.NONGAN);
        Map<String, Object> taken = application(s);
        taken.put("idNumber", other.idNumber().value());
        taken.put("birthDate", other.birthDate().toString());
        taken.put("gender", other.idNumber().gender().name());
        assertProblem(submit(taken, PNG), HttpStatus.CONFLICT, "R-REG-4");
        assertThat(cases(s)).isZero();
        assertThat(records.runningProcedure(s.id())).isEmpty();
        assertThat(IdNumber.checkCharacter(id.substring(0, 17))).isEqualTo(id.charAt(17));
    }

    @Test
    void otherSchool403UnknownStudentOrCase404Anonymous401AndTheCaseIsReadable() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        assertProblem(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).postForEntity("/api/information-changes",
                multipart(application(s), "户口簿.png", PNG), JsonNode.class), HttpStatus.FORBIDDEN, null);
        Map<String, Object> unknown = application(s);
        unknown.put("studentId", 99_999_999L);
        assertProblem(submit(unknown, PNG), HttpStatus.NOT_FOUND, null);
        assertProblem(driver.anonymous().postForEntity("/api/information-changes",
                multipart(application(s), "户口簿.png", PNG), JsonNode.class), HttpStatus.UNAUTHORIZED, null);
        assertThat(cases(s)).isZero();

        ResponseEntity<JsonNode> created = submit(application(s), PNG);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseKey = created.getBody().get("caseKey").asText();
        assertThat(caseKey).isEqualTo("INF-" + s.studentNumber() + "-1");
        JsonNode view = driver.api(Demo.YONGJI, SchoolRole.PRINCIPAL).getForObject("/api/information-changes/"
                + caseKey, JsonNode.class);
        assertThat(view.get("changes").asText()).contains("家庭住址", "长春市朝阳区");
        long proof = view.get("proofDocument").asLong();
        ResponseEntity<byte[]> download = driver.api(Demo.YONGJI, SchoolRole.PRINCIPAL)
                .getForEntity("/api/documents/" + proof, byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(PNG);
        assertThat(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).getForEntity("/api/documents/" + proof,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND); // not yours = not there
        assertProblem(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).getForEntity("/api/information-changes/"
                + caseKey, JsonNode.class), HttpStatus.NOT_FOUND, null);
        assertProblem(driver.api(Demo.YONGJI, SchoolRole.REGISTRAR).getForEntity("/api/information-changes/INF-NONE-1",
                JsonNode.class), HttpStatus.NOT_FOUND, null);
        assertProblem(driver.anonymous().getForEntity("/api/information-changes/" + caseKey, JsonNode.class),
                HttpStatus.UNAUTHORIZED, null);
        assertThat(driver.api(Demo.YONGJI, SchoolRole.REGISTRAR).getForEntity("/api/students/" + s.id()
                + "/information-changes", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).getForEntity("/api/students/" + s.id()
                + "/information-changes", JsonNode.class), HttpStatus.NOT_FOUND, null);
        // PROC-1: a second application while the first runs
        assertProblem(submit(application(s), PNG), HttpStatus.CONFLICT, "PROC-1");
    }
}
