package cn.jledu.studentstatus.suspension;

import static cn.jledu.studentstatus.suspension.SuspensionContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.monthlyreport.MonthlyReportService;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.student.WithdrawalProposals;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import cn.jledu.studentstatus.suspension.SuspensionContract.Ground;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * processes/suspension.bpmn, one method per path: suspension approved with its certificate and the timers of the
 * period (reminder one month before the end, withdrawal proposal two weeks after it, two consecutive years),
 * extension within the two-year cap, resumption after illness, rejections; the rules' refusals and boundaries.
 */
@IntegrationTest
class SuspensionProcessTest {

    static final DemoSchool SCHOOL = Demo.CITY_SCHOOL; // city-run: 长春市教育局 220100
    static final String PRINCIPALS = GroupIds.school(SCHOOL.code(), SchoolRole.PRINCIPAL);
    static final String REGISTRARS = GroupIds.school(SCHOOL.code(), SchoolRole.REGISTRAR);
    static final String BUREAU = GroupIds.bureauReviewer("220100");

    @Autowired
    ProcessEngine engine;
    @Autowired
    SuspensionProcess process;
    @Autowired
    SuspensionService service;
    @Autowired
    ProcessDriver driver;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRepository students;
    @Autowired
    StudentRecords records;
    @Autowired
    DocumentStore documents;
    @Autowired
    OutboxNationalRegistry outbox;
    @Autowired
    RuntimeService runtime;
    @Autowired
    MonthlyReportService monthly;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        EngineClock.set(LocalDateTime.of(2025, 10, 10, 10, 0));
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    static SuspensionService.Application illness(int hours) {
        return new SuspensionService.Application(Ground.ILLNESS, hours, "吉林大学第一医院", true,
                "肺结核，须停课治疗四个月", "因病须住院治疗", LocalDate.of(2025, 10, 10), null, null);
    }

    ProcessInstance suspended(Student s) {
        ProcessInstance instance = process.apply(s.id(), illness(187));
        driver.complete(instance, SuspensionContract.TASK_APPROVE, PRINCIPALS,
                Map.of(Vars.DECISION, "APPROVE", Vars.DECISION_NOTE, "诊断证明属实，同意休学一年"));
        driver.complete(instance, SuspensionContract.TASK_REVIEW, BUREAU,
                Map.of(Vars.REVIEW_DECISION, "APPROVE", Vars.REVIEW_NOTE, "审核通过，已盖章"));
        driver.runSingleAsync(instance); // the certificate
        return instance;
    }

    @Test
    void approvedSuspensionIssuesTheCertificateRemindsAndProposesWithdrawalAfterExpiry() {
        Student s = fixtures.enrolled(SCHOOL);
        ProcessInstance instance = process.apply(s.id(), illness(187));
        Assertions.assertThat(records.runningProcedure(s.id())).isPresent();
        Assertions.assertThat(driver.task(instance).getName()).isEqualTo("学校审批休学：" + s.name());
        ProcessInstance same = suspended(s, instance);

        assertThat(same).isWaitingAt(SuspensionContract.TIMER_REMINDER, SuspensionContract.TIMER_EXPIRED,
                SuspensionContract.TIMER_TWO_YEARS);
        Student after = students.find(s.id()).orElseThrow();
        Assertions.assertThat(after.status()).isEqualTo(StudentStatus.SUSPENDED);
        Assertions.assertThat(students.history(s.id())).last().satisfies(h -> {
            Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.SUSPENSION);
            Assertions.assertThat(h.effectiveDate()).isEqualTo(LocalDate.of(2025, 10, 10));
            Assertions.assertThat(h.details()).contains("不享受在校学生待遇", "国家助学金");
            Assertions.assertThat(h.approvals()).hasSize(2);
        });
        Assertions.assertThat(records.runningProcedure(s.id())).as("released in the suspension period").isEmpty();
        Assertions.assertThat(outbox.forStudent(s.id())).anySatisfy(e ->
                Assertions.assertThat(e.payload()).contains("异动类别=休学", "享受国家助学金=否"));
        SuspensionService.Request period = service.currentPeriod(instance.getBusinessKey()).orElseThrow();
        Assertions.assertThat(period.endsOn()).isEqualTo(LocalDate.of(2026, 10, 9));
        String pdf = ProcessDriver.flat(ProcessDriver.pdfText(documents.load(period.certificateDocument()).content()));
        Assertions.assertThat(pdf).contains("休学证明", s.name(), s.studentNumber(), "因病",
                "2025年10月10日至2026年10月9日", "不享受在校学生待遇");

