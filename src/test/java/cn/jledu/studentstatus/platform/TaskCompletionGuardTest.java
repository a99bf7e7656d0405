package cn.jledu.studentstatus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import cn.jledu.studentstatus.latereporting.LateReportingContract;
import cn.jledu.studentstatus.monthlyreport.MonthlyReportContract;
import cn.jledu.studentstatus.majorchange.MajorChangeContract;
import cn.jledu.studentstatus.organisation.Bureau;
import cn.jledu.studentstatus.organisation.BureauLevel;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.registration.RegistrationContract;
import cn.jledu.studentstatus.academicproof.AcademicProofContract;
import cn.jledu.studentstatus.graduation.GraduationContract;
import cn.jledu.studentstatus.repeatyear.RepeatYearContract;
import cn.jledu.studentstatus.registrationcancellation.RegistrationCancellationContract;
import cn.jledu.studentstatus.registrationfiling.RegistrationFilingContract;
import cn.jledu.studentstatus.schoolclosure.SchoolClosureContract;
import cn.jledu.studentstatus.rosterverification.RosterVerificationContract;
import cn.jledu.studentstatus.rosterverification.RosterVerificationProcess;
import cn.jledu.studentstatus.sanction.SanctionContract;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.transfer.TransferContract;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13, finding 1: a task completion cannot rewrite the case. For every user task of every process in
 * processes/ (read from the deployed models, so a new process is covered as soon as it is deployed), the task's
 * legitimate candidate or assignee completes it through the engine REST API setting each case-identifying
 * variable: each attempt is refused with 400 and a Chinese message naming the variable, the task stays open,
 * and no variable changes. The same holds for the task variable endpoints. Completions with exactly the form's
 * fields go through.
 */
@IntegrationTest
class TaskCompletionGuardTest {

    static final Pattern PROCESS_ID = Pattern.compile("<bpmn:process id=\"([^\"]+)\"[^>]*isExecutable=\"true\"");
    static final String ADMIN = "admin";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationRepository organisationRepository;
    @Autowired
    Organisation organisation;
    @Autowired
    StudentRepository students;
    @Autowired
    RosterVerificationProcess rosterVerification;
    @Autowired
    TestRestTemplate rest;

    final List<String> instances = new ArrayList<>();

