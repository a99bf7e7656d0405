package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.award.AwardKind;
import cn.jledu.studentstatus.award.AwardLevel;
import cn.jledu.studentstatus.award.AwardProcess;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The Modeler round trip (docs/operations.md): a diagram deployed from Camunda Modeler alone — one BPMN file, as
 * "Deploy current diagram" sends it — keeps finding its forms (formRefBinding "latest"), a form deployed alone is
 * picked up by the next case, and the start-up check reports that the repository is behind.
 */
@IntegrationTest
class ModelerRoundTripTest {

    @Autowired
    ProcessDriver driver;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    AwardProcess awards;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    DeploymentDrift drift;

    final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeModelerDeployments() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void aDiagramDeployedAloneFromModelerKeepsItsFormsAndTheStartUpCheckWarns() throws IOException {
        String edited = Files.readString(Path.of("processes/award.bpmn"))
                .replace("name=\"校长确认奖励：", "name=\"校长确认奖励（新版）：");
        assertThat(edited).contains("校长确认奖励（新版）");
        deployAsModeler("award", "award.bpmn", edited);

        List<DeploymentDrift.Drift> found = drift.check();
        assertThat(found).extracting(DeploymentDrift.Drift::resource).contains("award.bpmn");
        DeploymentDrift.Drift award = found.stream().filter(d -> d.resource().equals("award.bpmn")).findFirst()
                .orElseThrow();
        assertThat(award.deploymentSource()).isEqualTo("Camunda Modeler");
        assertThat(award.deployedVersion()).isEqualTo(award.packagedVersion() + 1);

        Task task = startAward();
        assertThat(task.getName()).startsWith("校长确认奖励（新版）");
        try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("approveAwardForm");
        }
        ResponseEntity<JsonNode> done = driver.api(Demo.PROVINCE_SCHOOL, SchoolRole.PRINCIPAL).postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form",
                Map.of("variables", Map.of("awardApproved", Map.of("value", true, "type", "Boolean"))),
                JsonNode.class);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    @Test
    void aFormDeployedAloneFromModelerIsUsedByTheNextCase() throws IOException {
        Path file = Path.of("forms/award/approve-award.form");
        String edited = Files.readString(file).replace("确认奖励属实", "确认奖励属实（新版表单）");
        assertThat(edited).contains("新版表单");
        deployAsModeler("approve-award", "approve-award.form", edited);

        Task task = startAward();
        try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("确认奖励属实（新版表单）");
        }
        assertThat(drift.check()).extracting(DeploymentDrift.Drift::resource).contains("approve-award.form");
    }

    @Test
    void withoutModelerDeploymentsNothingDrifts() {
        assertThat(drift.check()).isEmpty();
    }

    private Task startAward() {
        Student student = fixtures.enrolled(Demo.PROVINCE_SCHOOL);
        ProcessInstance instance = awards.propose(student.id(), "省级技能大赛二等奖", AwardLevel.PROVINCE,
                AwardKind.SINGLE, "吉林省教育厅", LocalDate.of(2026, 6, 1), "模具设计项目");
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private void deployAsModeler(String name, String fileName, String content) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", name);
        body.add("deployment-source", "Camunda Modeler");
        body.add("deploy-changed-only", "false");
        body.add("data", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> deployed = driver.api("admin").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        deployments.add(deployed.getBody().get("id").asText());
    }
}
