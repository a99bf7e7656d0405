package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class WebApiTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    OrganisationRepository organisation;

    @Test
    void idNumberCheckAnswersWhatTheNumberEncodes() {
        ResponseEntity<JsonNode> ok = registrar().postForEntity("/api/id-numbers/check",
                Map.of("idNumber", "11010519491231002x"), JsonNode.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getBody().get("idNumber").asText()).isEqualTo("11010519491231002X");
        assertThat(ok.getBody().get("gender").asText()).isEqualTo("FEMALE");
    }

    @Test
    void badIdNumberGets422WithChineseMessageAndRuleId() {
        ResponseEntity<JsonNode> bad = registrar().postForEntity("/api/id-numbers/check",
                Map.of("idNumber", "110105194912310021"), JsonNode.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(bad.getBody().get("ruleId").asText()).isEqualTo("R-REG-2");
        assertThat(bad.getBody().get("detail").asText()).contains("校验位错误");

        ResponseEntity<JsonNode> mismatch = registrar().postForEntity("/api/id-numbers/check",
                Map.of("idNumber", "440524188001010014", "gender", "FEMALE"), JsonNode.class);
        assertThat(mismatch.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(mismatch.getBody().get("ruleId").asText()).isEqualTo("R-REG-4");
    }

    @Test
    void apiNeedsASignedInUser() {
        ResponseEntity<JsonNode> anonymous = driver.anonymous().postForEntity("/api/id-numbers/check",
                Map.of("idNumber", "11010519491231002X"), JsonNode.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody().get("detail").asText()).contains("登录");
        ResponseEntity<String> wrongPassword = driver.anonymous().withBasicAuth("yanji-appeal", "wrong")
                .postForEntity("/api/id-numbers/check", Map.of("idNumber", "11010519491231002X"), String.class);
        assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void registrarStartsVerificationOnlyForOwnSchool() {
        long nonganClass = organisation.classes(Demo.NONGAN.code()).get(0).id();
        ResponseEntity<JsonNode> own = registrar().postForEntity("/api/roster-verifications",
                Map.of("classId", nonganClass), JsonNode.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(own.getBody().get("businessKey").asText()).startsWith("RV-" + nonganClass + "-");

        ResponseEntity<JsonNode> other = driver.api(Demo.YONGJI, SchoolRole.REGISTRAR)
                .postForEntity("/api/roster-verifications", Map.of("classId", nonganClass), JsonNode.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody().get("detail").asText()).contains("本校");

        ResponseEntity<JsonNode> missing = registrar().postForEntity("/api/roster-verifications",
                Map.of("classId", 999999), JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void ourPagesAndApiSendSecurityHeaders() {
        // issue 13 §5: like the Camunda webapps
        ResponseEntity<String> page = driver.anonymous().getForEntity("/registration/upload.html", String.class);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        ResponseEntity<String> api = registrar().getForEntity("/api/classes", String.class);
        assertThat(api.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        ResponseEntity<String> anonymousApi = driver.anonymous().getForEntity("/api/classes", String.class);
        assertThat(anonymousApi.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void actuatorHealthShowsStatusOnlyWithoutLogin() {
        // issue 13 §5: no database product, disk path or job-executor lock owner for anonymous callers
        ResponseEntity<JsonNode> health = driver.anonymous().getForEntity("/actuator/health", JsonNode.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
        assertThat(health.getBody().properties()).hasSize(1);
        assertThat(health.getBody().toString()).doesNotContain("PostgreSQL").doesNotContain("lockOwner");
    }

    @Test
    void administratorDeploysAModelerDiagramOverEngineRestButStaffCannot() {
        org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
        body.add("deployment-name", "modeler-check");
        body.add("deployment-source", "Camunda Modeler");
        body.add("data", new org.springframework.core.io.ClassPathResource("modeler/modeler-deployment-check.bpmn"));
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
        org.springframework.http.HttpEntity<?> request = new org.springframework.http.HttpEntity<>(body, headers);

        ResponseEntity<JsonNode> staff = registrar().postForEntity("/engine-rest/deployment/create", request, JsonNode.class);
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> admin = driver.api("admin")
                .postForEntity("/engine-rest/deployment/create", request, JsonNode.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody().get("deployedProcessDefinitions").toString()).contains("modelerDeploymentCheck");
    }

    private TestRestTemplate registrar() {
        return driver.api(Demo.NONGAN, SchoolRole.REGISTRAR);
    }
}
