package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13 §6: one task completed twice at the same moment through the engine REST API (two nodes, two users, a
 * double click): one completion succeeds, the other is a clean 4xx with a Chinese message, never a 500, and the
 * case moves on once. {@code .ci/two-nodes} does the same across two application nodes.
 */
@IntegrationTest
class ConcurrentCompletionTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aTaskCompletedTwiceAtOnceSucceedsOnceAndIsRefusedCleanlyOnce() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <bpmn:process id="concurrentCompletion" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Work" />
                    <bpmn:userTask id="Work" name="并发办理：${execution.processBusinessKey}" />
                    <bpmn:sequenceFlow id="f2" sourceRef="Work" targetRef="After" />
                    <bpmn:userTask id="After" name="后续：${execution.processBusinessKey}" />
                    <bpmn:sequenceFlow id="f3" sourceRef="After" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        String deployment = repository.createDeployment().addString("concurrent-completion.bpmn", xml).deploy().getId();
        TestRestTemplate admin = rest.withBasicAuth("admin", "admin");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<String> instances = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                instances.add(runtime.startProcessInstanceByKey("concurrentCompletion", "case-" + i).getId());
            }
            for (String instance : instances) {
                String task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Work")
                        .singleResult().getId();
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<ResponseEntity<JsonNode>>> both = new ArrayList<>();
                for (int n = 0; n < 2; n++) {
                    both.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return admin.postForEntity("/engine-rest/task/" + task + "/complete", Map.of(), JsonNode.class);
                    }, pool));
                }
                List<ResponseEntity<JsonNode>> answers = both.stream().map(CompletableFuture::join).toList();
                assertThat(answers).as("answers for task %s", task)
                        .filteredOn(r -> r.getStatusCode().value() == 204).hasSize(1);
                ResponseEntity<JsonNode> refused = answers.stream().filter(r -> r.getStatusCode().value() != 204)
                        .findFirst().orElseThrow();
                assertThat(refused.getStatusCode().is4xxClientError())
                        .as("the second completion of %s is a clean refusal, not %s: %s", task,
                                refused.getStatusCode(), refused.getBody()).isTrue();
                assertThat(refused.getBody().toString()).containsPattern("[\\u4e00-\\u9fa5]");
                // the case moved on exactly once
                assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("After").count())
                        .isEqualTo(1);
                assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                        .activityId("After").count()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
            repository.deleteDeployment(deployment, true);
        }
    }
}
