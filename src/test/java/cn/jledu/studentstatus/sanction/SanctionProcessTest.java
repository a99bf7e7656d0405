package cn.jledu.studentstatus.sanction;

import static cn.jledu.studentstatus.sanction.SanctionContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.archive.Notifications;
import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
    ManagementService management;
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

    Student student;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        clock("2025-09-22T09:00");
        student = fixtures.enrolled(SCHOOL);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void warningBecomesFinalWhenTheSchoolAppealWindowClosesAndStaysOutOfThePersonalArchive() {
        clock("2025-09-26T10:00"); // the Friday before National Day 2025
        ProcessInstance instance = decided(SanctionLevel.WARNING, null);
        Assertions.assertThat(notifications.forCase(key(instance))).singleElement()
                .satisfies(n -> Assertions.assertThat(n.letterText()).contains("警告处分", "2025-10-16"));
        Assertions.assertThat(service.get(key(instance)).underAppeal()).isTrue();

        // 10 working days after 2025-09-26: Oct 1–8 off, Sat Oct 11 worked → last day 2025-10-16
        assertTimerEndsOn(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW, LocalDate.of(2025, 10, 16));
        fireTimer(instance, SanctionContract.TIMER_SCHOOL_APPEAL_WINDOW);

        assertThat(instance).hasPassed(SanctionContract.TASK_FINALISE).isEnded();
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.FINAL);
        Assertions.assertThat(archive.allEntries(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);
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
        clock("2025-09-23T09:00");
        process.lodgeSchoolAppeal(key(instance), "我对事实有异议");
        clock("2025-09-26T15:00"); // review decision received just before National Day
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
        clock("2026-09-10T10:00");
        ProcessInstance instance = decided(SanctionLevel.EXPULSION, ExpulsionGround.SERIOUS_FIGHTING_OR_GAMBLING);
        process.lodgeSchoolAppeal(key(instance), "处分过重");
        clock("2026-09-18T16:00");
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2026-09-18");
        // 2026-09-18 + 15: 中秋 Sep 25–27 and 国庆 Oct 1–7 off, Sun Sep 20 and Sat Oct 10 worked → 2026-10-15
        assertTimerEndsOn(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW, LocalDate.of(2026, 10, 15));

        clock("2026-10-15T16:00");
        process.lodgeBureauAppeal(key(instance), LocalDate.of(2026, 10, 15), "不服复查决定");
        runAsync(instance);
        assertThat(instance).isWaitingAt(SanctionContract.TASK_BUREAU_REVIEW);
        Task review = task(instance);
        assertThat(review).hasCandidateGroup(GroupIds.bureauReviewer(SCHOOL.bureau()));
        Assertions.assertThat(review.getDueDate()).isEqualTo(endOf(LocalDate.of(2026, 11, 26)));
        assertTimerEndsOn(instance, SanctionContract.TIMER_BUREAU_REPLY_REMINDER, LocalDate.of(2026, 11, 19));
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.BUREAU_APPEAL);
        Assertions.assertThat(students.find(student.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);

        clock("2026-11-02T10:00");
        taskService.complete(review.getId(), withVariables(Vars.BUREAU_OUTCOME, "UPHOLD", Vars.BUREAU_REASONS, "事实清楚"));
        assertExpelled(instance);
        Assertions.assertThat(notifications.forCase(key(instance))).extracting(Notifications.Notification::subject)
                .containsExactly("学生处分决定书", "学生申诉复查决定书", "学生申诉处理决定书");
    }

    @Test
    void overdueBureauReplyIsRemindedThenEscalatedToTheCityBureauWithABreachRecord() {
        ProcessInstance instance = decided(SanctionLevel.DEMERIT, null);
        clock("2025-09-23T09:00");
        process.lodgeSchoolAppeal(key(instance), "处分过重");
        clock("2025-09-24T09:00");
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2025-09-24");
        clock("2025-09-26T09:00");
        process.lodgeBureauAppeal(key(instance), LocalDate.of(2025, 9, 26), "不服");
        runAsync(instance);
        // worked example: 2025-09-26 + 30 working days → 2025-11-13; the reminder at the 25th: 2025-11-06
        Assertions.assertThat(task(instance).getDueDate()).isEqualTo(endOf(LocalDate.of(2025, 11, 13)));
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

        clock("2025-11-20T10:00");
        Task review = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SanctionContract.TASK_BUREAU_REVIEW).singleResult();
        Assertions.assertThatThrownBy(() -> taskService.complete(review.getId(), withVariables(Vars.BUREAU_OUTCOME, "CHANGE",
                        Vars.BUREAU_LEVEL, "PROBATION", Vars.BUREAU_REASONS, "加重")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("减轻");
        taskService.complete(review.getId(), withVariables(Vars.BUREAU_OUTCOME, "CHANGE", Vars.BUREAU_LEVEL, "WARNING",
                Vars.BUREAU_REASONS, "情节较轻"));

        assertThat(instance).hasPassed(SanctionContract.TASK_RECORD_BUREAU_DECISION, SanctionContract.END_FINAL).isEnded();
        SanctionCase c = service.get(key(instance));
        Assertions.assertThat(c.level()).isEqualTo(SanctionLevel.WARNING);
        Assertions.assertThat(c.state()).isEqualTo(SanctionState.FINAL);
        Assertions.assertThat(archive.allEntries(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);
    }

    @Test
    void bureauRevokesTheExpulsionAndTheStudentStaysEnrolled() {
        ProcessInstance instance = decided(SanctionLevel.EXPULSION, ExpulsionGround.GRAVE_BREACH_OF_SCHOOL_RULES);
        process.lodgeSchoolAppeal(key(instance), "处分过重");
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2025-09-22");
        process.lodgeBureauAppeal(key(instance), LocalDate.of(2025, 9, 22), "不服");
        runAsync(instance);
        taskService.complete(task(instance).getId(), withVariables(Vars.BUREAU_OUTCOME, "REVOKE", Vars.BUREAU_REASONS,
                "证据不足"));

        assertThat(instance).isEnded().hasNotPassed(SanctionContract.TASK_FILE_EXPULSION);
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.REVOKED_ON_APPEAL);
        Assertions.assertThat(students.find(student.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
        Assertions.assertThat(students.history(student.id())).noneMatch(h -> h.kind() == StatusChangeKind.EXPULSION);
        Assertions.assertThat(archive.allEntries(student.id())).noneMatch(e -> e.kind() == ArchiveEntryKind.SANCTION);
    }

    @Test
    void appealCommitteeRevokesTheSanction() {
        ProcessInstance instance = decided(SanctionLevel.PROBATION, null);
        process.lodgeSchoolAppeal(key(instance), "我没有参与");
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
        process.lodgeSchoolAppeal(key(instance), "处分过重");
        Task review = task(instance);
        Assertions.assertThatThrownBy(() -> taskService.complete(review.getId(), withVariables(Vars.REVIEW_OUTCOME, "CHANGE",
                        Vars.REVIEWED_LEVEL, "EXPULSION", Vars.REVIEW_REASONS, "x", Vars.REVIEW_DECISION_RECEIVED_ON,
                        "2025-09-22")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-APL-1");
        reviewAppeal(instance, AppealOutcome.CHANGE, SanctionLevel.DEMERIT, "2025-09-22");
        fireTimer(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW);

        Assertions.assertThat(service.get(key(instance)).level()).isEqualTo(SanctionLevel.DEMERIT);
        Assertions.assertThat(archive.personalArchive(student.id())).filteredOn(e -> e.kind() == ArchiveEntryKind.SANCTION)
                .extracting(e -> e.title()).containsExactly("记过处分决定");
    }

    @Test
    void lateAppealsAreRefused() {
        ProcessInstance instance = decided(SanctionLevel.DEMERIT, null);
        process.lodgeSchoolAppeal(key(instance), "处分过重");
        reviewAppeal(instance, AppealOutcome.UPHOLD, null, "2025-09-22");
        clock("2025-10-23T10:00");
        // 2025-09-22 + 15 working days (Sun Sep 28 and Sat Oct 11 worked) → 2025-10-17: received on the 23rd is late
        Assertions.assertThatThrownBy(() -> process.lodgeBureauAppeal(key(instance), LocalDate.of(2025, 10, 23), "不服"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-APL-2").hasMessageContaining("2025-10-17");
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.SCHOOL_APPEAL);

        fireTimer(instance, SanctionContract.TIMER_BUREAU_APPEAL_WINDOW);
        Assertions.assertThatThrownBy(() -> process.lodgeSchoolAppeal(key(instance), "再次申诉"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-APL-1");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private ProcessInstance propose(SanctionLevel level, ExpulsionGround ground) {
        return process.propose(student.id(), "多次旷课并与同学打架", level, ground);
    }

    /** Proposal supported and decided by the principal (with the office meeting for an expulsion). */
    private ProcessInstance decided(SanctionLevel level, ExpulsionGround ground) {
        ProcessInstance instance = propose(level, ground);
        taskService.complete(task(instance).getId(), withVariables(Vars.PROPOSAL_SUPPORTED, true));
        assertThat(task(instance)).hasCandidateGroup(GroupIds.school(SCHOOL.code(),
                cn.jledu.studentstatus.organisation.SchoolRole.PRINCIPAL));
        Map<String, Object> vars = level == SanctionLevel.EXPULSION
                ? withVariables(Vars.SANCTION_APPROVED, true, Vars.DECIDED_LEVEL, level.name(), Vars.MEETING_DATE,
                        AppClock.today().toString(), Vars.MEETING_MINUTES_REF, "校长办公会议纪要〔2025〕12号")
                : withVariables(Vars.SANCTION_APPROVED, true, Vars.DECIDED_LEVEL, level.name());
        taskService.complete(task(instance).getId(), vars);
        runAsync(instance);
        assertThat(instance).isWaitingAt(SanctionContract.GATEWAY_SCHOOL_APPEAL_WINDOW);
        Assertions.assertThat(service.get(key(instance)).state()).isEqualTo(SanctionState.DECIDED);
        return instance;
    }

    private void reviewAppeal(ProcessInstance instance, AppealOutcome outcome, SanctionLevel level, String receivedOn) {
        Map<String, Object> vars = withVariables(Vars.REVIEW_OUTCOME, outcome.name(), Vars.REVIEW_REASONS, "经复查",
                Vars.REVIEW_DECISION_RECEIVED_ON, receivedOn);
        if (level != null) {
            vars.put(Vars.REVIEWED_LEVEL, level.name());
        }
        taskService.complete(task(instance).getId(), vars);
        runAsync(instance);
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
        Job timer = timer(instance, timerId);
        Assertions.assertThat(timer.getDuedate()).isEqualTo(endOf(lastDay));
        clock(lastDay + "T23:00");
        Assertions.assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().list())
                .extracting(Job::getId).doesNotContain(timer.getId());
        clock(lastDay.plusDays(1) + "T00:00");
        Assertions.assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().list())
                .extracting(Job::getId).contains(timer.getId());
    }

    private void fireTimer(ProcessInstance instance, String timerId) {
        Job timer = timer(instance, timerId);
        ClockUtil.setCurrentTime(timer.getDuedate());
        management.executeJob(timer.getId());
        runAsync(instance);
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
                .singleResult();
    }

    private void runAsync(ProcessInstance instance) {
        for (Job job : management.createJobQuery().processInstanceId(instance.getId()).messages().list()) {
            management.executeJob(job.getId());
        }
    }

    private static String key(ProcessInstance instance) {
        return instance.getBusinessKey();
    }

    private static void clock(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(localDateTime).atZone(AppClock.ZONE).toInstant()));
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(AppClock.ZONE).toInstant());
    }
}
