package cn.jledu.studentstatus.registrationcancellation;

import static cn.jledu.studentstatus.registrationcancellation.RegistrationCancellationContract.Vars;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** R-REG-13: a registered student found ineligible: school decision, bureau filing, status 注销. */
@IntegrationTest
class RegistrationCancellationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RegistrationCancellationProcess cancellations;
    @Autowired
    StudentRepository students;
    @Autowired
    TaskService taskService;
    @Autowired
    Archive archive;
    @Autowired
    OutboxNationalRegistry outbox;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    Student enrolledAt(String schoolCode, int offset) {
        long id = jdbc.sql("SELECT id FROM student WHERE school_code = ? AND status = 'ENROLLED' ORDER BY id OFFSET ? LIMIT 1")
                .params(schoolCode, offset).query(Long.class).single();
        return students.find(id).orElseThrow();
    }

    @Test
    void schoolDecisionAndBureauFilingCancelTheStatus() {
        Student s = enrolledAt(Demo.CITY_SCHOOL.code(), 0);
        ProcessInstance instance = cancellations.propose(s.id(), RegistrationCancellationContract.Ground.FALSE_INFORMATION,
                "入学时提供的初中毕业证书系伪造，经发证学校书面核实");

        assertThat(instance).isWaitingAt(RegistrationCancellationContract.TASK_DECIDE);
        Assertions.assertThat(taskService.getIdentityLinksForTask(task(instance).getId()))
                .anyMatch(l -> GroupIds.school(Demo.CITY_SCHOOL.code(), SchoolRole.PRINCIPAL).equals(l.getGroupId()));
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, RegistrationCancellationContract.CANCEL,
                Vars.DECISION_NOTE, "经校长办公会研究，决定注销"));
        Assertions.assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);

        assertThat(instance).isWaitingAt(RegistrationCancellationContract.TASK_FILE);
        Assertions.assertThat(taskService.getIdentityLinksForTask(task(instance).getId()))
                .anyMatch(l -> GroupIds.bureauReviewer("220100").equals(l.getGroupId()));
        Assertions.assertThatThrownBy(() -> taskService.complete(task(instance).getId()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("备案");
        taskService.complete(task(instance).getId(), withVariables(Vars.FILED, true));

        assertThat(instance).isEnded().hasPassed(RegistrationCancellationContract.TASK_CANCEL, RegistrationCancellationContract.END_CANCELLED);
        Student cancelled = students.find(s.id()).orElseThrow();
        Assertions.assertThat(cancelled.status()).isEqualTo(StudentStatus.CANCELLED);
        Assertions.assertThat(students.history(s.id())).last().satisfies(h -> {
            Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.CANCELLATION);
            Assertions.assertThat(h.fromStatus()).isEqualTo(StudentStatus.ENROLLED);
        });
        Assertions.assertThat(archive.personalArchive(s.id())).anySatisfy(e ->
                Assertions.assertThat(e.title()).isEqualTo("注销学籍"));
        Assertions.assertThat(outbox.forStudent(s.id())).anySatisfy(e -> {
            Assertions.assertThat(e.operation()).isEqualTo("CANCELLATION");
            Assertions.assertThat(e.payload()).contains("退学");
        });
    }

    @Test
    void schoolMayDecideToKeepTheStatus() {
        Student s = enrolledAt(Demo.CITY_SCHOOL.code(), 1);
        ProcessInstance instance = cancellations.propose(s.id(), RegistrationCancellationContract.Ground.OTHER, "疑似年龄不符");
        Assertions.assertThatThrownBy(() -> taskService.complete(task(instance).getId(),
                        withVariables(Vars.DECISION, RegistrationCancellationContract.KEEP)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("决定说明");
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, RegistrationCancellationContract.KEEP,
                Vars.DECISION_NOTE, "经核实年龄符合"));
        assertThat(instance).isEnded().hasPassed(RegistrationCancellationContract.END_NOT_CANCELLED)
                .hasNotPassed(RegistrationCancellationContract.TASK_FILE);
        Assertions.assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
    }

    @Test
    void onlyARegisteredStudentCanBeCancelledAndOnlyOnceAtATime() {
        Student s = enrolledAt(Demo.YONGJI.code(), 0);
        cancellations.propose(s.id(), RegistrationCancellationContract.Ground.DUPLICATE_REGISTRATION, "在外省另有学籍");
        Assertions.assertThatThrownBy(() -> cancellations.propose(s.id(), RegistrationCancellationContract.Ground.OTHER, "再次"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("正在办理");
        Assertions.assertThatThrownBy(() -> cancellations.propose(s.id(), null, " "))
                .isInstanceOf(RuleViolation.class);
    }
}