        // R-RES-1: one month before the end the registrar is reminded
        Assertions.assertThat(driver.timer(instance, SuspensionContract.TIMER_REMINDER).getDuedate())
                .isEqualTo(EngineClock.at(LocalDateTime.of(2026, 9, 9, 0, 0)));
        driver.fireTimer(driver.timer(instance, SuspensionContract.TIMER_REMINDER));
        Assertions.assertThat(driver.task(instance, SuspensionContract.TASK_COLLECT).getName())
                .isEqualTo("收集复学或继续休学申请：" + s.name());
        driver.complete(instance, SuspensionContract.TASK_COLLECT, REGISTRARS,
                Map.of(Vars.CONTACTED, true, Vars.CONTACT_NOTE, "已电话联系监护人"));

        // R-WDR-2: two weeks after the end without resumption, a withdrawal proposal for the school
        Assertions.assertThat(driver.timer(instance, SuspensionContract.TIMER_EXPIRED).getDuedate())
                .isEqualTo(EngineClock.endOf(LocalDate.of(2026, 10, 23)));
        driver.fireTimer(driver.timer(instance, SuspensionContract.TIMER_EXPIRED));
        ProcessInstance proposal = withdrawalOf(s);
        Assertions.assertThat(runtime.getVariable(proposal.getId(), "caseSummary").toString())
                .contains("休学期满两周内未办理复学手续", "2026-10-09");
        Assertions.assertThat(service.proposeWithdrawal(instance.getBusinessKey(),
                WithdrawalProposals.Ground.SUSPENSION_EXPIRED)).as("exactly one proposal").isFalse();
        assertThat(instance).isWaitingAt(SuspensionContract.TIMER_TWO_YEARS);
    }

    ProcessInstance suspended(Student s, ProcessInstance instance) {
        driver.complete(instance, SuspensionContract.TASK_APPROVE, PRINCIPALS,
                Map.of(Vars.DECISION, "APPROVE", Vars.DECISION_NOTE, "诊断证明属实，同意休学一年"));
        driver.complete(instance, SuspensionContract.TASK_REVIEW, BUREAU,
                Map.of(Vars.REVIEW_DECISION, "APPROVE", Vars.REVIEW_NOTE, "审核通过，已盖章"));
        driver.runSingleAsync(instance);
        return instance;
    }

    ProcessInstance withdrawalOf(Student s) {
        ProcessInstance p = runtime.createProcessInstanceQuery().processDefinitionKey("withdrawal")
                .variableValueEquals(Vars.STUDENT_ID, s.id()).singleResult();
        Assertions.assertThat(p).as("withdrawal proposal of %s", s.name()).isNotNull();
        return p;
    }

    @Test
    void extensionWithinTwoYearsAndTheTwoYearProposal() {
        Student s = fixtures.enrolled(SCHOOL);
        ProcessInstance instance = suspended(s);
        String caseKey = instance.getBusinessKey();
        EngineClock.set(LocalDateTime.of(2026, 9, 15, 9, 0));
        // R-SUS-2: 12 + 13 months is more than two years; 12 + 12 is exactly two years
        Assertions.assertThatThrownBy(() -> process.applyForExtension(caseKey,
                        new SuspensionService.Extension(13, "仍需治疗", "复查诊断")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-SUS-2").hasMessageContaining("25个月");
        process.applyForExtension(caseKey, new SuspensionService.Extension(12, "仍需继续治疗", "复查诊断证明"));
        assertThat(instance).isWaitingAt(SuspensionContract.TASK_APPROVE);
        Assertions.assertThat(records.runningProcedure(s.id())).isPresent();
        driver.complete(instance, SuspensionContract.TASK_APPROVE, PRINCIPALS,
                Map.of(Vars.DECISION, "APPROVE", Vars.DECISION_NOTE, "同意继续休学"));
        driver.complete(instance, SuspensionContract.TASK_REVIEW, BUREAU,
                Map.of(Vars.REVIEW_DECISION, "APPROVE", Vars.REVIEW_NOTE, "同意"));
        driver.runSingleAsync(instance);
        Assertions.assertThat(service.currentPeriod(caseKey).orElseThrow().endsOn()).isEqualTo(LocalDate.of(2027, 10, 9));
        Assertions.assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.SUSPENDED);
        Assertions.assertThat(driver.timer(instance, SuspensionContract.TIMER_REMINDER).getDuedate())
                .isEqualTo(EngineClock.at(LocalDateTime.of(2027, 9, 9, 0, 0)));
        // a third year is refused (R-SUS-2)
        Assertions.assertThatThrownBy(() -> process.applyForExtension(caseKey,
                new SuspensionService.Extension(1, "仍需治疗", null))).hasMessageContaining("R-SUS-2");

        // two consecutive years: a withdrawal proposal, before the expiry one
        Assertions.assertThat(driver.timer(instance, SuspensionContract.TIMER_TWO_YEARS).getDuedate())
                .isEqualTo(EngineClock.at(LocalDateTime.of(2027, 10, 10, 0, 0)));
        driver.fireTimer(driver.timer(instance, SuspensionContract.TIMER_TWO_YEARS));
        Assertions.assertThat(runtime.getVariable(withdrawalOf(s).getId(), "caseSummary").toString())
                .contains("连续休学两年仍不能复学");
        // expiry two weeks later joins the open withdrawal case: still one case
        driver.fireTimer(driver.timer(instance, SuspensionContract.TIMER_EXPIRED));
        Assertions.assertThat(runtime.getVariable(withdrawalOf(s).getId(), "caseSummary").toString())
                .contains("休学期满两周内未办理复学手续");
    }

    /** R-SUS-2 (第十七条): an approved extension is a status change of its own (休学 → 休学) that the month lists. */
    @Test
    void rSus2ApprovedExtensionWritesAStatusChangeRowThatTheMonthlyReportLists() {
        Student s = fixtures.enrolled(SCHOOL);
        ProcessInstance instance = suspended(s);
        String caseKey = instance.getBusinessKey();
        EngineClock.set(LocalDateTime.of(2026, 9, 15, 9, 0));
        process.applyForExtension(caseKey, new SuspensionService.Extension(6, "仍需继续治疗", "复查诊断证明"));
        driver.complete(instance, SuspensionContract.TASK_APPROVE, PRINCIPALS,
                Map.of(Vars.DECISION, "APPROVE", Vars.DECISION_NOTE, "同意继续休学"));
        Assertions.assertThat(students.history(s.id())).as("nothing before the bureau's review").hasSize(1);
        driver.complete(instance, SuspensionContract.TASK_REVIEW, BUREAU,
                Map.of(Vars.REVIEW_DECISION, "APPROVE", Vars.REVIEW_NOTE, "同意，已盖章"));
        Assertions.assertThat(students.history(s.id())).hasSize(2).last().satisfies(h -> {
            Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.SUSPENSION_EXTENSION);
            Assertions.assertThat(h.fromStatus()).isEqualTo(StudentStatus.SUSPENDED);
            Assertions.assertThat(h.toStatus()).isEqualTo(StudentStatus.SUSPENDED);
            Assertions.assertThat(h.effectiveDate()).isEqualTo(LocalDate.of(2026, 10, 10));
            Assertions.assertThat(h.details()).contains("继续休学6个月", "新的休学结束日期2027-04-09");
            Assertions.assertThat(h.approvals()).hasSize(2).extracting(a -> a.decision())
                    .anySatisfy(d -> Assertions.assertThat(d).contains("同意继续休学"))
                    .anySatisfy(d -> Assertions.assertThat(d).contains("同意，已盖章"));
            Assertions.assertThat(h.caseKey()).isEqualTo(caseKey);
        });
        Assertions.assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.SUSPENDED);
        Assertions.assertThat(monthly.model(SCHOOL.code(), YearMonth.of(2026, 9)).rows())
                .filteredOn(r -> r.studentName().equals(s.name())).singleElement().satisfies(r -> {
                    Assertions.assertThat(r.kind()).isEqualTo("继续休学");
                    Assertions.assertThat(r.before()).isEqualTo("休学");
                    Assertions.assertThat(r.after()).isEqualTo("休学");
                    Assertions.assertThat(r.details()).contains("2027-04-09");
                });
    }

    @Test
    void rSus2ExtensionRefusedByTheBureauWritesNoRow() {
        Student s = fixtures.enrolled(SCHOOL);
        ProcessInstance instance = suspended(s);
        EngineClock.set(LocalDateTime.of(2026, 9, 15, 9, 0));
        process.applyForExtension(instance.getBusinessKey(), new SuspensionService.Extension(6, "仍需继续治疗", "复查诊断证明"));
        driver.complete(instance, SuspensionContract.TASK_APPROVE, PRINCIPALS,
                Map.of(Vars.DECISION, "APPROVE", Vars.DECISION_NOTE, "同意继续休学"));
        driver.complete(instance, SuspensionContract.TASK_REVIEW, BUREAU,
                Map.of(Vars.REVIEW_DECISION, "REJECT", Vars.REVIEW_NOTE, "诊断证明不全"));
        Assertions.assertThat(students.history(s.id())).extracting(h -> h.kind())
                .containsExactly(StatusChangeKind.SUSPENSION);
    }

    @Test
    void resumptionAfterIllnessNeedsHealthCertificateAndRecheck() {
        Student s = fixtures.enrolled(SCHOOL);
        ProcessInstance instance = suspended(s);
        String caseKey = instance.getBusinessKey();
        EngineClock.set(LocalDateTime.of(2026, 9, 1, 9, 0));
        Assertions.assertThatThrownBy(() -> process.applyForResumption(caseKey, new SuspensionService.Resumption(
                        s.majorCode(), null, s.yearGroup() + 1, null, false, null, "病愈")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-RES-2");
        Assertions.assertThatThrownBy(() -> process.applyForResumption(caseKey, new SuspensionService.Resumption(
                        s.majorCode(), null, s.yearGroup() - 1, "吉林大学第一医院", true, "已痊愈", "病愈")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-RES-1");
        process.applyForResumption(caseKey, new SuspensionService.Resumption(s.majorCode(), null, s.yearGroup() + 1,
                "吉林大学第一医院", true, "经复查已痊愈，可正常学习", "病愈申请复学"));
        assertThat(instance).isWaitingAt(SuspensionContract.TASK_APPROVE_RESUMPTION);
        Assertions.assertThatThrownBy(() -> driver.complete(instance, SuspensionContract.TASK_APPROVE_RESUMPTION,
                        PRINCIPALS, Map.of(Vars.DECISION, "APPROVE", Vars.DECISION_NOTE, "同意", Vars.RECHECK_PASSED, false)))
                .hasMessageContaining("R-RES-2");
        driver.complete(instance, SuspensionContract.TASK_APPROVE_RESUMPTION, PRINCIPALS,
                Map.of(Vars.DECISION, "APPROVE", Vars.DECISION_NOTE, "复查合格，编入下一年级", Vars.RECHECK_PASSED, true));
        driver.complete(instance, SuspensionContract.TASK_REVIEW_RESUMPTION, BUREAU,
                Map.of(Vars.REVIEW_DECISION, "APPROVE", Vars.REVIEW_NOTE, "同意复学"));
        assertThat(instance).isEnded().hasPassed(SuspensionContract.TASK_RESUME, SuspensionContract.END_RESUMED);
        Student back = students.find(s.id()).orElseThrow();
        Assertions.assertThat(back.status()).isEqualTo(StudentStatus.ENROLLED);
        Assertions.assertThat(back.yearGroup()).isEqualTo(s.yearGroup() + 1);
        Assertions.assertThat(students.history(s.id())).last().satisfies(h ->
                Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.RESUMPTION));
        Assertions.assertThat(records.runningProcedure(s.id())).isEmpty();
    }

    @Test
    void rejectedResumptionReturnsToTheSuspensionPeriod() {
        Student s = fixtures.enrolled(SCHOOL);
        ProcessInstance instance = suspended(s);
        process.applyForResumption(instance.getBusinessKey(), new SuspensionService.Resumption(s.majorCode(), null,
                s.yearGroup() + 1, "吉林大学第一医院", true, "好转", "申请复学"));
        driver.complete(instance, SuspensionContract.TASK_APPROVE_RESUMPTION, PRINCIPALS,
                Map.of(Vars.DECISION, "REJECT", Vars.DECISION_NOTE, "复查未合格", Vars.RECHECK_PASSED, false));
        assertThat(instance).isWaitingAt(SuspensionContract.TIMER_REMINDER, SuspensionContract.TIMER_EXPIRED,
                SuspensionContract.TIMER_TWO_YEARS);
        Assertions.assertThat(records.runningProcedure(s.id())).isEmpty();
        Assertions.assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.SUSPENDED);
    }

    @Test
    void schoolOrBureauMayRefuseTheSuspension() {
        Student s = fixtures.enrolled(SCHOOL);
        ProcessInstance instance = process.apply(s.id(), illness(200));
        Assertions.assertThatThrownBy(() -> driver.complete(instance, SuspensionContract.TASK_APPROVE, PRINCIPALS,
                Map.of(Vars.DECISION, "REJECT"))).hasMessageContaining("说明");
        driver.complete(instance, SuspensionContract.TASK_APPROVE, PRINCIPALS,
                Map.of(Vars.DECISION, "REJECT", Vars.DECISION_NOTE, "诊断证明不全"));
        assertThat(instance).isEnded().hasPassed(SuspensionContract.END_REJECTED);
        Assertions.assertThat(records.runningProcedure(s.id())).isEmpty();

        ProcessInstance second = process.apply(s.id(), illness(200));
        driver.complete(second, SuspensionContract.TASK_APPROVE, PRINCIPALS,
                Map.of(Vars.DECISION, "APPROVE", Vars.DECISION_NOTE, "同意"));
        driver.complete(second, SuspensionContract.TASK_REVIEW, BUREAU,
                Map.of(Vars.REVIEW_DECISION, "REJECT", Vars.REVIEW_NOTE, "医院非县级以上"));
        assertThat(second).isEnded().hasPassed(SuspensionContract.END_NOT_APPROVED);
        Assertions.assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
    }

    @Test
    void applicationRulesRefuseBeforeTheCaseStarts() {
        Student s = fixtures.enrolled(SCHOOL);
        // R-SUS-1: 186 of 560 class hours is not more than one third (186.7); 187 is (see SuspensionRulesTest)
        Assertions.assertThatThrownBy(() -> process.apply(s.id(), illness(186)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-SUS-1").hasMessageContaining("560");
        Assertions.assertThatThrownBy(() -> process.apply(s.id(), new SuspensionService.Application(Ground.ILLNESS,
                        300, "某诊所", false, "证明", "生病", null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("指定的县级以上医院");
        Assertions.assertThatThrownBy(() -> process.apply(s.id(), new SuspensionService.Application(Ground.LEAVE,
                        300, null, false, null, "家中有事", null, 25, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-SUS-2");
        Assertions.assertThat(records.runningProcedure(s.id())).isEmpty();
        // military service: the length of service, beyond two years
        ProcessInstance military = process.apply(s.id(), new SuspensionService.Application(Ground.MILITARY, null, null,
                false, null, "应征入伍", null, 30, null));
        Assertions.assertThat(service.requests(military.getBusinessKey()).get(0).endsOn())
                .isEqualTo(LocalDate.of(2028, 4, 9));
        // PROC-1: one case at a time
        Assertions.assertThatThrownBy(() -> process.apply(s.id(), illness(200))).hasMessageContaining("PROC-1");
    }
}
