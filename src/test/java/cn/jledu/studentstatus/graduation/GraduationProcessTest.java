package cn.jledu.studentstatus.graduation;

import static cn.jledu.studentstatus.graduation.GraduationContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.graduation.GraduationFixtures.Profile;
import cn.jledu.studentstatus.graduation.Unmet.Condition;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** R-GRD-1…6: list review, numbering, stamping sheet, certificates, stamping, status changes, the stamping timer. */
@IntegrationTest
class GraduationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    GraduationProcess graduations;
    @Autowired
    GraduationService service;
    @Autowired
    StudentRepository students;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    Archive archive;
    @Autowired
    OutboxNationalRegistry outbox;
    @Autowired
    DocumentStore documents;

    GraduationFixtures fixtures;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        fixtures = new GraduationFixtures(jdbcTemplate);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    String major(DemoSchool school) {
        return organisation.classes(school.code()).get(0).majorCode();
    }

    static GraduationService.Submission submission(int year, List<Long> graduates, List<GraduationService.Completer> completers) {
        return new GraduationService.Submission(GraduationTerms.withoutCredits(year), LocalDate.of(year, 7, 1),
                LocalDate.of(year, 7, 15), graduates, Set.of(), completers);
    }

    void approveList(ProcessInstance instance, DemoSchool school) {
        driver.complete(instance, GraduationContract.TASK_REVIEW_LIST,
                GroupIds.bureauReviewer(school.bureau()), withVariables(Vars.LIST_DECISION, GraduationContract.APPROVE));
        driver.runSingleAsync(instance);
    }

    void submitForStamping(ProcessInstance instance, DemoSchool school) {
        driver.complete(instance, GraduationContract.TASK_SUBMIT, GroupIds.school(school.code(), SchoolRole.REGISTRAR),
                withVariables(Vars.PRINTED, true));
    }

    void stamp(ProcessInstance instance, String stampingBureau) {
        driver.complete(instance, GraduationContract.TASK_STAMP, GroupIds.bureauReviewer(stampingBureau),
                withVariables(Vars.STAMP_DECISION, GraduationContract.STAMPED, Vars.TEMPLATE_IMPORTED, true,
                        Vars.SHEET_COPY_KEPT, true));
    }

    @Test
    void aCohortOf500GraduatesAndCompletersIsReviewedNumberedStampedAndChangesStatus() {
        EngineClock.set("2028-06-10T09:00");
        DemoSchool school = Demo.YANJI; // county-run: the county reviews the list, the 州 bureau stamps
        String major = major(school);
        List<Long> eligible = fixtures.insert(school.code(), major, 2025, "FULL_TIME", 470, Profile.ELIGIBLE);
        List<Long> moralFailed = fixtures.insert(school.code(), major, 2025, "FULL_TIME", 20, Profile.MORAL_FAILED);
        List<Long> courseFailed = fixtures.insert(school.code(), major, 2025, "FULL_TIME", 10, Profile.COURSE_FAILED);

        Map<Long, GraduationEligibility.Result> results = service.eligibility(school.code(),
                GraduationTerms.withoutCredits(2028), Set.of()).stream()
                .collect(Collectors.toMap(GraduationEligibility.Result::studentId, r -> r));
        Assertions.assertThat(eligible).allMatch(id -> results.get(id).eligible());
        Assertions.assertThat(moralFailed).allMatch(id -> results.get(id).has(Condition.MORAL_EVALUATION_FAILED));
        Assertions.assertThat(results.get(courseFailed.get(0)).describe()).contains("课程未通过：语文（第1学期，补考不合格）");

        List<GraduationService.Completer> completers = new ArrayList<>();
        moralFailed.forEach(id -> completers.add(new GraduationService.Completer(id, false)));
        courseFailed.forEach(id -> completers.add(new GraduationService.Completer(id, true)));
        ProcessInstance instance = graduations.submit(school.code(), submission(2028, eligible, completers));
        assertThat(instance).isWaitingAt(GraduationContract.TASK_REVIEW_LIST);
        Assertions.assertThat(driver.task(instance).getName()).isEqualTo("审核毕业生名单：" + school.name());

        approveList(instance, school);
        assertThat(instance).isWaitingAt(GraduationContract.TASK_SUBMIT);
        GraduationService.Graduation g = service.graduation(((Number) engine.getRuntimeService()
                .getVariable(instance.getId(), Vars.GRADUATION_ID)).longValue());
        Assertions.assertThat(g.stampingBureau()).isEqualTo("222400");
        List<GraduationService.ListRow> list = service.list(g.id());
        Assertions.assertThat(list).hasSize(500).allMatch(r -> r.certificateNumber() != null);
        Assertions.assertThat(list.stream().map(GraduationService.ListRow::certificateNumber).collect(Collectors.toSet()))
                .hasSize(500);
        Assertions.assertThat(list).filteredOn(r -> "GRADUATE".equals(r.outcome()))
                .allMatch(r -> r.certificateNumber().startsWith("2220281"));
        Assertions.assertThat(list).filteredOn(r -> "COMPLETE".equals(r.outcome())).hasSize(30)
                .allMatch(r -> r.certificateNumber().startsWith("2220282"));

        String sheet = ProcessDriver.pdfText(documents.load(g.sheetDocumentId()).content());
        Assertions.assertThat(ProcessDriver.flat(sheet)).contains("中等职业学校毕业证书验印单", school.name(),
                "延边朝鲜族自治州教育局", "证书共500份：毕业证书470份，结业证书30份", list.get(0).certificateNumber());

        submitForStamping(instance, school);
        assertThat(instance).isWaitingAt(GraduationContract.TASK_STAMP);
        Assertions.assertThat(driver.task(instance).getName()).isEqualTo("证书验印：" + school.name());
        stamp(instance, "222400");
        driver.runSingleAsync(instance);

        assertThat(instance).isEnded().hasPassed(GraduationContract.TASK_COMPLETE, GraduationContract.END_GRADUATED)
                .hasNotPassed(GraduationContract.TASK_REMIND, GraduationContract.TASK_SUPERVISE);
        Assertions.assertThat(eligible).allMatch(id -> students.find(id).orElseThrow().status() == StudentStatus.GRADUATED);
        Assertions.assertThat(completers).allMatch(c -> students.find(c.studentId()).orElseThrow().status()
                == StudentStatus.COMPLETED);
        Assertions.assertThat(students.history(eligible.get(0))).singleElement().satisfies(h -> {
            Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.GRADUATION);
            Assertions.assertThat(h.approvals()).hasSize(3);
            Assertions.assertThat(h.caseKey()).isEqualTo(g.caseKey());
        });
        Assertions.assertThat(students.history(courseFailed.get(0))).singleElement()
                .satisfies(h -> Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.COMPLETION));
        Assertions.assertThat(archive.personalArchive(eligible.get(0))).anySatisfy(e ->
                Assertions.assertThat(e.content()).contains("毕业证书编号 2220281", "经延边朝鲜族自治州教育局验印"));
        Assertions.assertThat(outbox.forStudent(moralFailed.get(0))).singleElement().satisfies(e ->
                Assertions.assertThat(e.payload()).contains("异动类别=结业", "证书编号=2220282"));
        Assertions.assertThat(service.stampedCertificate(eligible.get(0))).hasValueSatisfying(c -> {
            Assertions.assertThat(c.stampingBureau()).isEqualTo("222400");
            Assertions.assertThat(c.sheetDocumentId()).isEqualTo(g.sheetDocumentId());
        });
    }

    @Test
    void theSupervisingBureauMayReturnTheList_R_GRD_3() {
        EngineClock.set("2029-06-10T09:00");
        DemoSchool school = Demo.CITY_SCHOOL;
        List<Long> ids = fixtures.insert(school.code(), major(school), 2026, "FULL_TIME", 3, Profile.ELIGIBLE);
        ProcessInstance instance = graduations.submit(school.code(), submission(2029, ids, List.of()));
        Assertions.assertThatThrownBy(() -> driver.complete(instance, GraduationContract.TASK_REVIEW_LIST,
                        GroupIds.bureauReviewer("220100"), withVariables(Vars.LIST_DECISION, GraduationContract.RETURN)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("退回名单须写明");
        driver.complete(instance, GraduationContract.TASK_REVIEW_LIST, GroupIds.bureauReviewer("220100"),
                withVariables(Vars.LIST_DECISION, GraduationContract.RETURN, Vars.LIST_NOTE, "毕业日期有误"));
        assertThat(instance).isEnded().hasPassed(GraduationContract.END_RETURNED)
                .hasNotPassed(GraduationContract.TASK_PREPARE);
        Assertions.assertThat(ids).allMatch(id -> students.find(id).orElseThrow().status() == StudentStatus.ENROLLED);
        // the school may submit a corrected list: a new case
        ProcessInstance again = graduations.submit(school.code(), submission(2029, ids, List.of()));
        Assertions.assertThat(again.getBusinessKey()).endsWith("-2029-2");
    }

    @Test
    void aListWithAnIneligibleGraduateIsRefusedNamingEveryUnmetRequirement_R_GRD_1() {
        EngineClock.set("2030-06-10T09:00");
        DemoSchool school = Demo.YONGJI;
        List<Long> ok = fixtures.insert(school.code(), major(school), 2027, "FULL_TIME", 1, Profile.ELIGIBLE);
        List<Long> bad = fixtures.insert(school.code(), major(school), 2027, "FULL_TIME", 1, Profile.NO_INTERNSHIP);
        List<Long> failing = fixtures.insert(school.code(), major(school), 2027, "FULL_TIME", 1, Profile.COURSE_FAILED);
        List<Long> both = new ArrayList<>(ok);
        both.addAll(bad);
        Assertions.assertThatThrownBy(() -> graduations.submit(school.code(), submission(2030, both, List.of())))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("R-GRD-1")
                .hasMessageContaining("无实习考核：没有顶岗实习或工学交替的考核记录");
        // R-GRD-6: a failing student may complete only when declining to repeat
        Assertions.assertThatThrownBy(() -> graduations.submit(school.code(), submission(2030, ok,
                        List.of(new GraduationService.Completer(failing.get(0), false)))))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("R-GRD-6");
        Assertions.assertThatThrownBy(() -> graduations.submit(school.code(), new GraduationService.Submission(
                        GraduationTerms.withoutCredits(2030), LocalDate.of(2030, 7, 1), LocalDate.of(2030, 6, 1), ok,
                        Set.of(), List.of())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("验印期限");
        Assertions.assertThat(jdbcTemplate.queryForObject("SELECT COUNT(*) FROM graduation WHERE school_code = ? "
                + "AND graduation_year = 2030", Integer.class, school.code())).isZero();
    }

    @Test
    void aProvinceRunSchoolIsStampedByTheProvinceAndAMismatchGoesBackForCorrection_R_GRD_4_R_GRD_5() {
        EngineClock.set("2030-06-10T09:00");
        DemoSchool school = Demo.PROVINCE_SCHOOL;
        List<Long> ids = fixtures.insert(school.code(), major(school), 2027, "FLEXIBLE", 2, Profile.ELIGIBLE);
        ProcessInstance instance = graduations.submit(school.code(), submission(2030, ids, List.of()));
        approveList(instance, school);
        long id = ((Number) engine.getRuntimeService().getVariable(instance.getId(), Vars.GRADUATION_ID)).longValue();
        Assertions.assertThat(service.graduation(id).stampingBureau()).isEqualTo("220000");

        String certificates = ProcessDriver.flat(ProcessDriver.pdfText(service.certificatesPdf(id)));
        Assertions.assertThat(certificates).contains("中等职业学校毕业证书", service.list(id).get(0).certificateNumber(),
                "学习形式：弹性学习；学习期限：2027年9月至2030年7月", school.name());

        submitForStamping(instance, school);
        Assertions.assertThatThrownBy(() -> driver.complete(instance, GraduationContract.TASK_STAMP,
                        GroupIds.bureauReviewer("220000"), withVariables(Vars.STAMP_DECISION, GraduationContract.STAMPED)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("证书编号模板");
        driver.complete(instance, GraduationContract.TASK_STAMP, GroupIds.bureauReviewer("220000"),
                withVariables(Vars.STAMP_DECISION, GraduationContract.RETURNED, Vars.STAMP_NOTE, "第2份证书照片缺失"));
        assertThat(instance).isWaitingAt(GraduationContract.TASK_SUBMIT);
        submitForStamping(instance, school);
        stamp(instance, "220000");
        driver.runSingleAsync(instance);
        assertThat(instance).isEnded().hasPassed(GraduationContract.END_GRADUATED);
        Assertions.assertThat(ProcessDriver.flat(ProcessDriver.pdfText(service.certificatesPdf(id))))
                .contains("验印：吉林省教育厅");
    }

    @Test
    void theSchoolIsRemindedBeforeTheStampingDeadlineAndTheStampingBureauSupervisesAfterIt() {
        EngineClock.set("2031-06-10T09:00");
        DemoSchool school = Demo.NONGAN;
        List<Long> ids = fixtures.insert(school.code(), major(school), 2028, "FULL_TIME", 2, Profile.ELIGIBLE);
        ProcessInstance instance = graduations.submit(school.code(), submission(2031, ids, List.of()));
        approveList(instance, school);
        Assertions.assertThat(driver.timer(instance, GraduationContract.TIMER_REMINDER).getDuedate())
                .isEqualTo(EngineClock.at(LocalDate.of(2031, 7, 10).atStartOfDay()));
        Assertions.assertThat(driver.timer(instance, GraduationContract.TIMER_OVERDUE).getDuedate())
                .isEqualTo(EngineClock.endOf(LocalDate.of(2031, 7, 15)));
        EngineClock.set("2031-07-09T23:59");
        Assertions.assertThat(driver.dueJobs(instance)).isEmpty();

        driver.fireTimer(driver.timer(instance, GraduationContract.TIMER_REMINDER));
        assertThat(instance).hasPassed(GraduationContract.TASK_REMIND, GraduationContract.END_REMINDED)
                .isWaitingAt(GraduationContract.TASK_SUBMIT);
        Assertions.assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Vars.REMINDER_NOTE))
                .contains("2031年7月15日", "即将届满");

        driver.fireTimer(driver.timer(instance, GraduationContract.TIMER_OVERDUE));
        driver.complete(instance, GraduationContract.TASK_SUPERVISE, GroupIds.bureauReviewer("220100"),
                withVariables(Vars.SUPERVISED, true, Vars.SUPERVISION_NOTE, "已电话督促学校三日内送验"));
        assertThat(instance).hasPassed(GraduationContract.END_SUPERVISED).isWaitingAt(GraduationContract.TASK_SUBMIT);

        submitForStamping(instance, school);
        stamp(instance, "220100");
        driver.runSingleAsync(instance);
        assertThat(instance).isEnded().hasPassed(GraduationContract.END_GRADUATED);
        Set<StudentStatus> statuses = new HashSet<>();
        ids.forEach(id -> statuses.add(students.find(id).orElseThrow().status()));
        Assertions.assertThat(statuses).containsExactly(StudentStatus.GRADUATED);
    }
}
