package cn.jledu.studentstatus.majorchange;

import static cn.jledu.studentstatus.majorchange.MajorChangeContract.Vars;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.majorchange.MajorChangeContract.Ground;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.platform.DeploymentDrift;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.util.LinkedMultiValueMap;

/**
 * R-MJC-3 from Camunda Modeler (docs/operations.md): an administrator edits the window table
 * major-change-window.dmn and deploys it alone as Modeler's "Deploy current diagram" does. The business rule task
 * binds the table with {@code decisionRefBinding="latest"}, so the next major-change case is decided by the changed
 * table, a case already running keeps the answer and the diagram version it started with, and the start-up check
 * names the table and both decision versions.
 */
@IntegrationTest
class MajorChangeWindowFromModelerTest {

    static final String DMN = "major-change-window.dmn";
    /** 2025 autumn intake: semester 3, inside the packaged same-category window (semester 3 or earlier). */
    static final String CASE_TIME = "2026-09-10T10:00";

    @Autowired
    MajorChangeProcess majorChanges;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRepository students;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    ProcessDriver driver;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DeploymentDrift drift;

    final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void init() {
        if (!organisation.isApproved(Demo.CITY_SCHOOL.code(), "710202")) {
            organisation.approveMajor(Demo.CITY_SCHOOL.code(), "710202", LocalDate.of(2021, 7, 1), "测试批文");
        }
        EngineClock.set(CASE_TIME);
    }

    @AfterEach
    void removeModelerDeployments() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
        EngineClock.reset();
    }

    @Test
    void rMjc3ATableChangedInModelerDecidesTheNextCaseAndTheRunningCaseKeepsItsAnswer() throws IOException {
        Student before = fixtures.enrolled(Demo.CITY_SCHOOL);
        ProcessInstance running = majorChanges.apply(application(before));
        int packagedDecision = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(MajorChangeContract.DECISION_WINDOW).latestVersion().singleResult().getVersion();
        String runningDefinition = runtime.createProcessInstanceQuery().processInstanceId(running.getId())
                .singleResult().getProcessDefinitionId();

        // the administrator shortens the same-category window to the end of the first year (semester 2)
        String dmn = Files.readString(Path.of("processes", DMN));
        String edited = dmn.replace("<text>&lt;= 3</text>", "<text>&lt;= 2</text>")
                .replace("<text>&gt; 3</text>", "<text>&gt; 2</text>")
                .replace("须在二年级第一学期结束前办理。", "须在一年级结束前办理（Modeler 修改）。");
        assertThat(edited).isNotEqualTo(dmn).contains("&lt;= 2", "&gt; 2", "Modeler 修改");
        deployAsModeler("major-change-window", DMN, edited);

        DecisionDefinition latest = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(MajorChangeContract.DECISION_WINDOW).latestVersion().singleResult();
        assertThat(latest.getDeploymentId()).isEqualTo(deployments.get(0));
        assertThat(latest.getVersion()).isEqualTo(packagedDecision + 1);

        // a new case in semester 3 is refused by the changed table, with its rule id and its new text
        Student after = fixtures.enrolled(Demo.CITY_SCHOOL);
        MajorChangeProcessTest.assertRule(() -> majorChanges.apply(application(after)), "R-MJC-3",
                "一年级结束前办理（Modeler 修改）");

        // the running case keeps the table's earlier answer and its diagram version, and completes
        @SuppressWarnings("unchecked")
        Map<String, Object> window = (Map<String, Object>) runtime.getVariable(running.getId(), Vars.WINDOW);
        assertThat(window).containsEntry("allowed", true);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(runningDefinition);
        driver.complete(running, MajorChangeContract.TASK_APPROVE_SCHOOL,
                GroupIds.school(Demo.CITY_SCHOOL.code(), cn.jledu.studentstatus.organisation.SchoolRole.PRINCIPAL),
                Map.of(Vars.SCHOOL_DECISION, "APPROVE", Vars.SCHOOL_REASON, "同意"));
        driver.complete(running, MajorChangeContract.TASK_REVIEW_BUREAU, GroupIds.bureauReviewer("220100"),
                Map.of(Vars.BUREAU_DECISION, "APPROVE", Vars.BUREAU_REASON, "审核通过", Vars.STAMPED, true));
        assertThat(students.find(before.id()).orElseThrow().majorCode()).isEqualTo("710202");
        assertThat(students.find(after.id()).orElseThrow().majorCode()).isEqualTo(after.majorCode());

        // start-up names the table and both decision versions (DeploymentDrift)
        DeploymentDrift.Drift found = drift.check().stream().filter(d -> d.resource().equals(DMN)).findFirst()
                .orElseThrow();
        assertThat(found.deploymentSource()).isEqualTo("Camunda Modeler");
        assertThat(found.deployedVersion()).isEqualTo(packagedDecision + 1);
        assertThat(found.packagedVersion()).isEqualTo(packagedDecision);
    }

    @Test
    void rMjc3AfterTheModelerTableIsRemovedThePackagedTableDecidesAgain() throws IOException {
        deployAsModeler("major-change-window", DMN, Files.readString(Path.of("processes", DMN))
                .replace("<text>&lt;= 3</text>", "<text>&lt;= 2</text>")
                .replace("<text>&gt; 3</text>", "<text>&gt; 2</text>"));
        repository.deleteDeployment(deployments.remove(0), true);
        assertThat(drift.check()).extracting(DeploymentDrift.Drift::resource).doesNotContain(DMN);
        ProcessInstance instance = majorChanges.apply(application(fixtures.enrolled(Demo.CITY_SCHOOL)));
        assertThat(driver.task(instance).getTaskDefinitionKey()).isEqualTo(MajorChangeContract.TASK_APPROVE_SCHOOL);
        runtime.deleteProcessInstance(instance.getId(), "test finished");
    }

    private static MajorChangeService.Application application(Student s) {
        return new MajorChangeService.Application(s.id(), "710202", null, Ground.APTITUDE,
                "学生特长和兴趣明确，有竞赛获奖证书", null, null, null);
    }

    /** Deploys as Modeler does, today (the engine clock is back at the real time while deploying). */
    private void deployAsModeler(String name, String fileName, String content) {
        EngineClock.reset();
        try {
            post(name, fileName, content);
        } finally {
            EngineClock.set(CASE_TIME);
        }
    }

    private void post(String name, String fileName, String content) {
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
