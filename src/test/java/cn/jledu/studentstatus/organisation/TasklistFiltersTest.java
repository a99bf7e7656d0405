package cn.jledu.studentstatus.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Tasklist filters per role: 待我处理, 本单位待认领, 即将超期 (the last 3 working days before the due date),
 * 已超期, each sorted by due date; a task of another school is in none of them.
 */
@IntegrationTest
class TasklistFiltersTest {

    static final String KEY = "tasklistFiltersCheck";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;
    @Autowired
    cn.jledu.studentstatus.support.ProcessDriver driver;

    String deploymentId;

    @BeforeEach
    void deploy() {
        deploymentId = repository.createDeployment().name("filters-test").addString(KEY + ".bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start"/>
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Check"/>
                    <bpmn:userTask id="Task_Check" name="核对：${studentName}"
                        camunda:candidateGroups="${candidate}" camunda:dueDate="${due}"/>
                    <bpmn:sequenceFlow id="F2" sourceRef="Task_Check" targetRef="End"/>
                    <bpmn:endEvent id="End"/>
                  </bpmn:process>
                </bpmn:definitions>""".formatted(KEY)).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        EngineClock.reset();
        identity.clearAuthentication();
        repository.deleteDeployment(deploymentId, true);
    }

    @Test
    void dueSoonFromTheLastThreeWorkingDaysAndOverdueAfterTheDueDate() {
        // Monday 2026-10-12; due at the end of Friday 2026-10-23 (00:00 of the 24th)
        EngineClock.set(LocalDateTime.of(2026, 10, 12, 9, 0));
        Task later = start("张晚", Demo.NONGAN.code(), LocalDate.of(2026, 10, 30));
        Task sooner = start("李早", Demo.NONGAN.code(), LocalDate.of(2026, 10, 23));
        Task elsewhere = start("王他校", Demo.YONGJI.code(), LocalDate.of(2026, 10, 23));
        // follow-up = the start of Wednesday 21st: Wed, Thu, Fri are the last three working days
        assertThat(sooner.getFollowUpDate()).isEqualTo(startOf(LocalDate.of(2026, 10, 21)));
        String registrar = Demo.user(Demo.NONGAN, SchoolRole.REGISTRAR);

        assertThat(names(registrar, IdentitySync.FILTER_UNIT)).containsExactly("核对：李早", "核对：张晚");
        assertThat(names(registrar, IdentitySync.FILTER_DUE_SOON)).isEmpty();
        assertThat(names(registrar, IdentitySync.FILTER_OVERDUE)).isEmpty();

        EngineClock.set(LocalDateTime.of(2026, 10, 20, 23, 59));
        assertThat(names(registrar, IdentitySync.FILTER_DUE_SOON)).isEmpty();
        EngineClock.set(LocalDateTime.of(2026, 10, 21, 0, 1));
        assertThat(names(registrar, IdentitySync.FILTER_DUE_SOON)).containsExactly("核对：李早");

        tasks.claim(sooner.getId(), registrar);
        assertThat(names(registrar, IdentitySync.FILTER_MINE)).containsExactly("核对：李早");
        assertThat(names(registrar, IdentitySync.FILTER_UNIT)).containsExactly("核对：张晚");
        assertThat(names(registrar, IdentitySync.FILTER_DUE_SOON)).containsExactly("核对：李早");

        EngineClock.set(LocalDateTime.of(2026, 10, 24, 0, 1));
        assertThat(names(registrar, IdentitySync.FILTER_OVERDUE)).containsExactly("核对：李早");
        assertThat(names(registrar, IdentitySync.FILTER_DUE_SOON)).doesNotContain("核对：李早");
        assertThat(names(registrar, IdentitySync.FILTER_UNIT_ALL)).containsExactly("核对：李早", "核对：张晚")
                .doesNotContain(elsewhere.getName());
    }

    /**
     * Issue 14: the filters' columns 学校, 学生, 事项 reach a reviewer who may read the task but not the process
     * instance — through the engine REST call Tasklist makes (HAL list of a filter with its variables).
     */
    @Test
    void theListColumnsReachTheCandidateThroughTheEngineRestApi() {
        EngineClock.set(LocalDateTime.of(2026, 10, 12, 9, 0));
        String id = runtime.startProcessInstanceByKey(KEY, Map.of("studentName", "赵列", "schoolCode",
                Demo.NONGAN.code(), "schoolName", "农安县职业教育中心", "caseTitle", "核对：赵列",
                "candidate", GroupIds.school(Demo.NONGAN.code(), SchoolRole.REGISTRAR),
                "due", startOf(LocalDate.of(2026, 10, 31)))).getId();
        Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
        Filter filter = filters.createFilterQuery().filterName(IdentitySync.FILTER_UNIT).singleResult();
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(org.springframework.http.MediaType.parseMediaType("application/hal+json")));
        com.fasterxml.jackson.databind.JsonNode list = driver.api(Demo.user(Demo.NONGAN, SchoolRole.REGISTRAR))
                .postForObject("/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=200",
                        new org.springframework.http.HttpEntity<>("{}", headers),
                        com.fasterxml.jackson.databind.JsonNode.class);
        Map<String, String> values = new java.util.HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode listed : list.path("_embedded").path("task")) {
            if (task.getId().equals(listed.path("id").asText())) {
                for (com.fasterxml.jackson.databind.JsonNode variable : listed.path("_embedded").path("variable")) {
                    values.put(variable.get("name").asText(), variable.get("value").asText());
                }
            }
        }
        assertThat(values).containsEntry("schoolName", "农安县职业教育中心").containsEntry("studentName", "赵列")
                .containsEntry("caseTitle", "核对：赵列");
    }

    private Task start(String studentName, String schoolCode, LocalDate dueDay) {
        String id = runtime.startProcessInstanceByKey(KEY, Map.of("studentName", studentName, "schoolCode", schoolCode,
                "candidate", GroupIds.school(schoolCode, SchoolRole.REGISTRAR),
                "due", startOf(dueDay.plusDays(1)))).getId();
        return tasks.createTaskQuery().processInstanceId(id).singleResult();
    }

    private List<String> names(String user, String filterName) {
        Filter filter = filters.createFilterQuery().filterName(filterName).singleResult();
        try {
            identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                    .map(g -> g.getId()).toList());
            return filters.<Task>list(filter.getId()).stream()
                    .filter(t -> KEY.equals(repository.getProcessDefinition(t.getProcessDefinitionId()).getKey()))
                    .map(Task::getName).toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(AppClock.ZONE).toInstant());
    }
}
