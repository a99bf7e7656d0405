package cn.jledu.studentstatus.award;

import static cn.jledu.studentstatus.award.AwardContract.Vars;
import static cn.jledu.studentstatus.support.ProcessDriver.flat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.Notifications;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.document.StoredDocument;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
    @Autowired
    DocumentStore documents;
    @Autowired
    ProcessDriver driver;
    @Autowired
    StudentRecords records;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Student student;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        student = fixtures.enrolled(Demo.PROVINCE_SCHOOL);
    }

    @Test
    void confirmedAwardIsRecordedInTheArchiveAndTheStudentNotified() {
        student = fixtures.enrolled(Demo.PROVINCE_SCHOOL, "王䶮");
        ProcessInstance instance = process.propose(student.id(), "全国职业院校技能大赛一等奖", AwardLevel.NATIONAL,
                AwardKind.SINGLE, "教育部", LocalDate.of(2025, 6, 1), "汽车维修项目");
        assertThat(task(instance)).hasCandidateGroup(GroupIds.school(Demo.PROVINCE_SCHOOL.code(), SchoolRole.PRINCIPAL));
        taskService.complete(task(instance).getId(), withVariables(Vars.AWARD_APPROVED, true));
        // 奖励存档并通知学生 is asyncBefore: printing is a job, not part of the principal's request
        assertThat(instance).isWaitingAt(AwardContract.TASK_RECORD);
        driver.runAsync(instance);

        assertThat(instance).hasPassed(AwardContract.TASK_RECORD, AwardContract.END_RECORDED).isEnded();
        String caseKey = instance.getBusinessKey();
        Assertions.assertThat(notifications.forCase(caseKey)).hasSize(1);
        Notifications.Notification notice = notifications.forCase(caseKey).get(0);
        Assertions.assertThat(notice.subject()).isEqualTo("学生奖励通知书");
        Assertions.assertThat(notice.letterText()).contains("已存入学籍档案", "文号：" + caseKey, "主要事迹：汽车维修项目");
        Assertions.assertThat(notice.documentId()).isNotNull();

        StoredDocument pdf = documents.load(notice.documentId());
        Assertions.assertThat(pdf.kind()).isEqualTo(AwardNotices.KIND).isEqualTo("AWARD_NOTICE");
        Assertions.assertThat(pdf.contentType()).isEqualTo(NewDocument.PDF);
        Assertions.assertThat(pdf.schoolCode()).isEqualTo(Demo.PROVINCE_SCHOOL.code());
        Assertions.assertThat(pdf.caseKey()).isEqualTo(caseKey);
        Assertions.assertThat(pdf.studentId()).isEqualTo(student.id());
        Assertions.assertThat(pdf.fileName()).isEqualTo(caseKey + "-学生奖励通知书.pdf");
        String text = ProcessDriver.pdfText(pdf.content());
        Assertions.assertThat(text).contains("学生奖励通知书", "文号：" + caseKey,
                "关于表彰王䶮同学获得“全国职业院校技能大赛一等奖”的决定", "王䶮及监护人" + student.guardianName() + "：",
                "学生姓名 王䶮", "学籍号 " + student.studentNumber(), "专业 ", "奖励层次 国家级", "奖励类别 单项奖",
                "授予单位 教育部", "授予日期 2025年6月1日", "主要事迹 汽车维修项目", "（盖章）");
        // every line of the student-visible text is in the PDF (but the ISO date; 事迹 is a row of the table there)
        String[] lines = notice.letterText().split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            Assertions.assertThat(flat(text)).contains(flat(lines[i]).replace("主要事迹：", "主要事迹"));
        }

        Assertions.assertThat(archive.personalArchive(student.id())).filteredOn(e -> e.kind() == ArchiveEntryKind.AWARD)
                .singleElement().satisfies(e -> {
                    Assertions.assertThat(e.title()).isEqualTo("国家级单项奖：全国职业院校技能大赛一等奖");
                    Assertions.assertThat(e.caseKey()).isEqualTo(caseKey);
                    Assertions.assertThat(e.documentId()).isEqualTo(pdf.id());
                    Assertions.assertThat(e.content()).contains("学生奖励通知书", "文号 " + caseKey);
                });
        Assertions.assertThat(taskService.getProcessInstanceAttachments(instance.getId())).singleElement()
                .satisfies(a -> {
                    Assertions.assertThat(a.getUrl()).isEqualTo("/api/documents/" + pdf.id());
                    Assertions.assertThat(a.getType()).isEqualTo(NewDocument.PDF);
                    Assertions.assertThat(a.getName()).isEqualTo(pdf.fileName());
                    Assertions.assertThat(a.getDescription()).contains("学生奖励通知书", caseKey);
                });
        Assertions.assertThat(service.get(caseKey).state()).isEqualTo("RECORDED");
    }

    /**
     * Issue 13 §4: a document step that fails is not a dead end. The notice cannot be printed (a title with a
     * character the fonts lack, stored before the edge checked text): the job is retried twice more, five minutes
     * apart (engine-wide {@code failed-job-retry-time-cycle: R3/PT5M}), then becomes an incident; after the data is
     * corrected, a retry (Cockpit's "增加重试次数") completes the case.
     */
    @Test
    void aFailingNoticeIsRetriedThenBecomesAnIncidentAndARetryAfterTheFixCompletesIt() {
        EngineClock.set(java.time.LocalDateTime.of(2026, 3, 2, 10, 0));
        try {
            ProcessInstance instance = process.propose(student.id(), "三好学生\uD83D\uDE00", AwardLevel.SCHOOL,
                    AwardKind.COMPREHENSIVE, "本校", LocalDate.of(2025, 12, 1), null);
            taskService.complete(task(instance).getId(), withVariables(Vars.AWARD_APPROVED, true));
            assertThat(instance).isWaitingAt(AwardContract.TASK_RECORD);
            Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();

            for (int attempt = 1; attempt <= 3; attempt++) {
                String id = job.getId();
                Assertions.assertThatThrownBy(() -> management.executeJob(id)).as("attempt " + attempt)
                        .isInstanceOf(Exception.class);
                job = management.createJobQuery().jobId(id).singleResult();
                Assertions.assertThat(job.getRetries()).as("retries left after attempt " + attempt).isEqualTo(3 - attempt);
                if (attempt < 3) {
                    Assertions.assertThat(job.getDuedate()).as("next attempt five minutes later")
                            .isEqualTo(EngineClock.at(java.time.LocalDateTime.of(2026, 3, 2, 10, 5)));
                    Assertions.assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count())
                            .as("no incident while retries are left").isZero();
                }
            }
            Assertions.assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult())
                    .as("an incident for Cockpit").isNotNull()
                    .satisfies(i -> Assertions.assertThat(i.getActivityId()).isEqualTo(AwardContract.TASK_RECORD));
            assertThat(instance).isWaitingAt(AwardContract.TASK_RECORD);

            jdbc.sql("UPDATE award SET title = '三好学生' WHERE case_key = ?").param(instance.getBusinessKey()).update();
            management.setJobRetries(job.getId(), 1);
            management.executeJob(job.getId());
            assertThat(instance).hasPassed(AwardContract.TASK_RECORD, AwardContract.END_RECORDED).isEnded();
            Assertions.assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
            Assertions.assertThat(service.get(instance.getBusinessKey()).state()).isEqualTo("RECORDED");
        } finally {
            EngineClock.reset();
        }
    }

    /**
     * Issue 13 §5: the archive entry and the notice printed by the asynchronous step after the principal's
     * confirmation record the principal (the user who completed the task), never "system" — through the engine
     * REST API (an authenticated user) as through Tasklist.
     */
    @Test
    void theArchiveAndTheNoticeRecordThePrincipalWhoDecidedNotSystem() {
        ProcessInstance instance = process.propose(student.id(), "三好学生", AwardLevel.SCHOOL, AwardKind.COMPREHENSIVE,
                "本校", LocalDate.of(2025, 12, 1), null);
        String principal = Demo.user(Demo.PROVINCE_SCHOOL, SchoolRole.PRINCIPAL);
        org.springframework.http.ResponseEntity<String> done = driver.anonymous().withBasicAuth(principal, Demo.PASSWORD)
                .postForEntity("/engine-rest/task/" + task(instance).getId() + "/complete",
                        java.util.Map.of("variables", java.util.Map.of(Vars.AWARD_APPROVED, java.util.Map.of("value", true))),
                        String.class);
        Assertions.assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(204);
        driver.runAsync(instance); // the job executor's thread: no user signed in
        assertThat(instance).isEnded();

        String caseKey = instance.getBusinessKey();
        Assertions.assertThat(jdbc.sql("SELECT recorded_by FROM archive_entry WHERE case_key = ?").param(caseKey)
                .query(String.class).list()).as("archive entry").containsOnly(principal);
        Assertions.assertThat(jdbc.sql("SELECT created_by FROM document WHERE case_key = ?").param(caseKey)
                .query(String.class).list()).as("notice").isNotEmpty().containsOnly(principal);
    }

    @Test
    void schoolLevelAwardIsGivenByTheSchool() {
        ProcessInstance instance = process.propose(student.id(), "三好学生", AwardLevel.SCHOOL, AwardKind.COMPREHENSIVE,
                "本校", LocalDate.of(2025, 6, 1), null);
        taskService.complete(task(instance).getId(), withVariables(Vars.AWARD_APPROVED, true));
        driver.runAsync(instance);

        assertThat(instance).isEnded();
        Notifications.Notification notice = notifications.forCase(instance.getBusinessKey()).get(0);
        Assertions.assertThat(ProcessDriver.pdfText(documents.load(notice.documentId()).content()))
                .contains("关于给予" + student.name() + "同学“三好学生”奖励的决定", "奖励层次 校级", "奖励类别 综合奖")
                .doesNotContain("主要事迹");
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

    /** R-DTH-1: awards claim no lock, so they refuse a deceased student themselves. */
    @Test
    void rDth1NoAwardForADeceasedStudent() {
        records.apply(student.recordDeath(LocalDate.now().minusDays(1)), new ChangeBasis("DTH-AWD-" + student.id(),
                null, "测试", List.of(), "test"));
        Assertions.assertThatThrownBy(() -> process.propose(student.id(), "三好学生", AwardLevel.SCHOOL,
                        AwardKind.COMPREHENSIVE, "本校", LocalDate.of(2025, 6, 1), "品学兼优"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> Assertions.assertThat(v.ruleId()).isEqualTo("R-DTH-1"));
    }
}
