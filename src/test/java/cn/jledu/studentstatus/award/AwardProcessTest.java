package cn.jledu.studentstatus.award;

import static cn.jledu.studentstatus.award.AwardContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.Notifications;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/award.bpmn (R-AWD-1, R-SAN-4): one method per path. */
@IntegrationTest
class AwardProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AwardProcess process;
    @Autowired
    AwardService service;
    @Autowired
    TaskService taskService;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    Archive archive;
    @Autowired
    Notifications notifications;

    Student student;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        student = fixtures.enrolled(Demo.PROVINCE_SCHOOL);
    }

    @Test
    void confirmedAwardIsRecordedInTheArchiveAndTheStudentNotified() {
        ProcessInstance instance = process.propose(student.id(), "全国职业院校技能大赛一等奖", AwardLevel.NATIONAL,
                AwardKind.SINGLE, "教育部", LocalDate.of(2025, 6, 1), "汽车维修项目");
        assertThat(task(instance)).hasCandidateGroup(GroupIds.school(Demo.PROVINCE_SCHOOL.code(), SchoolRole.PRINCIPAL));
        taskService.complete(task(instance).getId(), withVariables(Vars.AWARD_APPROVED, true));

        assertThat(instance).hasPassed(AwardContract.TASK_RECORD, AwardContract.END_RECORDED).isEnded();
        Assertions.assertThat(archive.personalArchive(student.id())).filteredOn(e -> e.kind() == ArchiveEntryKind.AWARD)
                .singleElement().satisfies(e -> Assertions.assertThat(e.title())
                        .isEqualTo("国家级单项奖：全国职业院校技能大赛一等奖"));
        Assertions.assertThat(notifications.forCase(instance.getBusinessKey())).singleElement()
                .satisfies(n -> Assertions.assertThat(n.letterText()).contains("已存入学籍档案"));
        Assertions.assertThat(service.get(instance.getBusinessKey()).state()).isEqualTo("RECORDED");
    }

    @Test
    void declinedAwardLeavesNoArchiveEntry() {
        ProcessInstance instance = process.propose(student.id(), "三好学生", AwardLevel.SCHOOL, AwardKind.COMPREHENSIVE,
                "本校", LocalDate.of(2025, 6, 1), null);
        taskService.complete(task(instance).getId(), withVariables(Vars.AWARD_APPROVED, false, Vars.AWARD_NOTE, "材料不全"));

        assertThat(instance).hasPassed(AwardContract.END_DECLINED).isEnded();
        Assertions.assertThat(archive.allEntries(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.AWARD);
        Assertions.assertThat(service.get(instance.getBusinessKey()).state()).isEqualTo("DECLINED");
    }

    @Test
    void incompleteAwardIsRefused() {
        Assertions.assertThatThrownBy(() -> process.propose(student.id(), "三好学生", null, AwardKind.COMPREHENSIVE,
                "本校", LocalDate.of(2025, 6, 1), null)).isInstanceOf(RuleViolation.class).hasMessageContaining("R-AWD-1");
    }
}