    @AfterEach
    void removeInstances() {
        for (String id : instances) {
            if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtime.deleteProcessInstance(id, "test finished", true);
            }
        }
    }

    /** One user task of a deployed process. */
    record UserTaskOf(String processKey, String activityId, String name) {
        @Override
        public String toString() {
            return processKey + "/" + activityId + "（" + name + "）";
        }
    }

    /** An open task of a case started right before it, and who may work on it. */
    record OpenTask(UserTaskOf of, String processInstanceId, String taskId, String worker) {
    }

    @Test
    void noCompletionOfAnyUserTaskCanSetACaseFact() {
        List<UserTaskOf> userTasks = userTasks();
        assertThat(userTasks).hasSizeGreaterThanOrEqualTo(21);
        for (UserTaskOf userTask : userTasks) {
            OpenTask open = open(userTask);
            Map<String, Object> processBefore = runtime.getVariables(open.processInstanceId());
            Map<String, Object> localBefore = tasks.getVariablesLocal(open.taskId());
            TestRestTemplate worker = rest.withBasicAuth(open.worker(), Demo.PASSWORD);

            Map<String, Object> all = new LinkedHashMap<>();
            for (String name : CaseVariables.IDENTIFYING) {
                Map<String, Object> attempt = Map.of(name, otherValue(name, processBefore.get(name)));
                all.putAll(attempt);
                assertRefused(worker.postForEntity(url(open, "/complete"), Map.of("variables", attempt),
                        JsonNode.class), userTask + " complete " + name, name);
            }
            assertRefused(worker.postForEntity(url(open, "/submit-form"), Map.of("variables", all), JsonNode.class),
                    userTask + " submit-form", null);

            assertThat(tasks.createTaskQuery().taskId(open.taskId()).count()).as(userTask + " still open").isEqualTo(1);
            assertThat(runtime.getVariables(open.processInstanceId())).as(userTask + " process variables")
                    .isEqualTo(processBefore);
            assertThat(tasks.getVariablesLocal(open.taskId())).as(userTask + " task variables").isEqualTo(localBefore);
        }
    }

    @Test
    void taskVariableEndpointsCannotSetOrRemoveACaseFact() {
        boolean first = true;
        for (UserTaskOf userTask : firstUserTaskOfEachProcess()) {
            OpenTask open = open(userTask);
            Map<String, Object> processBefore = runtime.getVariables(open.processInstanceId());
            TestRestTemplate worker = rest.withBasicAuth(open.worker(), Demo.PASSWORD);
            TestRestTemplate admin = rest.withBasicAuth(ADMIN, "admin");
            Map<String, Object> all = new LinkedHashMap<>();
            CaseVariables.IDENTIFYING.forEach(name -> all.put(name, otherValue(name, processBefore.get(name))));

            // the task's own staff may work on it (TASK_WORK) but not write its variables at all
            ResponseEntity<JsonNode> byWorker = worker.exchange(url(open, "/variables/studentId"), HttpMethod.PUT,
                    new HttpEntity<>(all.get(CaseVariables.STUDENT_ID)), JsonNode.class);
            assertThat(byWorker.getStatusCode()).as(userTask + " PUT by worker").isEqualTo(HttpStatus.FORBIDDEN);
            // nor the process instance's variables, nor move its tokens
            assertThat(worker.exchange("/engine-rest/process-instance/" + open.processInstanceId() + "/variables/"
                    + CaseVariables.SCHOOL_CODE, HttpMethod.PUT, new HttpEntity<>(all.get(CaseVariables.SCHOOL_CODE)),
                    JsonNode.class).getStatusCode()).as(userTask + " instance variable").isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(worker.postForEntity("/engine-rest/process-instance/" + open.processInstanceId()
                    + "/modification", Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                    "activityId", userTask.activityId()))), JsonNode.class).getStatusCode())
                    .as(userTask + " modification").isEqualTo(HttpStatus.FORBIDDEN);
            // a BPMN error thrown from the task carries variables too
            assertRefused(worker.postForEntity(url(open, "/bpmnError"), Map.of("errorCode", "ANY", "variables",
                    Map.of(CaseVariables.SCHOOL_CODE, all.get(CaseVariables.SCHOOL_CODE))), JsonNode.class),
                    userTask + " bpmnError", CaseVariables.SCHOOL_CODE);

            // an administrator may, but not the case facts: the guard refuses every way of writing them
            if (first) {
                for (String name : CaseVariables.IDENTIFYING) {
                    assertRefused(admin.exchange(url(open, "/variables/" + name), HttpMethod.PUT,
                            new HttpEntity<>(all.get(name)), JsonNode.class), userTask + " PUT variable " + name, name);
                }
                first = false;
            }
            assertRefused(admin.postForEntity(url(open, "/variables"), Map.of("modifications", all), JsonNode.class),
                    userTask + " POST variables", null);
            for (String name : List.of(CaseVariables.STUDENT_ID, CaseVariables.SCHOOL_CODE)) {
                assertRefused(admin.exchange(url(open, "/localVariables/" + name), HttpMethod.PUT,
                        new HttpEntity<>(all.get(name)), JsonNode.class), userTask + " PUT local variable " + name, name);
            }
            assertRefused(admin.exchange(url(open, "/variables/" + CaseVariables.SCHOOL_CODE), HttpMethod.DELETE, null,
                    JsonNode.class), userTask + " DELETE variable", CaseVariables.SCHOOL_CODE);
            assertRefused(admin.postForEntity(url(open, "/variables"), Map.of("deletions",
                    List.of(CaseVariables.SCHOOL_CODE)), JsonNode.class), userTask + " POST deletions", "schoolCode");
            assertThat(runtime.getVariables(open.processInstanceId())).as(userTask.toString()).isEqualTo(processBefore);
        }
    }

    /**
     * Every user task accepts its own form's fields: read-only fields sent back unchanged (as Tasklist does) and
     * the writable ones with the form's types. Set through the variable endpoint so that no completion check or
     * later step runs; a completion is checked by the same rules.
     */
    @Test
    void everyUserTaskAcceptsItsOwnFormFields() throws IOException {
        TestRestTemplate admin = rest.withBasicAuth(ADMIN, "admin");
        for (UserTaskOf userTask : userTasks()) {
            OpenTask open = open(userTask);
            Map<String, TaskFormFields.Field> fields;
            try (InputStream form = forms.getDeployedTaskForm(open.taskId())) {
                fields = TaskFormFields.parse(form);
            }
            assertThat(fields).as(userTask + " has a form with fields").isNotEmpty();
            Map<String, Object> submission = new LinkedHashMap<>();
            fields.values().forEach(f -> submission.put(f.name(), f.readonly()
                    ? Map.of("value", tasks.getVariable(open.taskId(), f.name()) == null ? ""
                            : tasks.getVariable(open.taskId(), f.name()))
                    : Map.of("value", switch (f.kind()) {
                        case NUMBER -> 1;
                        case BOOLEAN -> true;
                        default -> "测试填写";
                    })));
            ResponseEntity<String> r = admin.postForEntity(url(open, "/variables"), Map.of("modifications", submission),
                    String.class);
            assertThat(r.getStatusCode()).as(userTask + " " + r.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        }
    }

    /**
     * Issue 13 §4: every writable text field of every form (textfield, textarea, select, radio, date) refuses text a
     * document cannot carry — an emoji, a bidi override — and text over the field's length (the form's
     * {@code validate.maxLength}, else 2,000), with a message naming the field's label, its key and the character;
     * nothing changes. The same guard checks completions ({@code complete}, {@code submit-form}).
     */
    @Test
    void everyTextFieldOfEveryFormRefusesTextADocumentCannotCarry() throws IOException {
        TestRestTemplate admin = rest.withBasicAuth(ADMIN, "admin");
        int checked = 0;
        for (UserTaskOf userTask : userTasks()) {
            OpenTask open = open(userTask);
            Map<String, TaskFormFields.Field> fields;
            Map<String, TaskFormFields.Text> texts;
            try (InputStream form = forms.getDeployedTaskForm(open.taskId())) {
                JsonNode tree = TaskFormFields.read(form);
                fields = TaskFormFields.parse(tree);
                texts = TaskFormFields.texts(tree);
            }
            Map<String, Object> before = runtime.getVariables(open.processInstanceId());
            for (Map.Entry<String, TaskFormFields.Text> text : texts.entrySet()) {
                TaskFormFields.Field field = fields.get(text.getKey());
                if (field == null || field.readonly() || field.kind() != TaskFormFields.Kind.TEXT) {
                    continue;
                }
                String name = text.getKey();
                for (Map.Entry<String, String> bad : Map.of("表现😀", "U+1F600", "甲\u202E乙", "U+202E",
                        "很".repeat(text.getValue().maxLength() + 1), text.getValue().maxLength() + " 个字符").entrySet()) {
                    String value = bad.getKey();
                    ResponseEntity<JsonNode> r = admin.postForEntity(url(open, "/variables"), Map.of("modifications",
                            Map.of(name, Map.of("value", value))), JsonNode.class);
                    String what = userTask + " " + name + " " + bad.getValue();
                    assertRefused(r, what, null);
                    assertThat(r.getBody().get("message").asText()).as(what)
                            .contains("“" + text.getValue().label() + "”（" + name + "）").contains(bad.getValue());
                    checked++;
                }
            }
            assertThat(runtime.getVariables(open.processInstanceId())).as(userTask.toString()).isEqualTo(before);
        }
        assertThat(checked).as("text fields checked").isGreaterThan(30);
    }

    /** The roster check's note with an emoji, completed by the head teacher: 400, the task stays open. */
    @Test
    void aCompletionWithTextTheDocumentsCannotCarryIsRefusedAndTheTaskStaysOpen() {
        SchoolClass schoolClass = organisationRepository.classes(Demo.YONGJI.code()).get(0);
        ProcessInstance instance = rosterVerification.start(schoolClass.id());
        instances.add(instance.getId());
        Task verify = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        ResponseEntity<JsonNode> r = rest.withBasicAuth(Demo.user(Demo.YONGJI, SchoolRole.HEAD_TEACHER), Demo.PASSWORD)
                .postForEntity("/engine-rest/task/" + verify.getId() + "/complete", Map.of("variables", Map.of(
                        "rosterCorrect", Map.of("value", false), "discrepancies", Map.of("value", "张三姓名错😀"))),
                        JsonNode.class);
        assertRefused(r, "emoji in the discrepancies", null);
        assertThat(r.getBody().get("message").asText()).contains("（discrepancies）").contains("U+1F600");
        assertThat(tasks.createTaskQuery().taskId(verify.getId()).count()).isEqualTo(1);
    }

    /** What Tasklist sends for the head teacher's roster form: the read-only class name back, the tick, an empty note. */
    @Test
    void headTeacherCompletesTheRosterCheckWithTheFormsFieldsThroughTheRestApi() {
        SchoolClass schoolClass = organisationRepository.classes(Demo.YONGJI.code()).get(0);
        ProcessInstance instance = rosterVerification.start(schoolClass.id());
        instances.add(instance.getId());
        Task verify = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        TestRestTemplate headTeacher = rest.withBasicAuth(Demo.user(Demo.YONGJI, SchoolRole.HEAD_TEACHER), Demo.PASSWORD);

        ResponseEntity<JsonNode> changedTitle = headTeacher.postForEntity("/engine-rest/task/" + verify.getId()
                + "/submit-form", Map.of("variables", Map.of("className", Map.of("value", "另一个班"),
                "rosterCorrect", Map.of("value", true))), JsonNode.class);
        assertRefused(changedTitle, "read-only field changed", "className");
        ResponseEntity<JsonNode> wrongType = headTeacher.postForEntity("/engine-rest/task/" + verify.getId()
                + "/complete", Map.of("variables", Map.of("rosterCorrect", Map.of("value", "true"))), JsonNode.class);
        assertRefused(wrongType, "checkbox sent as text", "rosterCorrect");
        assertThat(wrongType.getBody().get("message").asText()).contains("类型");

        ResponseEntity<String> done = headTeacher.postForEntity("/engine-rest/task/" + verify.getId() + "/submit-form",
                Map.of("variables", Map.of("className", Map.of("value", schoolClass.name()),
                        "rosterCorrect", Map.of("value", true), "discrepancies", Map.of("value", ""))), String.class);
        assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    /** A completion check's own refusal (an incomplete form) is a 400 with its Chinese message as well. */
    @Test
    void anIncompleteFormIsA400WithTheChineseMessage() {
        ProcessInstance instance = rosterVerification.start(organisationRepository.classes(Demo.YONGJI.code()).get(0).id());
        instances.add(instance.getId());
        Task verify = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        ResponseEntity<JsonNode> r = rest.withBasicAuth(Demo.user(Demo.YONGJI, SchoolRole.HEAD_TEACHER), Demo.PASSWORD)
                .postForEntity("/engine-rest/task/" + verify.getId() + "/complete", Map.of("variables",
                        Map.of("rosterCorrect", Map.of("value", false))), JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(r.getBody().get("message").asText()).isEqualTo("名单有误时必须填写差错说明（写明学生姓名和差错内容）。");
        assertThat(tasks.createTaskQuery().taskId(verify.getId()).count()).isEqualTo(1);
    }

    /** Our own code may complete a task with the extra names the user task declares, never with a case fact. */
    @Test
    void aTaskMayDeclareExtraCompletionVariablesForOurOwnCode() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <bpmn:process id="guardDeclaredVariables" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="start" />
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Task_Api" />
                    <bpmn:userTask id="Task_Api" name="接口办理">
                      <bpmn:extensionElements>
                        <camunda:properties>
                          <camunda:property name="completionVariables" value="receiptNo, checkedOn,studentId" />
                        </camunda:properties>
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="f2" sourceRef="Task_Api" targetRef="end" />
                    <bpmn:endEvent id="end" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        String deployment = repository.createDeployment().addString("guard-declared-variables.bpmn", xml).deploy().getId();
        try {
            String instance = runtime.startProcessInstanceByKey("guardDeclaredVariables",
                    Map.of(CaseVariables.STUDENT_ID, 7L)).getId();
            String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
            assertThatThrownBy(() -> tasks.complete(task, Map.of("receiptNo", "R-1", "note", "x")))
                    .isInstanceOf(FormRefusal.class).hasMessage("不允许在办理任务时设置变量“note”：该任务的表单没有这一项。");
            assertThatThrownBy(() -> tasks.complete(task, Map.of(CaseVariables.STUDENT_ID, 8L)))
                    .isInstanceOf(FormRefusal.class).hasMessageContaining("“studentId”").hasMessageContaining("标识本案件");
            tasks.complete(task, Map.of("receiptNo", "R-1", "checkedOn", "2025-10-10"));
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    static void assertRefused(ResponseEntity<JsonNode> r, String what, String variable) {
        assertThat(r.getStatusCode()).as(what + ": " + r.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        String message = r.getBody().get("message").asText();
        assertThat(message).as(what).matches(".*\\p{IsHan}.*").doesNotContain("Cannot", "Exception");
        if (variable != null) {
            assertThat(message).as(what).contains("“" + variable + "”");
        }
        assertThat(r.getBody().get("type").asText()).isEqualTo("FormRefusal");
    }

    static String url(OpenTask open, String path) {
        return "/engine-rest/task/" + open.taskId() + path;
    }

    /** Every user task of every process whose diagram is in processes/, as deployed. */
    List<UserTaskOf> userTasks() {
        List<UserTaskOf> result = new ArrayList<>();
        for (String key : processKeys()) {
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .latestVersion().singleResult();
            assertThat(definition).as(key + " is deployed").isNotNull();
            // a collaboration file holds several processes: only this process's own tasks
            repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class).stream()
                    .filter(t -> key.equals(((org.camunda.bpm.model.bpmn.instance.BaseElement) t.getParentElement()).getId()))
                    .map(t -> new UserTaskOf(key, t.getId(), t.getName())).sorted((a, b) ->
                            a.activityId().compareTo(b.activityId())).forEach(result::add);
        }
        return result;
    }

    List<UserTaskOf> firstUserTaskOfEachProcess() {
        Map<String, UserTaskOf> first = new LinkedHashMap<>();
        userTasks().forEach(t -> first.putIfAbsent(t.processKey(), t));
        return List.copyOf(first.values());
    }

    static List<String> processKeys() {
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            List<String> keys = new ArrayList<>();
            for (Path diagram : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                Matcher m = PROCESS_ID.matcher(Files.readString(diagram));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
            return keys;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a case right before the user task (as an administrator would with process instance modification). */
    OpenTask open(UserTaskOf userTask) {
        ProcessInstance instance = runtime.createProcessInstanceByKey(userTask.processKey())
                .businessKey("GUARD-" + userTask.activityId() + "-" + System.nanoTime())
                .setVariables(caseVariables(userTask.processKey())).startBeforeActivity(userTask.activityId())
                .execute();
        instances.add(instance.getId());
        for (Job job : management.createJobQuery().processInstanceId(instance.getId()).messages().list()) {
            management.executeJob(job.getId()); // an asynchronous continuation before the task
        }
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(userTask.activityId())
                .singleResult();
        assertThat(task).as(userTask + " is open").isNotNull();
        return new OpenTask(userTask, instance.getId(), task.getId(), worker(task));
    }

    /** The task's assignee, or a member of its first candidate group. */
    String worker(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getUserId() != null) {
                    return link.getUserId();
                }
                List<User> members = identity.createUserQuery().memberOfGroup(link.getGroupId()).list();
                if (!members.isEmpty()) {
                    return members.get(0).getId();
                }
            }
        }
        return fail("no candidate for task " + task.getTaskDefinitionKey());
    }

    /**
     * The variables a real case of the process has when it starts (as its facade sets them), for a school
     * under a county bureau. A new process needs an entry here: the test fails until it has one.
     */
    Map<String, Object> caseVariables(String processKey) {
        String school = Demo.NONGAN.code();
        String schoolName = organisation.school(school).name();
        SchoolClass schoolClass = organisationRepository.classes(school).get(0);
        Student student = students.activeInClass(schoolClass.id()).get(0);
        List<Bureau> chain = organisation.reviewChain(school);
        boolean countyReview = chain.get(0).level() == BureauLevel.COUNTY;
        Map<String, Object> v = new HashMap<>();
        v.put(CaseVariables.SCHOOL_CODE, school);
        v.put(CaseVariables.CASE_TITLE, "越权测试：" + processKey);
        switch (processKey) {
            case RosterVerificationContract.PROCESS_KEY -> {
                v.put(RosterVerificationContract.Vars.SCHOOL_NAME, schoolName);
                v.put(RosterVerificationContract.Vars.CLASS_ID, schoolClass.id());
                v.put(RosterVerificationContract.Vars.CLASS_NAME, schoolClass.name());
                v.put(RosterVerificationContract.Vars.HEAD_TEACHER, schoolClass.headTeacherUserId());
            }
            case RegistrationContract.PROCESS_KEY -> {
                v.put(RegistrationContract.Vars.BATCH_ID, 0L);
                v.put(RegistrationContract.Vars.SCHOOL_NAME, schoolName);
                v.put(RegistrationContract.Vars.STUDENT_COUNT, 1);
                v.put(RegistrationContract.Vars.COUNTY_REVIEW, countyReview);
                v.put(RegistrationContract.Vars.COUNTY_BUREAU, countyReview ? chain.get(0).code() : null);
                v.put(RegistrationContract.Vars.APPROVING_BUREAU, chain.get(chain.size() - 1).code());
                v.put(RegistrationContract.Vars.APPROVING_BUREAU_NAME, chain.get(chain.size() - 1).name());
                v.put(RegistrationContract.Vars.REVIEW_DUE, new Date(System.currentTimeMillis() + 86_400_000L));
                v.put(RegistrationContract.Vars.RETURN_REASON, "退回原因");
                v.put(RegistrationContract.Vars.RETURNED_BY, "学生管理部门负责人审核");
            }
            case RegistrationFilingContract.PROCESS_KEY -> {
                v.put(RegistrationFilingContract.Vars.FILING_ID, 0L);
                v.put(RegistrationFilingContract.Vars.SCHOOL_NAME, schoolName);
                v.put(RegistrationFilingContract.Vars.INTAKE_YEAR, 2025);
                v.put(RegistrationFilingContract.Vars.INTAKE_SEASON, "AUTUMN");
                v.put(RegistrationFilingContract.Vars.COUNTY_REVIEW, countyReview);
                v.put(RegistrationFilingContract.Vars.COUNTY_BUREAU, countyReview ? chain.get(0).code() : null);
                v.put(RegistrationFilingContract.Vars.FILING_BUREAU, organisation.cityOver(school).code());
                v.put(RegistrationFilingContract.Vars.STUDENT_COUNT, 5);
                v.put(RegistrationFilingContract.Vars.FILING_REMARKS, "");
                // the deadline case's reminders (R-REG-6)
                v.put(RegistrationFilingContract.Vars.INTAKE_LABEL, "2025年秋季");
                v.put(RegistrationFilingContract.Vars.DEADLINE, "2025-11-20");
                v.put(RegistrationFilingContract.Vars.DEADLINE_AT, new Date(System.currentTimeMillis() + 86_400_000L));
            }
            case RegistrationCancellationContract.PROCESS_KEY -> {
                v.put(CaseVariables.STUDENT_ID, student.id());
                v.put(RegistrationCancellationContract.Vars.SCHOOL_NAME, schoolName);
                v.put(RegistrationCancellationContract.Vars.STUDENT_NAME, student.name());
                v.put(RegistrationCancellationContract.Vars.GROUND, "FALSE_INFORMATION");
                v.put(RegistrationCancellationContract.Vars.GROUND_LABEL, "使用虚假信息注册");
                v.put(RegistrationCancellationContract.Vars.FACTS, "测试事实");
                v.put(RegistrationCancellationContract.Vars.DECISION, "CANCEL");
                v.put(RegistrationCancellationContract.Vars.DECISION_NOTE, "测试决定");
            }
            case LateReportingContract.PROCESS_KEY -> {
                v.put(LateReportingContract.Vars.ADMISSION_ID, 0L);
                v.put(LateReportingContract.Vars.SCHOOL_NAME, schoolName);
                v.put(LateReportingContract.Vars.STUDENT_NAME, student.name());
                v.put(LateReportingContract.Vars.REPORTING_DATE, "2025-09-01");
                v.put(LateReportingContract.Vars.REPORTING_DEADLINE, new Date(System.currentTimeMillis() + 86_400_000L));
                v.put(LateReportingContract.Vars.LATE_REASON, "生病住院");
                v.put(LateReportingContract.Vars.LATE_PROOF, "医院证明");
                v.put(LateReportingContract.Vars.REQUESTED_UNTIL, "2025-09-10");
            }
            case SanctionContract.PROCESS_KEY, SanctionContract.REVOCATION_PROCESS_KEY -> {
                v.put(CaseVariables.STUDENT_ID, student.id());
                v.put(CaseVariables.CASE_SUMMARY, "测试案情");
                v.put(SanctionContract.Vars.DECIDED_LEVEL, "WARNING");
                v.put(SanctionContract.Vars.DECISION_NOTIFIED_ON, LocalDate.of(2025, 10, 9).toString());
                v.put(SanctionContract.Vars.REVIEW_DECISION_RECEIVED_ON, LocalDate.of(2025, 10, 9).toString());
                v.put(SanctionContract.Vars.BUREAU_APPEAL_RECEIVED_ON, LocalDate.of(2025, 10, 10).toString());
                v.put(SanctionContract.Vars.REVOCATION_REASON, "改正进步");
            }
            case MonthlyReportContract.PROCESS_KEY -> {
                v.put(CaseVariables.SCHOOL_NAME, schoolName);
                v.put(MonthlyReportContract.Vars.REPORT_ID, 0L);
                v.put(MonthlyReportContract.Vars.FILING_BUREAU, organisation.cityOver(school).code());
                v.put(MonthlyReportContract.Vars.REPORT_MONTH, "2026-03");
                v.put(MonthlyReportContract.Vars.MONTH_END, "2026-03-31");
                v.put(MonthlyReportContract.Vars.MONTH_END_AT, new Date(System.currentTimeMillis() + 86_400_000L));
                v.put(MonthlyReportContract.Vars.SUBMITTED, false);
                v.put(MonthlyReportContract.Vars.RETURN_REASON, "");
                v.put(MonthlyReportContract.Vars.CHANGE_COUNT, 0);
                v.put(MonthlyReportContract.Vars.FLAGGED_COUNT, 0);
            }
            case SchoolClosureContract.PROCESS_KEY -> {
                v.put(CaseVariables.SCHOOL_NAME, schoolName);
                v.put(SchoolClosureContract.Vars.CLOSURE_ID, 0L);
                v.put(SchoolClosureContract.Vars.KIND, "CLOSED");
                v.put(SchoolClosureContract.Vars.RECEIVING_SCHOOL_NAME, "");
                v.put(SchoolClosureContract.Vars.RETURN_REASON, "");
            }
            case GraduationContract.PROCESS_KEY -> {
                v.put(GraduationContract.Vars.GRADUATION_ID, 0L);
                v.put(GraduationContract.Vars.SCHOOL_NAME, schoolName);
                v.put(CaseVariables.CASE_SUMMARY, "测试毕业名单");
                v.put(GraduationContract.Vars.STAMPING_BUREAU, organisation.cityOver(school).code());
                v.put(GraduationContract.Vars.STAMPING_BUREAU_NAME, organisation.cityOver(school).name());
                v.put(GraduationContract.Vars.GRADUATION_YEAR, 2028);
                v.put(GraduationContract.Vars.GRADUATE_COUNT, 1);
                v.put(GraduationContract.Vars.COMPLETER_COUNT, 0);
                v.put(GraduationContract.Vars.STAMPING_DEADLINE, new Date(System.currentTimeMillis() + 30 * 86_400_000L));
                v.put(GraduationContract.Vars.STAMPING_REMINDER, new Date(System.currentTimeMillis() + 20 * 86_400_000L));
                v.put(GraduationContract.Vars.STAMPING_DEADLINE_TEXT, "2028年7月15日");
                v.put(GraduationContract.Vars.REMINDER_NOTE, "");
                v.put(GraduationContract.Vars.STAMP_NOTE, "");
                v.put(GraduationContract.Vars.SUBMIT_NOTE, "");
                v.put(GraduationContract.Vars.SHEET_PDF_ID, 0L);
            }
            case AcademicProofContract.PROCESS_KEY -> {
                v.put(AcademicProofContract.Vars.PROOF_ID, 0L);
                v.put(CaseVariables.STUDENT_ID, student.id());
                v.put(AcademicProofContract.Vars.STUDENT_NAME, student.name());
                v.put(AcademicProofContract.Vars.SCHOOL_NAME, schoolName);
                v.put(CaseVariables.CASE_SUMMARY, "测试遗失证书");
                v.put(AcademicProofContract.Vars.STAMPING_BUREAU, organisation.cityOver(school).code());
                v.put(AcademicProofContract.Vars.ORIGINAL_NUMBER, "22202810000001");
                v.put(AcademicProofContract.Vars.SHEET_PDF_ID, 0L);
                v.put(AcademicProofContract.Vars.VOID_NOTICE, "《吉林日报》（2028-09-01）");
            }
            case "suspension" -> {
                v.put(CaseVariables.STUDENT_ID, student.id());
                v.put(CaseVariables.SCHOOL_NAME, schoolName);
                v.put(CaseVariables.STUDENT_NAME, student.name());
                v.put(CaseVariables.CASE_SUMMARY, "测试休学申请");
                v.put("requestKind", "SUSPENSION");
                v.put("suspendedUntil", "2026-10-09");
            }
            case "withdrawal" -> {
                v.put(CaseVariables.STUDENT_ID, student.id());
                v.put(CaseVariables.SCHOOL_NAME, schoolName);
                v.put(CaseVariables.STUDENT_NAME, student.name());
                v.put(CaseVariables.CASE_SUMMARY, "测试退学申请");
                v.put("initiative", "APPLICATION");
                v.put("initiativeLabel", "学生本人和监护人申请");
            }
            case "informationChange" -> {
                v.put(CaseVariables.STUDENT_ID, student.id());
                v.put(CaseVariables.SCHOOL_NAME, schoolName);
                v.put(CaseVariables.STUDENT_NAME, student.name());
                v.put(CaseVariables.CASE_SUMMARY, "测试信息变更");
                v.put("changes", "家庭住址：吉林省 → 吉林省长春市");
                v.put("proof", "监护人提供的户口簿（编号 220100）");
            }
            case "deathReport" -> {
                v.put(CaseVariables.STUDENT_ID, student.id());
                v.put(CaseVariables.SCHOOL_NAME, schoolName);
                v.put(CaseVariables.STUDENT_NAME, student.name());
                v.put(CaseVariables.CASE_SUMMARY, "测试死亡报告");
                v.put("countyLevel", countyReview);
                v.put("cityLevel", true);
            }
            case TransferContract.PROCESS_KEY, TransferContract.IN_PROCESS_KEY -> {
                v.put(CaseVariables.STUDENT_ID, student.id());
                v.put(CaseVariables.SCHOOL_NAME, schoolName);
                v.put(CaseVariables.STUDENT_NAME, student.name());
                v.put(CaseVariables.CASE_SUMMARY, "测试转学");
                v.put(TransferContract.Vars.ELIGIBILITY, "R-TRF-2 符合");
                v.put(TransferContract.Vars.PAPERS, "");
                v.put(TransferContract.Vars.OTHER_SCHOOL_NAME, "永吉县职业教育中心");
                v.put(TransferContract.Vars.FLEXIBLE_LEARNING, false);
            }
            case MajorChangeContract.PROCESS_KEY -> {
                v.put(CaseVariables.STUDENT_ID, student.id());
                v.put(CaseVariables.SCHOOL_NAME, schoolName);
                v.put(CaseVariables.STUDENT_NAME, student.name());
                v.put(CaseVariables.CASE_SUMMARY, "测试转专业");
                v.put(MajorChangeContract.Vars.ELIGIBILITY, "R-MJC-3 符合");
                v.put(MajorChangeContract.Vars.PROVINCIAL_REVIEW, false);
                v.put(MajorChangeContract.Vars.FLEXIBLE_LEARNING, false);
            }
            case RepeatYearContract.PROCESS_KEY -> {
                v.put(CaseVariables.STUDENT_ID, student.id());
                v.put(CaseVariables.SCHOOL_NAME, schoolName);
                v.put(CaseVariables.STUDENT_NAME, student.name());
                v.put(CaseVariables.CASE_SUMMARY, "测试留级");
                v.put(RepeatYearContract.Vars.SCHOOL_RULES, "本校规定");
            }
            case "award" -> {
                v.put(CaseVariables.STUDENT_ID, student.id());
                v.put(CaseVariables.STUDENT_NAME, student.name());
                v.put(CaseVariables.CASE_SUMMARY, "测试奖励");
            }
            default -> fail("流程 " + processKey + " 还没有测试案例：请在 TaskCompletionGuardTest.caseVariables 中补充"
                    + "该流程真实案件开始时的变量。");
        }
        return v;
    }

    /** A different value of the same type: another school's student, school, class, bureau … */
    Map<String, Object> otherValue(String name, Object current) {
        Object other = switch (name) {
            case CaseVariables.STUDENT_ID -> students.activeInClass(organisationRepository.classes(Demo.YONGJI.code())
                    .get(0).id()).get(0).id();
            case CaseVariables.SCHOOL_CODE -> Demo.YONGJI.code();
            case "classId" -> organisationRepository.classes(Demo.YONGJI.code()).get(0).id();
            case "headTeacher" -> Demo.user(Demo.YONGJI, SchoolRole.HEAD_TEACHER);
            case "countyBureau", "approvingBureau", "filingBureau", "stampingBureau" -> Demo.YONGJI.bureau();
            case "intakeSeason" -> "SPRING";
            case "caseKey" -> "CF-1-1";
            default -> current instanceof Boolean b ? !b
                    : current instanceof Number n ? n.longValue() + 1000
                    : current instanceof String s ? s + "X" : 424242L;
        };
        String type = other instanceof Boolean ? "Boolean" : other instanceof Integer ? "Integer"
                : other instanceof Number ? "Long" : "String";
        return Map.of("value", other, "type", type);
    }
}
