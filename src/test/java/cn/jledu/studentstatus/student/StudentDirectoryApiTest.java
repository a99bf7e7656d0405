package cn.jledu.studentstatus.student;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/classes, /api/classes/{id}/students and /api/students: each user sees the schools StaffScope allows. */
@IntegrationTest
class StudentDirectoryApiTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    OrganisationRepository organisation;

    @Test
    void registrarListsTheClassesAndStudentsOfTheOwnSchoolAndStartsARosterCheckWithThem() {
        ResponseEntity<JsonNode> classes = driver.api(Demo.NONGAN, SchoolRole.REGISTRAR)
                .getForEntity("/api/classes", JsonNode.class);
        assertThat(classes.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(values(classes.getBody(), "schoolCode")).containsOnly(Demo.NONGAN.code());
        assertThat(values(classes.getBody(), "name")).contains("2025级设施农业生产技术1班");
        JsonNode first = classes.getBody().get(0);
        assertThat(first.get("schoolName").asText()).isEqualTo(Demo.NONGAN.name());
        assertThat(first.get("majorName").asText()).isNotBlank();
        assertThat(first.get("yearGroup").asInt()).isIn(2025, 2026);

        long classId = first.get("id").asLong();
        ResponseEntity<JsonNode> students = driver.api(Demo.NONGAN, SchoolRole.HEAD_TEACHER)
                .getForEntity("/api/classes/" + classId + "/students", JsonNode.class);
        assertThat(students.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(students.getBody()).hasSize(first.get("studentCount").asInt()).isNotEmpty();
        JsonNode student = students.getBody().get(0);
        assertThat(student.get("studentNumber").asText()).startsWith(Demo.NONGAN.code());
        assertThat(student.get("idNumberMasked").asText()).contains("****");
        assertThat(student.has("idNumber")).isFalse();
        assertThat(student.get("statusLabel").asText()).isNotBlank();

        // the README's example: the class id comes from the list, and the roster check starts
        ResponseEntity<JsonNode> started = driver.api(Demo.NONGAN, SchoolRole.REGISTRAR)
                .postForEntity("/api/roster-verifications", Map.of("classId", classId), JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anotherSchoolsClassesAndStudentsAreRefused() {
        long yongjiClass = organisation.classes(Demo.YONGJI.code()).get(0).id();
        assertThat(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR)
                .getForEntity("/api/classes/" + yongjiClass + "/students", JsonNode.class).getStatusCode())
                .as("another school's class: as if it did not exist (issue 13 §5)").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR)
                .getForEntity("/api/classes?schoolCode=" + Demo.YONGJI.code(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR)
                .getForEntity("/api/students?classId=" + yongjiClass, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.api(Demo.NONGAN, SchoolRole.REGISTRAR)
                .getForEntity("/api/students?schoolCode=" + Demo.YONGJI.code(), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> missing = driver.api(Demo.NONGAN, SchoolRole.REGISTRAR)
                .getForEntity("/api/classes/987654/students", JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("detail").asText()).isEqualTo("未找到该记录，或您无权查看该记录。");
    }

    @Test
    void withoutSignInTheListsAre401() {
        assertThat(driver.anonymous().getForEntity("/api/classes", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(driver.anonymous().getForEntity("/api/students", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        long nonganClass = organisation.classes(Demo.NONGAN.code()).get(0).id();
        assertThat(driver.anonymous().getForEntity("/api/classes/" + nonganClass + "/students", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void bureauReviewersSeeTheSchoolsTheyReviewAndAdministratorsEverySchool() {
        // 农安县 reviews 农安; 长春市 reviews its city-run school and the county-run 农安 (review chain)
        assertThat(values(driver.api("nongan-bureau").getForObject("/api/classes", JsonNode.class), "schoolCode"))
                .containsOnly(Demo.NONGAN.code());
        assertThat(values(driver.api("changchun-bureau").getForObject("/api/classes", JsonNode.class), "schoolCode"))
                .containsOnly(Demo.CITY_SCHOOL.code(), Demo.NONGAN.code()).contains(Demo.CITY_SCHOOL.code(),
                        Demo.NONGAN.code());
        assertThat(values(driver.api("admin").getForObject("/api/classes", JsonNode.class), "schoolCode"))
                .contains(Demo.PROVINCE_SCHOOL.code(), Demo.CITY_SCHOOL.code(), Demo.NONGAN.code(), Demo.YONGJI.code(),
                        Demo.YANJI.code());
        // a reviewer of two schools names the school for the student list
        assertThat(driver.api("changchun-bureau").getForEntity("/api/students", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode enrolled = driver.api("changchun-bureau")
                .getForObject("/api/students?schoolCode=" + Demo.NONGAN.code() + "&status=在籍", JsonNode.class);
        assertThat(values(enrolled, "schoolCode")).isNotEmpty().containsOnly(Demo.NONGAN.code());
        assertThat(values(enrolled, "status")).containsOnly("ENROLLED");
        assertThat(driver.api("yanji-bureau").getForEntity("/api/students?schoolCode=" + Demo.NONGAN.code(),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void registrarListsTheOwnSchoolsStudentsInPages() {
        JsonNode firstTwo = driver.api(Demo.YONGJI, SchoolRole.REGISTRAR)
                .getForObject("/api/students?limit=2", JsonNode.class);
        JsonNode nextTwo = driver.api(Demo.YONGJI, SchoolRole.REGISTRAR)
                .getForObject("/api/students?limit=2&offset=2", JsonNode.class);
        assertThat(firstTwo).hasSize(2);
        assertThat(nextTwo).hasSize(2);
        assertThat(values(firstTwo, "schoolCode")).containsOnly(Demo.YONGJI.code());
        assertThat(values(firstTwo, "id")).doesNotContainAnyElementsOf(values(nextTwo, "id"));
        ResponseEntity<JsonNode> badStatus = driver.api(Demo.YONGJI, SchoolRole.REGISTRAR)
                .getForEntity("/api/students?status=ON_LEAVE", JsonNode.class);
        assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badStatus.getBody().get("detail").asText()).contains("学籍状态无效");
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }
}
