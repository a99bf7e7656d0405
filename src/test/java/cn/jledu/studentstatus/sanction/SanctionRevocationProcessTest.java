package cn.jledu.studentstatus.sanction;

import static cn.jledu.studentstatus.sanction.SanctionContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.archive.Notifications;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.StoredDocument;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/sanction-revocation.bpmn (R-SAN-2): one method per path. */
@IntegrationTest
class SanctionRevocationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    SanctionProcess process;
    @Autowired
    SanctionService service;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessDriver driver;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    Archive archive;
    @Autowired
    AuditTrail audit;
    @Autowired
    Notifications notifications;
    @Autowired
    DocumentStore documents;

    Student student;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        student = fixtures.enrolled(Demo.CITY_SCHOOL);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void revokedDemeritLeavesThePersonalArchiveAndTheAuditKeepsTheRemoval() {
        String caseKey = finalSanction(SanctionLevel.DEMERIT, null);
        Assertions.assertThat(archive.personalArchive(student.id())).anyMatch(e -> caseKey.equals(e.caseKey()));

        ProcessInstance revocation = process.proposeRevocation(caseKey, "一年来表现良好，获评优秀学生干部");
        assertThat(revocation).isWaitingAt(SanctionContract.TASK_APPROVE_REVOCATION);
        assertThat(task(revocation)).hasCandidateGroup(GroupIds.school(Demo.CITY_SCHOOL.code(), SchoolRole.PRINCIPAL));
        taskService.complete(task(revocation).getId(), withVariables(Vars.REVOCATION_APPROVED, true));
        driver.runAsync(revocation); // 撤销处分并移出档案材料 (asyncBefore: prints the letter)

        assertThat(revocation).hasPassed(SanctionContract.TASK_REVOKE, SanctionContract.END_REVOKED).isEnded();
        Assertions.assertThat(service.get(caseKey).state()).isEqualTo(SanctionState.REVOKED_AFTER_IMPROVEMENT);
        Assertions.assertThat(archive.personalArchive(student.id())).noneMatch(e -> caseKey.equals(e.caseKey()));
        Assertions.assertThat(archive.allEntries(student.id())).filteredOn(e -> caseKey.equals(e.caseKey()))
                .singleElement().satisfies(e -> Assertions.assertThat(e.inPersonalArchive()).isFalse());
        long entryId = archive.allEntries(student.id()).stream().filter(e -> caseKey.equals(e.caseKey())).findFirst()
                .orElseThrow().id();
        Assertions.assertThat(audit.forSubject("archive_entry", String.valueOf(entryId))).singleElement()
                .satisfies(r -> Assertions.assertThat(r.details()).contains("R-SAN-2", caseKey));
        Notifications.Notification notice = notifications.forCase(caseKey).stream()
                .filter(n -> n.subject().equals("撤销处分决定书")).findFirst().orElseThrow();
        Assertions.assertThat(notice.documentId()).isNotNull();
        StoredDocument pdf = documents.load(notice.documentId());
        Assertions.assertThat(pdf.kind()).isEqualTo(SanctionLetters.KIND);
        Assertions.assertThat(pdf.caseKey()).isEqualTo(caseKey);
        // attached to the revocation process instance, where the letter was sent
        Assertions.assertThat(taskService.getProcessInstanceAttachments(revocation.getId())).singleElement()
                .satisfies(a -> Assertions.assertThat(a.getUrl()).isEqualTo("/api/documents/" + pdf.id()));
        Assertions.assertThat(ProcessDriver.pdfText(pdf.content())).contains("撤销处分决定书",
                "关于撤销" + student.name() + "同学记过处分的决定", "撤销的处分 记过", "送达回执")
                .doesNotContain("申诉权利告知");
    }

    @Test
    void revokedWarningHadNothingInTheArchive() {
        String caseKey = finalSanction(SanctionLevel.WARNING, null);
        ProcessInstance revocation = process.proposeRevocation(caseKey, "确有改正");
        taskService.complete(task(revocation).getId(), withVariables(Vars.REVOCATION_APPROVED, true));
        driver.runAsync(revocation); // 撤销处分并移出档案材料 (asyncBefore: prints the letter)
        Assertions.assertThat(service.get(caseKey).state()).isEqualTo(SanctionState.REVOKED_AFTER_IMPROVEMENT);
        Assertions.assertThat(archive.allEntries(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);
    }

    @Test
    void principalDeclinesTheRevocation() {
        String caseKey = finalSanction(SanctionLevel.PROBATION, null);
        ProcessInstance revocation = process.proposeRevocation(caseKey, "有进步");
        Assertions.assertThatThrownBy(() -> taskService.complete(task(revocation).getId(),
                withVariables(Vars.REVOCATION_APPROVED, false))).isInstanceOf(ProcessEngineException.class);
        taskService.complete(task(revocation).getId(), withVariables(Vars.REVOCATION_APPROVED, false,
                Vars.REVOCATION_NOTE, "考察期不足"));

        assertThat(revocation).hasPassed(SanctionContract.END_REVOCATION_DECLINED).isEnded();
        Assertions.assertThat(service.get(caseKey).state()).isEqualTo(SanctionState.FINAL);
        Assertions.assertThat(archive.personalArchive(student.id())).anyMatch(e -> caseKey.equals(e.caseKey()));
    }

    @Test
    void expulsionAndSanctionsUnderAppealCannotBeRevoked() {
        String expulsion = finalSanction(SanctionLevel.EXPULSION, ExpulsionGround.CRIMINAL_OFFENCE);
        Assertions.assertThatThrownBy(() -> process.proposeRevocation(expulsion, "表现良好"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-SAN-2").hasMessageContaining("开除学籍");

        Student other = fixtures.enrolled(Demo.CITY_SCHOOL);
        ProcessInstance pending = process.propose(other.id(), "迟到", SanctionLevel.WARNING, null);
        Assertions.assertThatThrownBy(() -> process.proposeRevocation(pending.getBusinessKey(), "表现良好"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-SAN-2");
    }

    /** A sanction decided and made final by the closing of the school appeal window. */
    private String finalSanction(SanctionLevel level, ExpulsionGround ground) {
        ProcessInstance instance = process.propose(student.id(), "考试作弊", level, ground);
        taskService.complete(task(instance).getId(), withVariables(Vars.PROPOSAL_SUPPORTED, true));
        Map<String, Object> vars = withVariables(Vars.SANCTION_APPROVED, true, Vars.DECIDED_LEVEL, level.name());
        if (level == SanctionLevel.EXPULSION) {
            vars.put(Vars.MEETING_DATE, cn.jledu.studentstatus.platform.AppClock.today().toString());
            vars.put(Vars.MEETING_MINUTES_REF, "校长办公会议纪要第3号");
        }
        taskService.complete(task(instance).getId(), vars);
        driver.runSingleAsync(instance);
        long letter = notifications.forCase(instance.getBusinessKey()).get(0).id(); // 送达 starts the window
        process.recordDelivery(instance.getBusinessKey(), letter, cn.jledu.studentstatus.platform.AppClock.today(),
                "HAND_OVER");
        driver.fireTimer(driver.timer(instance));
        Assertions.assertThat(service.get(instance.getBusinessKey()).state()).isEqualTo(SanctionState.FINAL);
        return instance.getBusinessKey();
    }
}
