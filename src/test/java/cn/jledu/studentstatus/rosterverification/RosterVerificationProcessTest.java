package cn.jledu.studentstatus.rosterverification;

import static cn.jledu.studentstatus.rosterverification.RosterVerificationContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RosterVerificationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RosterVerificationProcess process;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    AuditTrail audit;

    SchoolClass nonganClass;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        nonganClass = organisation.classes(Demo.NONGAN.code()).get(0);
    }

    @Test
    void correctRosterIsRecordedAfterTheHeadTeacherConfirms() {
        ProcessInstance instance = process.start(nonganClass.id());

        assertThat(instance).isWaitingAt(RosterVerificationContract.TASK_VERIFY);
        assertThat(task(instance)).isAssignedTo(Demo.user(Demo.NONGAN, SchoolRole.HEAD_TEACHER));
        Assertions.assertThat(taskService.getIdentityLinksForTask(task(instance).getId()))
                .anyMatch(l -> GroupIds.school(Demo.NONGAN.code(), SchoolRole.HEAD_TEACHER).equals(l.getGroupId()));
        Object roster = taskService.getVariableLocal(task(instance).getId(), Vars.ROSTER);
        Assertions.assertThat((List<?>) roster).hasSize(5);
        Assertions.assertThat(((Map<?, ?>) ((List<?>) roster).get(0)).get("idNumberMasked").toString()).contains("****");

        taskService.complete(task(instance).getId(), withVariables(Vars.ROSTER_CORRECT, true));

        assertThat(instance).hasPassed(RosterVerificationContract.TASK_RECORD)
                .hasNotPassed(RosterVerificationContract.TASK_CORRECT).isEnded();
        Assertions.assertThat(audit.forSubject("school_class", String.valueOf(nonganClass.id())))
                .anySatisfy(r -> Assertions.assertThat(r.details()).contains("名单无误", instance.getBusinessKey()));
    }

    @Test
    void rosterWithErrorsGoesToTheRegistrarForCorrection() {
        ProcessInstance instance = process.start(nonganClass.id());
        taskService.complete(task(instance).getId(),
                withVariables(Vars.ROSTER_CORRECT, false, Vars.DISCREPANCIES, "张伟的出生日期应为2010-01-11"));

        assertThat(instance).isWaitingAt(RosterVerificationContract.TASK_CORRECT);
        assertThat(task(instance)).hasCandidateGroup(GroupIds.school(Demo.NONGAN.code(), SchoolRole.REGISTRAR))
;
        taskService.complete(task(instance).getId(), withVariables(Vars.CORRECTION_NOTE, "已按户口簿更正出生日期"));

        assertThat(instance).hasPassed(RosterVerificationContract.TASK_CORRECT, RosterVerificationContract.TASK_RECORD)
                .isEnded();
        Assertions.assertThat(audit.forSubject("school_class", String.valueOf(nonganClass.id())))
                .anySatisfy(r -> Assertions.assertThat(r.details()).contains("已按户口簿更正出生日期"));
    }

    @Test
    void headTeacherMustDescribeTheErrorsServerSide() {
        ProcessInstance instance = process.start(nonganClass.id());
        Task verify = task(instance);
        Assertions.assertThatThrownBy(() -> taskService.complete(verify.getId(),
                        withVariables(Vars.ROSTER_CORRECT, false, Vars.DISCREPANCIES, "  ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("差错说明");
        Assertions.assertThatThrownBy(() -> taskService.complete(verify.getId()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("名单无误");
        assertThat(instance).isWaitingAt(RosterVerificationContract.TASK_VERIFY);
    }

    @Test
    void registrarMustDescribeTheCorrection() {
        ProcessInstance instance = process.start(nonganClass.id());
        taskService.complete(task(instance).getId(), withVariables(Vars.ROSTER_CORRECT, false, Vars.DISCREPANCIES, "性别有误"));
        Task correct = task(instance);
        Assertions.assertThatThrownBy(() -> taskService.complete(correct.getId()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("更正说明");
        assertThat(instance).isWaitingAt(RosterVerificationContract.TASK_CORRECT);
    }

    @Test
    void userTasksRenderTheirDeployedCamundaForms() throws Exception {
        ProcessInstance instance = process.start(nonganClass.id());
        assertForm(task(instance), RosterVerificationContract.FORM_VERIFY, "rosterCorrect", "discrepancies");
        taskService.complete(task(instance).getId(), withVariables(Vars.ROSTER_CORRECT, false, Vars.DISCREPANCIES, "学籍号有误"));
        assertForm(task(instance), RosterVerificationContract.FORM_CORRECT, "correctionNote");
        assertThat(instance).isActive();
    }

    private void assertForm(Task task, String formId, String... keys) throws Exception {
        Task withForm = taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
        Assertions.assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo(formId);
        Assertions.assertThat(withForm.getCamundaFormRef().getBinding()).isEqualTo("latest");
        try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            Assertions.assertThat(json).contains("\"id\": \"" + formId + "\"");
            for (String key : keys) {
                Assertions.assertThat(json).contains("\"key\": \"" + key + "\"");
            }
        }
    }
}
