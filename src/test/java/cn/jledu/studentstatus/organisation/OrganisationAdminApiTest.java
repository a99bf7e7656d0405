package cn.jledu.studentstatus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Administrators add a school (its groups at once), a major, the school's approval for it and a class. */
@IntegrationTest
class OrganisationAdminApiTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationRepository organisation;

    @Test
    void administratorAddsSchoolMajorApprovalAndClass() {
        TestRestTemplate admin = driver.api("admin");
        ResponseEntity<JsonNode> school = admin.postForEntity("/api/admin/schools", Map.of("code", "2201229901",
                "name", "农安县第二职业高中", "runBy", "COUNTY", "supervisingBureauCode", "220122"), JsonNode.class);
        assertThat(school.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(identity.createGroupQuery().groupId(GroupIds.school("2201229901", SchoolRole.REGISTRAR)).count())
                .isOne();
        assertThat(organisation.school("2201229901").orElseThrow().supervisingBureauCode()).isEqualTo("220122");

        ResponseEntity<JsonNode> major = admin.postForEntity("/api/admin/majors", Map.of("code", "710299",
                "name", "测试专业", "categoryCode", "71", "agricultureRelated", false, "primaryIntakeAllowed", false),
                JsonNode.class);
        assertThat(major.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> unapproved = admin.postForEntity("/api/admin/schools/2201229901/classes",
                Map.of("name", "2026级测试1班", "majorCode", "710299", "yearGroup", 2026), JsonNode.class);
        assertThat(unapproved.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unapproved.getBody().toString()).contains("R-MAJ-1");

        assertThat(admin.postForEntity("/api/admin/schools/2201229901/majors", Map.of("majorCode", "710299",
                "approvedOn", "2026-07-01", "approvalRef", "农教发〔2026〕1号"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> created = admin.postForEntity("/api/admin/schools/2201229901/classes",
                Map.of("name", "2026级测试1班", "majorCode", "710299", "yearGroup", 2026), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(organisation.classes("2201229901")).extracting(SchoolClass::name).containsExactly("2026级测试1班");
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        TestRestTemplate admin = driver.api("admin");
        // a county-run school must be supervised by a county bureau
        ResponseEntity<JsonNode> wrongLevel = admin.postForEntity("/api/admin/schools", Map.of("code", "2201009902",
                "name", "错层级学校", "runBy", "COUNTY", "supervisingBureauCode", "220100"), JsonNode.class);
        assertThat(wrongLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(organisation.school("2201009902")).isEmpty();
        ResponseEntity<JsonNode> badCode = admin.postForEntity("/api/admin/schools", Map.of("code", "12AB",
                "name", "坏代码", "runBy", "CITY", "supervisingBureauCode", "220100"), JsonNode.class);
        assertThat(badCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> duplicate = admin.postForEntity("/api/admin/schools", Map.of("code",
                Demo.NONGAN.code(), "name", "重复", "runBy", "COUNTY", "supervisingBureauCode", "220122"), JsonNode.class);
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> badCategory = admin.postForEntity("/api/admin/majors", Map.of("code", "710298",
                "name", "错大类", "categoryCode", "61"), JsonNode.class);
        assertThat(badCategory.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void staffCannotMaintainTheOrganisation() {
        ResponseEntity<JsonNode> registrar = driver.api(Demo.NONGAN, SchoolRole.REGISTRAR).postForEntity(
                "/api/admin/schools/" + Demo.NONGAN.code() + "/classes",
                Map.of("name", "越权班", "majorCode", "710201", "yearGroup", 2026), JsonNode.class);
        assertThat(registrar.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(organisation.classes(Demo.NONGAN.code())).extracting(SchoolClass::name).doesNotContain("越权班");
    }
}
