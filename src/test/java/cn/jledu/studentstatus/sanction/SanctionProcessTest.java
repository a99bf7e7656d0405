package cn.jledu.studentstatus.sanction;

import static cn.jledu.studentstatus.sanction.SanctionContract.Vars;
import static cn.jledu.studentstatus.support.ProcessDriver.flat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.archive.Notifications;
import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.document.StoredDocument;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/sanction.bpmn, one method per path. The engine clock is moved to the real dates; timers are shown
 * not to be due at 23:00 of the last day of a period and due at 00:00 after it (docs/calendar.md).
 */
@IntegrationTest
class SanctionProcessTest {

    static final DemoSchool SCHOOL = Demo.YONGJI; // county-run: 永吉县教育局 220221, escalation to 吉林市 220200

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
    StudentRepository students;
    @Autowired
    Archive archive;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditTrail audit;
    @Autowired
    DocumentStore documents;
    @Autowired
    Organisation organisation;
    @Autowired
    cn.jledu.studentstatus.national.OutboxNationalRegistry national;

    Student student;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        EngineClock.set("2025-09-22T09:00");
        student = fixtures.enrolled(SCHOOL);
    }

    @AfterEach
    void resetClock() {
        // no case left waiting on a working-day timer: CalendarDeadlinesTest counts every waiting deadline
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SanctionContract.PROCESS_KEY)
                .list().forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test finished"));
        EngineClock.reset();
    }

    @Test
    void warningBecomesFinalWhenTheSchoolAppealWindowClosesAndStaysOutOfThePersonalArchive() {
        EngineClock.set("2025-09-26T10:00"); // the Friday before National Day 2025
        ProcessInstance instance = decided(SanctionLevel.WARNING, null);
        Assertions.assertThat(notifications.forCase(key(instance))).singleElement()
                .satisfies(n -> Assertions.assertThat(n.letterText()).contains("警告处分", "收到本决定之日起10个工作日内")
                        .doesNotContain("截止"));
        Assertions.assertThat(service.get(key(instance)).underAppeal()).isTrue();

        // 10 working days after 2025-09-26: Oct 1–8 off, Sat Oct 11 worked → last day 2025-10-16
        Assertions.assertThat(timerLastDay(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW))
                .isEqualTo(LocalDate.of(2025, 10, 16));
        Assertions.assertThat(letterPdf(instance, "学生处分决定书")).contains("关于给予" + student.name() + "同学警告处分的决定",
                "申诉期限：自收到本决定之次日起按工作日计算（以送达回执上的签收日期为准）");
        assertTimerEndsOn(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW, LocalDate.of(2025, 10, 16));
        fireTimer(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW);

        assertThat(instance).hasPassed(SanctionContract.TASK_FINALISE).isEnded();
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.FINAL);
        Assertions.assertThat(archive.allEntries(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);
    }

    @Test
    void expulsionLettersArePdfsLinkedFromNotificationsArchiveAndProcessWithTheTimersDeadlines() {
        student = fixtures.enrolled(SCHOOL, "王䶮");
        ProcessInstance instance = decided(SanctionLevel.EXPULSION, ExpulsionGround.CRIMINAL_OFFENCE);

        Notifications.Notification notice = notifications.forCase(key(instance)).get(0);
        String decision = letterPdf(instance, "学生处分决定书");
        LocalDate schoolLastDay = timerLastDay(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW);
        Assertions.assertThat(decision).contains("关于给予王䶮同学开除学籍处分的决定", "王䶮及监护人" + student.guardianName() + "：",
                "学生姓名 王䶮", "处分等级 开除学籍", "第三十六条情形 " + ExpulsionGround.CRIMINAL_OFFENCE.label(),
                "申诉期限：自收到本决定之次日起", "（盖章）", "送达回执",
                "签收人（签字）", "签收日期");
        Assertions.assertThat(flat(decision)).contains("第三十四条至第三十九条", "收到本决定之日起10个工作日内");
        Assertions.assertThat(schoolLastDay).isAfter(AppClock.today());
        // the student-visible text is kept in the notification, and every line of it is in the PDF (but the ISO date)
        String[] lines = notice.letterText().split("\n");
        for (int i = 0; i < lines.length - 1; i++) {
            Assertions.assertThat(flat(decision)).contains(flat(lines[i]));
        }

        EngineClock.set("2025-09-23T09:00");
        process.lodgeSchoolAppeal(key(instance), AppClock.today(), "我对事实有异议");
        EngineClock.set("2025-09-26T15:00");
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2025-09-26");
        LocalDate bureauLastDay = timerLastDay(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW);
        Assertions.assertThat(bureauLastDay).isEqualTo(LocalDate.of(2025, 10, 23));
        String review = letterPdf(instance, "学生申诉复查决定书");
        Assertions.assertThat(review).contains("关于王䶮同学申诉的复查决定", "复查结果 维持原处分（开除学籍）",
                "申诉期限：自收到本决定之次日起");
        Assertions.assertThat(flat(review)).contains("可在收到本决定之日起15个工作日内向主管教育行政部门书面申诉（受理："
                + organisation.supervisingBureau(SCHOOL.code()).name() + "）");

        fireTimer(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW);
        assertExpelled(instance);
        Assertions.assertThat(archive.personalArchive(student.id())).filteredOn(e -> e.kind() == ArchiveEntryKind.SANCTION)
                .singleElement().satisfies(e -> Assertions.assertThat(e.documentId()).isEqualTo(notice.documentId()));
        Assertions.assertThat(taskService.getProcessInstanceAttachments(instance.getId())).hasSize(2);
    }

    @Test
    void demeritGoesIntoThePersonalArchiveWhenFinal() {
        ProcessInstance instance = decided(SanctionLevel.DEMERIT, null);
        fireTimer(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW);

        assertThat(instance).isEnded();
        Assertions.assertThat(archive.personalArchive(student.id())).filteredOn(e -> e.kind() == ArchiveEntryKind.SANCTION)
                .singleElement().satisfies(e -> {
                    Assertions.assertThat(e.title()).isEqualTo("记过处分决定");
                    Assertions.assertThat(e.content()).contains("学生处分决定书", "记过处分");
                    Assertions.assertThat(e.caseKey()).isEqualTo(key(instance));
                    Assertions.assertThat(e.documentId()).isNotNull()
                            .isEqualTo(notifications.forCase(key(instance)).get(0).documentId());
                });
    }

    @Test
    void studentAffairsDoesNotSupportTheProposal() {
        ProcessInstance instance = propose(SanctionLevel.SERIOUS_WARNING, null);
        assertThat(task(instance)).hasCandidateGroup(GroupIds.school(SCHOOL.code(),
                cn.jledu.studentstatus.organisation.SchoolRole.STUDENT_AFFAIRS));
        taskService.complete(task(instance).getId(), withVariables(Vars.PROPOSAL_SUPPORTED, false, Vars.REVIEW_NOTE, "事实不清"));

        assertThat(instance).hasPassed(SanctionContract.TASK_RECORD_NOT_SANCTIONED)
                .isEnded().hasNotPassed(SanctionContract.TASK_DECIDE);
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.NOT_SANCTIONED);
        Assertions.assertThat(notifications.forCase(key(instance))).isEmpty();
    }

    @Test
    void principalDecidesNotToSanction() {
        ProcessInstance instance = propose(SanctionLevel.DEMERIT, null);
        taskService.complete(task(instance).getId(), withVariables(Vars.PROPOSAL_SUPPORTED, true));
        assertThat(instance).isWaitingAt(SanctionContract.TASK_DECIDE);
        Task decide = task(instance);
        Assertions.assertThatThrownBy(() -> taskService.complete(decide.getId(), withVariables(Vars.SANCTION_APPROVED, false)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("理由");
        taskService.complete(decide.getId(), withVariables(Vars.SANCTION_APPROVED, false, Vars.DECISION_NOTE, "批评教育"));

        assertThat(instance).hasPassed(SanctionContract.TASK_RECORD_NOT_SANCTIONED).isEnded();
        Assertions.assertThat(archive.allEntries(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);
    }

    @Test
    void expulsionNeedsAnArticle36GroundAndAPrincipalsOfficeMeeting() {
        Assertions.assertThatThrownBy(() -> propose(SanctionLevel.EXPULSION, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-SAN-3").hasMessageContaining("第三十六条");

        ProcessInstance instance = propose(SanctionLevel.EXPULSION, ExpulsionGround.CRIMINAL_OFFENCE);
        taskService.complete(task(instance).getId(), withVariables(Vars.PROPOSAL_SUPPORTED, true));
        Task decide = task(instance);
        Assertions.assertThatThrownBy(() -> taskService.complete(decide.getId(), withVariables(Vars.SANCTION_APPROVED, true,
                        Vars.DECIDED_LEVEL, "EXPULSION")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-SAN-3").hasMessageContaining("校长办公会议");
        Assertions.assertThatThrownBy(() -> taskService.complete(decide.getId(), withVariables(Vars.SANCTION_APPROVED, true,
                        Vars.DECIDED_LEVEL, "EXPULSION", Vars.MEETING_DATE, "2025-09-20")))
                .hasMessageContaining("R-SAN-3");

        // a lighter proposal cannot be raised to expulsion without an Art. 36 ground
        ProcessInstance light = propose(SanctionLevel.DEMERIT, null);
        taskService.complete(task(light).getId(), withVariables(Vars.PROPOSAL_SUPPORTED, true));
        Assertions.assertThatThrownBy(() -> taskService.complete(task(light).getId(), withVariables(Vars.SANCTION_APPROVED,
                        true, Vars.DECIDED_LEVEL, "EXPULSION", Vars.MEETING_DATE, "2025-09-20",
                        Vars.MEETING_MINUTES_REF, "校办纪要〔2025〕9号")))
                .hasMessageContaining("R-SAN-3").hasMessageContaining("第三十六条");
        assertThat(instance).isWaitingAt(SanctionContract.TASK_DECIDE);
    }

    @Test
    void expulsionIsFinalWhenNoBureauAppealArrivesWithinFifteenWorkingDaysOfTheReviewDecision() {
        ProcessInstance instance = decided(SanctionLevel.EXPULSION, ExpulsionGround.CRIMINAL_OFFENCE);
        Assertions.assertThat(students.find(student.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
        EngineClock.set("2025-09-23T09:00");
        process.lodgeSchoolAppeal(key(instance), AppClock.today(), "我对事实有异议");
        EngineClock.set("2025-09-26T15:00"); // review decision received just before National Day
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2025-09-26");

        // worked example of domain-facts: 2025-09-26 + 15 working days → 2025-10-23
        assertTimerEndsOn(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW, LocalDate.of(2025, 10, 23));
        Assertions.assertThat(students.find(student.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
        Assertions.assertThat(service.get(key(instance)).underAppeal()).isTrue();
        fireTimer(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW);

        assertExpelled(instance);
        assertThat(instance).isWaitingAt(SanctionContract.TASK_FILE_EXPULSION);
        assertThat(task(instance)).hasCandidateGroup(GroupIds.bureauReviewer(SCHOOL.bureau()));
        taskService.complete(task(instance).getId(), withVariables("filingNote", "已备案"));
        assertThat(instance).hasPassed(SanctionContract.END_EXPULSION_FILED).isEnded();
        Assertions.assertThat(audit.forSubject("sanction_case", key(instance)))
                .anySatisfy(r -> Assertions.assertThat(r.action()).isEqualTo("EXPULSION_FILED"));
    }

    @Test
    void bureauAppealOnTheLastDayIsAcceptedAndTheBureauUpholdsTheExpulsion() {
        EngineClock.set("2026-09-10T10:00");
        ProcessInstance instance = decided(SanctionLevel.EXPULSION, ExpulsionGround.SERIOUS_FIGHTING_OR_GAMBLING);
        process.lodgeSchoolAppeal(key(instance), AppClock.today(), "处分过重");
        EngineClock.set("2026-09-18T16:00");
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2026-09-18");
        // 2026-09-18 + 15: 中秋 Sep 25–27 and 国庆 Oct 1–7 off, Sun Sep 20 and Sat Oct 10 worked → 2026-10-15
        assertTimerEndsOn(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW, LocalDate.of(2026, 10, 15));

        EngineClock.set("2026-10-15T16:00");
        process.lodgeBureauAppeal(key(instance), LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 15), "不服复查决定");
        driver.runAsync(instance);
        assertThat(instance).isWaitingAt(SanctionContract.TASK_BUREAU_REVIEW);
        Task review = task(instance);
        assertThat(review).hasCandidateGroup(GroupIds.bureauReviewer(SCHOOL.bureau()));
        Assertions.assertThat(review.getDueDate()).isEqualTo(EngineClock.endOf(LocalDate.of(2026, 11, 26)));
        assertTimerEndsOn(instance, SanctionContract.TIMER_BUREAU_REPLY_REMINDER, LocalDate.of(2026, 11, 19));
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.BUREAU_APPEAL);
        Assertions.assertThat(students.find(student.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);

        EngineClock.set("2026-11-02T10:00");
        taskService.complete(review.getId(), withVariables(Vars.BUREAU_OUTCOME, "UPHOLD", Vars.BUREAU_REASONS, "事实清楚"));
        driver.runAsync(instance); // 记录申诉处理决定 (asyncBefore: prints the letter)
        assertExpelled(instance);
        Assertions.assertThat(notifications.forCase(key(instance))).extracting(Notifications.Notification::subject)
                .containsExactly("学生处分决定书", "学生申诉复查决定书", "学生申诉处理决定书");
        String bureau = organisation.supervisingBureau(SCHOOL.code()).name();
        Assertions.assertThat(flat(letterPdf(instance, "学生申诉处理决定书"))).contains(bureau + "（盖章）2026年11月2日",
                "处理结果维持原处分（开除学籍）", "送达回执").doesNotContain("申诉权利告知");
        Assertions.assertThat(taskService.getProcessInstanceAttachments(instance.getId())).hasSize(3)
                .extracting(a -> a.getName()).containsExactly(key(instance) + "-1-学生处分决定书.pdf",
                        key(instance) + "-2-学生申诉复查决定书.pdf", key(instance) + "-3-学生申诉处理决定书.pdf");
    }

    @Test
    void overdueBureauReplyIsRemindedThenEscalatedToTheCityBureauWithABreachRecord() {
        ProcessInstance instance = decided(SanctionLevel.DEMERIT, null);
        EngineClock.set("2025-09-23T09:00");
        process.lodgeSchoolAppeal(key(instance), AppClock.today(), "处分过重");
        EngineClock.set("2025-09-24T09:00");
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2025-09-24");
        EngineClock.set("2025-09-26T09:00");
        process.lodgeBureauAppeal(key(instance), LocalDate.of(2025, 9, 26), LocalDate.of(2025, 9, 26), "不服");
        driver.runAsync(instance);
        // worked example: 2025-09-26 + 30 working days → 2025-11-13; the reminder at the 25th: 2025-11-06
        Assertions.assertThat(task(instance).getDueDate()).isEqualTo(EngineClock.endOf(LocalDate.of(2025, 11, 13)));
        assertTimerEndsOn(instance, SanctionContract.TIMER_BUREAU_REPLY_REMINDER, LocalDate.of(2025, 11, 6));
        fireTimer(instance, SanctionContract.TIMER_BUREAU_REPLY_REMINDER);
        Assertions.assertThat(service.events(key(instance))).anyMatch(e -> e.kind().equals("BUREAU_REPLY_REMINDER"));
        assertThat(instance).isWaitingAt(SanctionContract.TASK_BUREAU_REVIEW);

        assertTimerEndsOn(instance, SanctionContract.TIMER_BUREAU_REPLY_OVERDUE, LocalDate.of(2025, 11, 13));
        fireTimer(instance, SanctionContract.TIMER_BUREAU_REPLY_OVERDUE);
        assertThat(instance).isWaitingAt(SanctionContract.TASK_BUREAU_REVIEW, SanctionContract.TASK_SUPERVISE);
        Task supervise = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SanctionContract.TASK_SUPERVISE).singleResult();
        assertThat(supervise).hasCandidateGroup(GroupIds.bureauReviewer("220200"));
        Assertions.assertThat(audit.forSubject("sanction_case", key(instance))).anySatisfy(r -> {
            Assertions.assertThat(r.action()).isEqualTo("APPEAL_REPLY_OVERDUE");
            Assertions.assertThat(r.details()).contains("2025-11-13", "吉林市教育局");
        });

        EngineClock.set("2025-11-20T10:00");
        Task review = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SanctionContract.TASK_BUREAU_REVIEW).singleResult();
        Assertions.assertThatThrownBy(() -> taskService.complete(review.getId(), withVariables(Vars.BUREAU_OUTCOME, "CHANGE",
                        Vars.BUREAU_LEVEL, "PROBATION", Vars.BUREAU_REASONS, "加重")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("减轻");
        taskService.complete(review.getId(), withVariables(Vars.BUREAU_OUTCOME, "CHANGE", Vars.BUREAU_LEVEL, "WARNING",
                Vars.BUREAU_REASONS, "情节较轻"));
        driver.runAsync(instance);

        assertThat(instance).hasPassed(SanctionContract.TASK_RECORD_BUREAU_DECISION, SanctionContract.END_FINAL).isEnded();
        SanctionCase c = service.get(key(instance));
        Assertions.assertThat(c.level()).isEqualTo(SanctionLevel.WARNING);
        Assertions.assertThat(c.state()).isEqualTo(SanctionState.FINAL);
        Assertions.assertThat(archive.allEntries(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);
    }

    @Test
    void bureauRevokesTheExpulsionAndTheStudentStaysEnrolled() {
        ProcessInstance instance = decided(SanctionLevel.EXPULSION, ExpulsionGround.GRAVE_BREACH_OF_SCHOOL_RULES);
        process.lodgeSchoolAppeal(key(instance), AppClock.today(), "处分过重");
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2025-09-22");
        process.lodgeBureauAppeal(key(instance), LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 22), "不服");
        driver.runAsync(instance);
        taskService.complete(task(instance).getId(), withVariables(Vars.BUREAU_OUTCOME, "REVOKE", Vars.BUREAU_REASONS,
                "证据不足"));
        driver.runAsync(instance);

        assertThat(instance).isEnded().hasNotPassed(SanctionContract.TASK_FILE_EXPULSION);
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.REVOKED_ON_APPEAL);
        Assertions.assertThat(students.find(student.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
        Assertions.assertThat(students.history(student.id())).noneMatch(h -> h.kind() == StatusChangeKind.EXPULSION);
        Assertions.assertThat(archive.allEntries(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);
    }

    @Test
    void appealCommitteeRevokesTheSanction() {
        ProcessInstance instance = decided(SanctionLevel.PROBATION, null);
        process.lodgeSchoolAppeal(key(instance), AppClock.today(), "我没有参与");
        assertThat(instance).isWaitingAt(SanctionContract.TASK_REVIEW_APPEAL);
        assertThat(task(instance)).hasCandidateGroup(GroupIds.school(SCHOOL.code(),
                cn.jledu.studentstatus.organisation.SchoolRole.APPEAL_COMMITTEE));
        reviewAppeal(instance, AppealOutcome.REVOKE, null, "2025-09-22");

        assertThat(instance).isEnded().hasNotPassed(SanctionContract.GATEWAY_BUREAU_APPEAL_WINDOW);
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.REVOKED_ON_APPEAL);
        Assertions.assertThat(archive.allEntries(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);
    }

    @Test
    void appealCommitteeLightensTheSanctionButNeverMakesItHarsher() {
        ProcessInstance instance = decided(SanctionLevel.PROBATION, null);
        process.lodgeSchoolAppeal(key(instance), AppClock.today(), "处分过重");
        Task review = task(instance);
        Assertions.assertThatThrownBy(() -> taskService.complete(review.getId(), withVariables(Vars.REVIEW_OUTCOME, "CHANGE",
                        Vars.REVIEWED_LEVEL, "EXPULSION", Vars.REVIEW_REASONS, "x")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-APL-1");
        reviewAppeal(instance, AppealOutcome.CHANGE, SanctionLevel.DEMERIT, "2025-09-22");
        fireTimer(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW);

        Assertions.assertThat(service.get(key(instance)).level()).isEqualTo(SanctionLevel.DEMERIT);
        // R-APL-4: the archived decision is the review decision that lightened it; the original letter is named
        Notifications.Notification original = letter(instance, "学生处分决定书");
        Notifications.Notification reviewLetter = letter(instance, "学生申诉复查决定书");
        Assertions.assertThat(archive.personalArchive(student.id())).filteredOn(e -> e.kind() == ArchiveEntryKind.SANCTION)
                .singleElement().satisfies(e -> {
                    Assertions.assertThat(e.title()).isEqualTo("记过处分决定");
                    Assertions.assertThat(e.documentId()).isEqualTo(reviewLetter.documentId())
                            .isNotEqualTo(original.documentId());
                    Assertions.assertThat(e.content()).startsWith(reviewLetter.letterText()).contains("变更为记过",
                            "原处分决定：学生处分决定书（文号 " + key(instance) + "-1，文书 /api/documents/"
                                    + original.documentId() + "），经学生申诉复查决定书变更为记过处分", "生效日期：");
                });
        Assertions.assertThat(letterPdf(instance, "学生申诉复查决定书")).contains("复查结果 变更为记过");
        Assertions.assertThat(documents.ofCase(SCHOOL.code(), key(instance))).extracting(StoredDocument::id)
                .containsExactly(original.documentId(), reviewLetter.documentId());
    }

    @Test
    void bureauLightensAnExpulsionAndTheArchiveLinksItsDecision() {
        ProcessInstance instance = decided(SanctionLevel.EXPULSION, ExpulsionGround.GRAVE_BREACH_OF_SCHOOL_RULES);
        process.lodgeSchoolAppeal(key(instance), AppClock.today(), "处分过重");
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2025-09-22");
        process.lodgeBureauAppeal(key(instance), LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 22), "不服");
        driver.runAsync(instance);
        taskService.complete(task(instance).getId(), withVariables(Vars.BUREAU_OUTCOME, "CHANGE", Vars.BUREAU_LEVEL,
                "PROBATION", Vars.BUREAU_REASONS, "有悔改表现"));
        driver.runAsync(instance);

        assertThat(instance).hasPassed(SanctionContract.END_FINAL).isEnded()
                .hasNotPassed(SanctionContract.TASK_FILE_EXPULSION);
        Assertions.assertThat(service.get(key(instance)).level()).isEqualTo(SanctionLevel.PROBATION);
        Assertions.assertThat(students.find(student.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
        Notifications.Notification original = letter(instance, "学生处分决定书");
        Notifications.Notification bureau = letter(instance, "学生申诉处理决定书");
        Assertions.assertThat(archive.personalArchive(student.id())).filteredOn(e -> e.kind() == ArchiveEntryKind.SANCTION)
                .singleElement().satisfies(e -> {
                    Assertions.assertThat(e.title()).isEqualTo("留校察看处分决定");
                    Assertions.assertThat(e.documentId()).isEqualTo(bureau.documentId());
                    Assertions.assertThat(e.content()).startsWith(bureau.letterText()).contains("变更为留校察看",
                            "原处分决定：学生处分决定书（文号 " + key(instance) + "-1，文书 /api/documents/"
                                    + original.documentId() + "），经学生申诉处理决定书变更为留校察看处分");
                });
    }

    @Test
    void lateAppealsAreRefused() {
        ProcessInstance instance = decided(SanctionLevel.DEMERIT, null);
        process.lodgeSchoolAppeal(key(instance), AppClock.today(), "处分过重");
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2025-09-22");
        EngineClock.set("2025-10-23T10:00");
        // 2025-09-22 + 15 working days (Sun Sep 28 and Sat Oct 11 worked) → 2025-10-17: received on the 23rd is late
        Assertions.assertThatThrownBy(() -> process.lodgeBureauAppeal(key(instance), LocalDate.of(2025, 10, 23), LocalDate.of(2025, 10, 23), "不服"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-APL-2").hasMessageContaining("2025-10-17");
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.SCHOOL_APPEAL);

        fireTimer(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW);
        Assertions.assertThatThrownBy(() -> process.lodgeSchoolAppeal(key(instance), AppClock.today(), "再次申诉"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-APL-1");
    }

    // --- issue 8: decisive dates (docs/sanctions.md "Which dates are decisive") ----------------------------

    @Test
    void bureauAppealMadeOnWorkingDay15AndEnteredOnDay17ReopensTheFinalExpulsionButOneMadeOnDay16IsRefused() {
        // R-APL-2, R-APL-3, R-SAN-3, R-MON-2
        ProcessInstance instance = decided(SanctionLevel.EXPULSION, ExpulsionGround.CRIMINAL_OFFENCE);
        process.lodgeSchoolAppeal(key(instance), AppClock.today(), "我对事实有异议");
        EngineClock.set("2025-09-26T15:00");
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2025-09-26");
        // received 2025-09-26: working day 15 = 2025-10-23, 16 = 2025-10-24 (Fri), 17 = 2025-10-27 (Mon)
        assertTimerEndsOn(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW, LocalDate.of(2025, 10, 23));
        fireTimer(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW);
        assertExpelled(instance);
        // R-MON-2: the final expulsion goes to the national system in the month it became final
        Assertions.assertThat(national.forStudent(student.id())).singleElement().satisfies(e -> {
            Assertions.assertThat(e.operation()).isEqualTo("STATUS_CHANGE");
            Assertions.assertThat(e.caseKey()).isEqualTo(key(instance));
            Assertions.assertThat(e.payload()).contains("异动类别=开除学籍", "学籍号=" + student.studentNumber());
            Assertions.assertThat(e.createdAt().atZoneSameInstant(AppClock.ZONE).toLocalDate()).isEqualTo(LocalDate.of(2025, 10, 24));
        });

        EngineClock.set("2025-10-27T10:00");
        Assertions.assertThatThrownBy(() -> process.lodgeBureauAppeal(key(instance), LocalDate.of(2025, 10, 24),
                        LocalDate.of(2025, 10, 27), "不服复查决定"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-APL-2").hasMessageContaining("2025-10-23");
        Assertions.assertThat(students.find(student.id()).orElseThrow().status()).isEqualTo(StudentStatus.EXPELLED);

        process.lodgeBureauAppeal(key(instance), LocalDate.of(2025, 10, 23), LocalDate.of(2025, 10, 27), "不服复查决定");
        // the expulsion is not final while an appeal made in time runs: undone with a status-change row, reported
        Assertions.assertThat(students.find(student.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
        Assertions.assertThat(students.history(student.id())).anySatisfy(h -> {
            Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.EXPULSION_REVERSED);
            Assertions.assertThat(h.caseKey()).isEqualTo(key(instance));
        });
        Assertions.assertThat(national.forStudent(student.id())).hasSize(2).last()
                .satisfies(e -> Assertions.assertThat(e.payload()).contains("学籍状态=在籍"));
        Assertions.assertThat(archive.personalArchive(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);
        SanctionCase reopened = service.get(key(instance));
        Assertions.assertThat(reopened.state()).isEqualTo(SanctionState.BUREAU_APPEAL);
        Assertions.assertThat(reopened.underAppeal()).isTrue();

        ProcessInstance again = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(key(instance)).active().singleResult();
        assertThat(again).hasPassed(SanctionContract.START_APPEAL_REOPENED);
        driver.runAsync(again);
        assertThat(again).isWaitingAt(SanctionContract.TASK_BUREAU_REVIEW);
        Task review = task(again);
        // R-APL-3: the bureau's 30 working days run from its receipt (2025-10-27), not from the timer
        Assertions.assertThat(review.getDueDate()).isEqualTo(EngineClock.endOf(LocalDate.of(2025, 12, 8)));
        // the bureau cannot edit its received-on date (read-only field from the appeal)
        Assertions.assertThatThrownBy(() -> taskService.complete(review.getId(), withVariables(
                        Vars.BUREAU_APPEAL_RECEIVED_ON, "2025-11-30", Vars.BUREAU_OUTCOME, "UPHOLD", Vars.BUREAU_REASONS, "x")))
                .isInstanceOf(ProcessEngineException.class);
        taskService.complete(review.getId(), withVariables(Vars.BUREAU_OUTCOME, "UPHOLD", Vars.BUREAU_REASONS, "事实清楚"));
        driver.runAsync(again);
        Assertions.assertThat(students.find(student.id()).orElseThrow().status()).isEqualTo(StudentStatus.EXPELLED);
        Assertions.assertThat(national.forStudent(student.id())).hasSize(3)
                .extracting(e -> e.caseKey()).containsExactly(key(instance), key(instance) + "-2", key(instance) + "-3");
        assertThat(again).isWaitingAt(SanctionContract.TASK_FILE_EXPULSION);
    }

    @Test
    void schoolAppealMadeOnTheLastDayAndEnteredAfterTheTimerReopensTheCaseOneMadeTheDayAfterIsRefused() {
        // R-APL-1
        ProcessInstance instance = decided(SanctionLevel.DEMERIT, null);
        LocalDate lastDay = timerLastDay(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW);
        fireTimer(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW);
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.FINAL);
        Assertions.assertThat(archive.personalArchive(student.id())).anyMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);

        EngineClock.set(lastDay.plusDays(4) + "T10:00");
        Assertions.assertThatThrownBy(() -> process.lodgeSchoolAppeal(key(instance), lastDay.plusDays(1), "处分过重"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-APL-1").hasMessageContaining(lastDay.toString());
        process.lodgeSchoolAppeal(key(instance), lastDay, "处分过重");

        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.SCHOOL_APPEAL);
        Assertions.assertThat(archive.personalArchive(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);
        ProcessInstance again = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(key(instance)).active().singleResult();
        assertThat(again).isWaitingAt(SanctionContract.TASK_REVIEW_APPEAL);
        Assertions.assertThat(audit.forSubject("sanction_case", key(instance)))
                .anySatisfy(r -> Assertions.assertThat(r.action()).isEqualTo("SANCTION_REOPENED"));
    }

    @Test
    void theWindowWaitsForTheRecordedReceiptWhichIsNeverBeforeTheLetterNorInTheFutureAndCorrectionsAreAudited() {
        // R-APL-1, R-APL-2 (the window runs from the receipt), R-SAN-4 (送达)
        EngineClock.set("2025-09-26T10:00");
        ProcessInstance instance = decidedNotDelivered(SanctionLevel.WARNING, null);
        long letter = letter(instance, "学生处分决定书").id();
        Assertions.assertThatThrownBy(() -> process.lodgeSchoolAppeal(key(instance), AppClock.today(), "不服"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-APL-1").hasMessageContaining("送达");
        Assertions.assertThatThrownBy(() -> process.recordDelivery(key(instance), letter, LocalDate.of(2025, 9, 25), "POST"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能早于");
        Assertions.assertThatThrownBy(() -> process.recordDelivery(key(instance), letter, LocalDate.of(2025, 9, 27), "POST"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("不能晚于今天");
        assertThat(instance).isWaitingAt(SanctionContract.MESSAGE_DECISION_DELIVERED_EVENT);

        EngineClock.set("2025-10-09T10:00");
        process.recordDelivery(key(instance), letter, LocalDate.of(2025, 9, 26), "RECEIPT_RETURNED");
        assertThat(instance).isWaitingAt(SanctionContract.GATEWAY_SCHOOL_APPEAL_WINDOW);
        Assertions.assertThat(timerLastDay(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW))
                .isEqualTo(LocalDate.of(2025, 10, 16));
        Assertions.assertThatThrownBy(() -> process.recordDelivery(key(instance), letter, LocalDate.of(2025, 9, 29), "POST"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("更正");

        // the returned receipt shows 2025-09-29: the registrar corrects it, the timer counts again from the 29th
        process.correctDelivery(key(instance), letter, LocalDate.of(2025, 9, 29), "送达回执签收日期为9月29日，登记有误");
        assertThat(instance).isWaitingAt(SanctionContract.GATEWAY_SCHOOL_APPEAL_WINDOW);
        // 2025-09-29 + 10 working days: Sep 30, (Oct 1–8 off) Oct 9, 10, Sat 11, 13–17, 20 → 2025-10-20
        Assertions.assertThat(timerLastDay(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW))
                .isEqualTo(LocalDate.of(2025, 10, 20));
        Assertions.assertThat(audit.forSubject("sanction_case", key(instance))).anySatisfy(r -> {
            Assertions.assertThat(r.action()).isEqualTo("LETTER_RECEIPT_CORRECTED");
            Assertions.assertThat(r.details()).contains("2025-09-26", "2025-09-29");
        });
    }

    @Test
    void theSchoolAppealWindowIsTheSchoolsSettingStatedInTheLetter() {
        // R-APL-1
        Assertions.assertThatThrownBy(() -> service.setSchoolAppealWorkingDays(SCHOOL.code(), 3))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-APL-1");
        Assertions.assertThat(service.schoolAppealWorkingDays(SCHOOL.code())).isEqualTo(10);
        service.setSchoolAppealWorkingDays(SCHOOL.code(), 15);
        try {
            ProcessInstance instance = decided(SanctionLevel.WARNING, null);
            Assertions.assertThat(letter(instance, "学生处分决定书").letterText()).contains("收到本决定之日起15个工作日内");
            // received 2025-09-22 + 15 working days (Sun Sep 28 and Sat Oct 11 worked, Oct 1–8 off) → 2025-10-17
            Assertions.assertThat(timerLastDay(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW))
                    .isEqualTo(LocalDate.of(2025, 10, 17));
        } finally {
            service.setSchoolAppealWorkingDays(SCHOOL.code(), 10);
        }
    }

    @Test
    void theProposerCannotReviewTheirOwnProposalAndTheOfficeMeetingIsNotBeforeTheProposal() {
        // R-SAN-3
        ProcessInstance instance = cn.jledu.studentstatus.platform.CurrentUser.callAs(
                new cn.jledu.studentstatus.platform.CurrentUser("zhang-xueji", java.util.List.of()),
                () -> propose(SanctionLevel.EXPULSION, ExpulsionGround.CRIMINAL_OFFENCE));
        Task review = task(instance);
        taskService.setAssignee(review.getId(), "zhang-xueji");
        Assertions.assertThatThrownBy(() -> taskService.complete(review.getId(), withVariables(Vars.PROPOSAL_SUPPORTED, true)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-SAN-3").hasMessageContaining("提出人");
        taskService.setAssignee(review.getId(), "li-xuegong");
        taskService.complete(review.getId(), withVariables(Vars.PROPOSAL_SUPPORTED, true));

        Task decide = task(instance);
        Assertions.assertThatThrownBy(() -> taskService.complete(decide.getId(), withVariables(Vars.SANCTION_APPROVED, true,
                        Vars.DECIDED_LEVEL, "EXPULSION", Vars.MEETING_DATE, "2025-09-19",
                        Vars.MEETING_MINUTES_REF, "校办纪要〔2025〕9号")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-SAN-3").hasMessageContaining("不能早于");
        taskService.complete(decide.getId(), withVariables(Vars.SANCTION_APPROVED, true, Vars.DECIDED_LEVEL, "EXPULSION",
                Vars.MEETING_DATE, "2025-09-22", Vars.MEETING_MINUTES_REF, "校办纪要〔2025〕9号"));
        driver.runAsync(instance);
        assertThat(instance).isWaitingAt(SanctionContract.MESSAGE_DECISION_DELIVERED_EVENT);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /**
     * The case's one letter with this subject: a stored PDF (kind, school, case, student), linked from its
     * notification and attached to the process instance as a link to the download; returns its extracted text.
     */
    private String letterPdf(ProcessInstance instance, String subject) {
        Notifications.Notification notice = notifications.forCase(key(instance)).stream()
                .filter(n -> n.subject().equals(subject)).findFirst().orElseThrow();
        Assertions.assertThat(notice.documentId()).as("document of %s", subject).isNotNull();
        StoredDocument pdf = documents.load(notice.documentId());
        Assertions.assertThat(pdf.kind()).isEqualTo(SanctionLetters.KIND);
        Assertions.assertThat(pdf.contentType()).isEqualTo(NewDocument.PDF);
        Assertions.assertThat(pdf.schoolCode()).isEqualTo(SCHOOL.code());
        Assertions.assertThat(pdf.caseKey()).isEqualTo(key(instance));
        Assertions.assertThat(pdf.studentId()).isEqualTo(student.id());
        Assertions.assertThat(documents.ofCase(SCHOOL.code(), key(instance))).extracting(StoredDocument::id)
                .contains(pdf.id());
        Assertions.assertThat(taskService.getProcessInstanceAttachments(instance.getId())).anySatisfy(a -> {
            Assertions.assertThat(a.getUrl()).isEqualTo("/api/documents/" + pdf.id());
            Assertions.assertThat(a.getType()).isEqualTo(NewDocument.PDF);
            Assertions.assertThat(a.getName()).isEqualTo(pdf.fileName()).endsWith("-" + subject + ".pdf");
            Assertions.assertThat(a.getDescription()).contains(subject);
        });
        return ProcessDriver.pdfText(pdf.content());
    }

    /** The case's one notification with this subject. */
    private Notifications.Notification letter(ProcessInstance instance, String subject) {
        return notifications.forCase(key(instance)).stream().filter(n -> n.subject().equals(subject)).findFirst()
                .orElseThrow();
    }

    /** The last day of the period a timer closes: it is due at 00:00 after that day. */
    private LocalDate timerLastDay(ProcessInstance instance, String timerId) {
        return driver.timer(instance, timerId).getDuedate().toInstant().atZone(AppClock.ZONE).toLocalDate().minusDays(1);
    }

    private static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private ProcessInstance propose(SanctionLevel level, ExpulsionGround ground) {
        return process.propose(student.id(), "多次旷课并与同学打架", level, ground);
    }

    /** Proposal supported and decided by the principal (with the office meeting for an expulsion); letter sent. */
    private ProcessInstance decidedNotDelivered(SanctionLevel level, ExpulsionGround ground) {
        ProcessInstance instance = propose(level, ground);
        taskService.complete(task(instance).getId(), withVariables(Vars.PROPOSAL_SUPPORTED, true));
        assertThat(task(instance)).hasCandidateGroup(GroupIds.school(SCHOOL.code(),
                cn.jledu.studentstatus.organisation.SchoolRole.PRINCIPAL));
        Map<String, Object> vars = level == SanctionLevel.EXPULSION
                ? withVariables(Vars.SANCTION_APPROVED, true, Vars.DECIDED_LEVEL, level.name(), Vars.MEETING_DATE,
                        AppClock.today().toString(), Vars.MEETING_MINUTES_REF, "校长办公会议纪要〔2025〕12号")
                : withVariables(Vars.SANCTION_APPROVED, true, Vars.DECIDED_LEVEL, level.name());
        taskService.complete(task(instance).getId(), vars);
        driver.runAsync(instance);
        // R-APL-1: no window before the letter's receipt is recorded
        assertThat(instance).isWaitingAt(SanctionContract.MESSAGE_DECISION_DELIVERED_EVENT);
        Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
                .isZero();
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.DECIDED);
        return instance;
    }

    /** Decided, and the decision letter received by the student today. */
    private ProcessInstance decided(SanctionLevel level, ExpulsionGround ground) {
        ProcessInstance instance = decidedNotDelivered(level, ground);
        deliver(instance, "学生处分决定书", AppClock.today());
        assertThat(instance).isWaitingAt(SanctionContract.GATEWAY_SCHOOL_APPEAL_WINDOW);
        return instance;
    }

    /** The registrar records the receipt (送达) of the case's last letter with this subject. */
    private void deliver(ProcessInstance instance, String subject, LocalDate receivedOn) {
        Notifications.Notification letter = notifications.forCase(key(instance)).stream()
                .filter(n -> n.subject().equals(subject)).reduce((a, b) -> b).orElseThrow();
        process.recordDelivery(key(instance), letter.id(), receivedOn, "RECEIPT_RETURNED");
    }

    /** The committee's review; unless revoked, the review decision is received by the student on {@code receivedOn}. */
    private void reviewAppeal(ProcessInstance instance, AppealOutcome outcome, SanctionLevel level, String receivedOn) {
        Map<String, Object> vars = withVariables(Vars.REVIEW_OUTCOME, outcome.name(), Vars.REVIEW_REASONS, "经复查");
        if (level != null) {
            vars.put(Vars.REVIEWED_LEVEL, level.name());
        }
        taskService.complete(task(instance).getId(), vars);
        driver.runAsync(instance);
        if (outcome != AppealOutcome.REVOKE) {
            assertThat(instance).isWaitingAt(SanctionContract.MESSAGE_REVIEW_DECISION_DELIVERED_EVENT);
            deliver(instance, "学生申诉复查决定书", LocalDate.parse(receivedOn));
            assertThat(instance).isWaitingAt(SanctionContract.GATEWAY_BUREAU_APPEAL_WINDOW);
        }
    }

    private void assertExpelled(ProcessInstance instance) {
        Assertions.assertThat(students.find(student.id()).orElseThrow().status()).isEqualTo(StudentStatus.EXPELLED);
        Assertions.assertThat(students.history(student.id())).anySatisfy(h -> {
            Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.EXPULSION);
            Assertions.assertThat(h.caseKey()).isEqualTo(key(instance));
        });
        Assertions.assertThat(archive.personalArchive(student.id())).filteredOn(e -> e.kind() == ArchiveEntryKind.SANCTION)
                .singleElement().satisfies(e -> Assertions.assertThat(e.content()).contains("校长办公会议"));
        Assertions.assertThat(service.get(key(instance)).underAppeal()).isFalse();
    }

    /** The timer is due exactly at the end of {@code lastDay}: not yet at 23:00 that day, due at 00:00 after it. */
    private void assertTimerEndsOn(ProcessInstance instance, String timerId, LocalDate lastDay) {
        Job timer = driver.timer(instance, timerId);
        Assertions.assertThat(timer.getDuedate()).isEqualTo(EngineClock.endOf(lastDay));
        EngineClock.set(lastDay + "T23:00");
        Assertions.assertThat(driver.dueJobs(instance)).extracting(Job::getId).doesNotContain(timer.getId());
        EngineClock.set(lastDay.plusDays(1) + "T00:00");
        Assertions.assertThat(driver.dueJobs(instance)).extracting(Job::getId).contains(timer.getId());
    }

    /** Fires the timer at its due date, then runs the asynchronous steps it leads to. */
    private void fireTimer(ProcessInstance instance, String timerId) {
        driver.fireTimer(driver.timer(instance, timerId));
        driver.runAsync(instance);
    }

    private static String key(ProcessInstance instance) {
        return instance.getBusinessKey();
    }
}
