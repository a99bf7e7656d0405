package cn.jledu.studentstatus.majorchange;

import static cn.jledu.studentstatus.majorchange.MajorChangeContract.Vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.majorchange.MajorChangeContract.Ground;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 转专业 (R-MJC-1…4, 第十五条): the paths through processes/major-change.bpmn, the windows of the decision table
 * major-change-window.dmn (R-MJC-3) with a refusal and a boundary each, the provincial review of a 涉农 student
 * with the tuition waiver (R-MJC-2), the bureau's stamp (R-MJC-4).
 */
@IntegrationTest
class MajorChangeProcessTest {

    /** 长春市第一职业中等专业学校: students of the fixture study 计算机应用 (710201, category 71). */
    static final DemoSchool CITY = Demo.CITY_SCHOOL;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessDriver driver;
    @Autowired
    MajorChangeProcess majorChanges;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRepository students;
    @Autowired
    StudentRecords records;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    Archive archive;
    @Autowired
    OutboxNationalRegistry outbox;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        if (!organisation.isApproved(CITY.code(), "710202")) {
            organisation.approveMajor(CITY.code(), "710202", LocalDate.of(2021, 7, 1), "测试批文");
        }
        EngineClock.set("2026-09-10T10:00"); // 2025 autumn intake: semester 3
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void sameCategoryChangeApprovedBySchoolAndBureauChangesTheMajor() {
        Student s = fixtures.enrolled(CITY);
        ProcessInstance instance = majorChanges.apply(application(s, "710202", Ground.APTITUDE));
        assertThat(instance).isWaitingAt(MajorChangeContract.TASK_APPROVE_SCHOOL).hasPassed(MajorChangeContract.TASK_CHECK_WINDOW);
        assertThat(driver.task(instance).getName()).isEqualTo("学校审批转专业：" + s.name());
        assertThat((String) runtime.getVariable(instance.getId(), Vars.ELIGIBILITY)).contains("R-MAJ-1", "R-MJC-1", "R-MJC-3");
        approveBySchool(instance);
        driver.complete(instance, MajorChangeContract.TASK_REVIEW_BUREAU, GroupIds.bureauReviewer("220100"),
                Map.of(Vars.BUREAU_DECISION, "APPROVE", Vars.BUREAU_REASON, "审核通过", Vars.STAMPED, true));
        assertThat(instance).isEnded().hasPassed(MajorChangeContract.TASK_CHANGE_MAJOR, MajorChangeContract.END_CHANGED)
                .hasNotPassed(MajorChangeContract.TASK_REVIEW_PROVINCE);
        Student changed = students.find(s.id()).orElseThrow();
        assertThat(changed.majorCode()).isEqualTo("710202");
        assertThat(changed.status()).isEqualTo(StudentStatus.ENROLLED);
        assertThat(students.history(s.id())).last().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(StatusChangeKind.MAJOR_CHANGE);
            assertThat(h.approvals()).extracting(a -> a.authority()).contains("长春市第一职业中等专业学校", "长春市教育局");
        });
        assertThat(archive.personalArchive(s.id())).extracting(e -> e.title()).contains("转专业审批表（主管教育行政部门盖章确认）");
        assertThat(outbox.forStudent(s.id())).anySatisfy(e -> assertThat(e.payload()).contains("转专业"));
        assertThat(records.runningProcedure(s.id())).isEmpty();
    }

    @Test
    void rMjc4TheBureauMustConfirmTheStamp() {
        Student s = fixtures.enrolled(CITY);
        ProcessInstance instance = majorChanges.apply(application(s, "710202", Ground.APTITUDE));
        approveBySchool(instance);
        assertThatThrownBy(() -> driver.complete(instance, MajorChangeContract.TASK_REVIEW_BUREAU,
                GroupIds.bureauReviewer("220100"), Map.of(Vars.BUREAU_DECISION, "APPROVE", Vars.BUREAU_REASON, "通过")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("盖章");
        assertThat(instance).isWaitingAt(MajorChangeContract.TASK_REVIEW_BUREAU);
    }

    @Test
    void schoolRefuses() {
        Student s = fixtures.enrolled(CITY);
        ProcessInstance instance = majorChanges.apply(application(s, "710202", Ground.APTITUDE));
        driver.complete(instance, MajorChangeContract.TASK_APPROVE_SCHOOL, GroupIds.school(CITY.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.SCHOOL_DECISION, "REFUSE", Vars.SCHOOL_REASON, "新专业班额已满"));
        assertThat(instance).isEnded().hasPassed(MajorChangeContract.END_REFUSED_SCHOOL);
        assertUnchanged(s, "新专业班额已满");
    }

    @Test
    void bureauRefuses() {
        Student s = fixtures.enrolled(CITY);
        ProcessInstance instance = majorChanges.apply(application(s, "710202", Ground.APTITUDE));
        approveBySchool(instance);
        driver.complete(instance, MajorChangeContract.TASK_REVIEW_BUREAU, GroupIds.bureauReviewer("220100"),
                Map.of(Vars.BUREAU_DECISION, "REFUSE", Vars.BUREAU_REASON, "证明材料不足"));
        assertThat(instance).isEnded().hasPassed(MajorChangeContract.END_REFUSED_BUREAU);
        assertUnchanged(s, "证明材料不足");
    }

    // ---- R-CHG-1: a flexible-learning student only with the bureau's explicit exception ----

    @Test
    void rChg1FlexibleLearningStudentNeedsTheBureausExceptionGrantedWithTheReasonInTheHistory() {
        Student s = flexibleLearningStudent();
        ProcessInstance instance = majorChanges.apply(application(s, "710202", Ground.APTITUDE));
        assertThat(instance).isWaitingAt(MajorChangeContract.TASK_GRANT_EXCEPTION);
        assertThat(driver.task(instance).getName()).isEqualTo("审批弹性学习学生转专业例外：" + s.name());
        assertThat((String) runtime.getVariable(instance.getId(), Vars.ELIGIBILITY)).contains("R-CHG-1");
        assertThatThrownBy(() -> driver.complete(instance, MajorChangeContract.TASK_GRANT_EXCEPTION,
                GroupIds.bureauReviewer("220100"), Map.of(Vars.EXCEPTION_DECISION, "GRANT")))
                .as("R-CHG-1: the exception needs its reason").hasMessageContaining("理由");
        driver.complete(instance, MajorChangeContract.TASK_GRANT_EXCEPTION, GroupIds.bureauReviewer("220100"),
                Map.of(Vars.EXCEPTION_DECISION, "GRANT", Vars.EXCEPTION_REASON, "已获省级技能大赛奖项，确需调整专业"));
        approveBySchool(instance);
        driver.complete(instance, MajorChangeContract.TASK_REVIEW_BUREAU, GroupIds.bureauReviewer("220100"),
                Map.of(Vars.BUREAU_DECISION, "APPROVE", Vars.BUREAU_REASON, "审核通过", Vars.STAMPED, true));
        assertThat(instance).isEnded().hasPassed(MajorChangeContract.TASK_GRANT_EXCEPTION, MajorChangeContract.END_CHANGED);
        assertThat(students.find(s.id()).orElseThrow().majorCode()).isEqualTo("710202");
        assertThat(students.history(s.id())).last().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(StatusChangeKind.MAJOR_CHANGE);
            assertThat(h.details()).as("R-CHG-1: the granted exception and its reason are in the history row")
                    .contains("R-CHG-1", "长春市教育局", "已获省级技能大赛奖项");
            assertThat(h.approvals()).extracting(a -> a.decision()).contains("批准弹性学习学生转专业例外（R-CHG-1）");
        });
    }

    @Test
    void rChg1TheBureauMayRefuseTheException() {
        Student s = flexibleLearningStudent();
        ProcessInstance instance = majorChanges.apply(application(s, "710202", Ground.APTITUDE));
        driver.complete(instance, MajorChangeContract.TASK_GRANT_EXCEPTION, GroupIds.bureauReviewer("220100"),
                Map.of(Vars.EXCEPTION_DECISION, "REFUSE", Vars.EXCEPTION_REASON, "弹性学习学生不予转专业"));
        assertThat(instance).isEnded().hasPassed(MajorChangeContract.END_EXCEPTION_REFUSED)
                .hasNotPassed(MajorChangeContract.TASK_APPROVE_SCHOOL, MajorChangeContract.TASK_CHANGE_MAJOR);
        assertUnchanged(s, "弹性学习学生不予转专业");
        assertThat(students.history(s.id())).noneMatch(h -> h.kind() == StatusChangeKind.MAJOR_CHANGE);
    }

    @Test
    void aFullTimeStudentNeedsNoException() {
        Student s = fixtures.enrolled(CITY);
        ProcessInstance instance = majorChanges.apply(application(s, "710202", Ground.APTITUDE));
        assertThat(instance).isWaitingAt(MajorChangeContract.TASK_APPROVE_SCHOOL)
                .hasNotPassed(MajorChangeContract.TASK_GRANT_EXCEPTION);
    }

    // ---- R-MJC-2: 涉农 with the tuition waiver ----

    @Test
    void rMjc2AgricultureStudentWithTheWaiverNeedsTheProvinceAlsoForACountySchool() {
        Student s = waivedAgricultureStudent();
        ProcessInstance instance = majorChanges.apply(application(s, "610301", Ground.APTITUDE));
        assertThat((String) runtime.getVariable(instance.getId(), Vars.ELIGIBILITY)).contains("R-MJC-2");
        driver.complete(instance, MajorChangeContract.TASK_APPROVE_SCHOOL, GroupIds.school(Demo.NONGAN.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.SCHOOL_DECISION, "APPROVE", Vars.SCHOOL_REASON, "同意"));
        driver.complete(instance, MajorChangeContract.TASK_REVIEW_BUREAU, GroupIds.bureauReviewer("220122"),
                Map.of(Vars.BUREAU_DECISION, "APPROVE", Vars.BUREAU_REASON, "通过", Vars.STAMPED, true));
        assertThat(instance).isWaitingAt(MajorChangeContract.TASK_REVIEW_PROVINCE);
        driver.complete(instance, MajorChangeContract.TASK_REVIEW_PROVINCE, GroupIds.bureauReviewer("220000"),
                Map.of(Vars.PROVINCE_DECISION, "APPROVE", Vars.PROVINCE_REASON, "同类农业专业之间调整，准予例外"));
        assertThat(instance).isEnded().hasPassed(MajorChangeContract.END_CHANGED);
        assertThat(students.history(s.id())).last().satisfies(h ->
                assertThat(h.approvals()).extracting(a -> a.level().name()).contains("SCHOOL", "COUNTY", "PROVINCE"));
    }

    @Test
    void rMjc2TheProvinceMayRefuse() {
        Student s = waivedAgricultureStudent();
        ProcessInstance instance = majorChanges.apply(application(s, "610301", Ground.APTITUDE));
        driver.complete(instance, MajorChangeContract.TASK_APPROVE_SCHOOL, GroupIds.school(Demo.NONGAN.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.SCHOOL_DECISION, "APPROVE", Vars.SCHOOL_REASON, "同意"));
        driver.complete(instance, MajorChangeContract.TASK_REVIEW_BUREAU, GroupIds.bureauReviewer("220122"),
                Map.of(Vars.BUREAU_DECISION, "APPROVE", Vars.BUREAU_REASON, "通过", Vars.STAMPED, true));
        driver.complete(instance, MajorChangeContract.TASK_REVIEW_PROVINCE, GroupIds.bureauReviewer("220000"),
                Map.of(Vars.PROVINCE_DECISION, "REFUSE", Vars.PROVINCE_REASON, "享受免学费的涉农专业学生不予转专业"));
        assertThat(instance).isEnded().hasPassed(MajorChangeContract.END_REFUSED_PROVINCE);
        assertUnchanged(s, "不予转专业");
    }

    @Test
    void rMjc2AnAgricultureStudentWithoutTheWaiverNeedsNoProvince() {
        Student s = fixtures.enrolled(Demo.NONGAN); // 设施农业生产技术, no tuition waiver in the archive
        ProcessInstance instance = majorChanges.apply(application(s, "610301", Ground.APTITUDE));
        approveBySchool(instance, Demo.NONGAN);
        driver.complete(instance, MajorChangeContract.TASK_REVIEW_BUREAU, GroupIds.bureauReviewer("220122"),
                Map.of(Vars.BUREAU_DECISION, "APPROVE", Vars.BUREAU_REASON, "通过", Vars.STAMPED, true));
        assertThat(instance).isEnded().hasNotPassed(MajorChangeContract.TASK_REVIEW_PROVINCE);
    }

    // ---- R-MJC-3: the decision table's windows, a refusal and a boundary each ----

    @Test
    void rMjc3CrossCategoryUntilTheEndOfTheFirstSemester() {
        Student s = fixtures.enrolled(CITY);
        EngineClock.set("2026-01-21T09:00"); // the first semester ended on 2026-01-20
        assertRule(() -> majorChanges.apply(application(s, "730301", Ground.APTITUDE)), "R-MJC-3", "一年级第一学期");
        assertThat(records.runningProcedure(s.id())).isEmpty();
        EngineClock.set("2026-01-20T16:00"); // its last day
        assertThat(majorChanges.apply(application(s, "730301", Ground.APTITUDE)))
                .isWaitingAt(MajorChangeContract.TASK_APPROVE_SCHOOL);
    }

    @Test
    void rMjc3SameCategoryUntilTheEndOfTheFirstSemesterOfYearTwo() {
        Student s = fixtures.enrolled(CITY);
        EngineClock.set("2027-03-01T09:00"); // semester 4
        assertRule(() -> majorChanges.apply(application(s, "710202", Ground.APTITUDE)), "R-MJC-3", "二年级第一学期");
        EngineClock.set("2027-01-20T16:00"); // the last day of semester 3
        assertThat(majorChanges.apply(application(s, "710202", Ground.APTITUDE)))
                .isWaitingAt(MajorChangeContract.TASK_APPROVE_SCHOOL);
    }

    @Test
    void rMjc3NeverInTheGraduatingYear() {
        Student s = fixtures.enrolled(CITY);
        EngineClock.set("2027-09-01T09:00");
        assertRule(() -> majorChanges.apply(application(s, "710202", Ground.APTITUDE)), "R-MJC-3", "毕业年级");
    }

    // ---- R-MJC-1, R-MAJ-1 ----

    @Test
    void rMjc1GroundsNeedTheirProof() {
        Student s = fixtures.enrolled(CITY);
        assertRule(() -> majorChanges.apply(new MajorChangeService.Application(s.id(), "710202", null, Ground.HEALTH,
                "视力障碍", null, null, null)), "R-MJC-1", "县级以上医院");
        assertRule(() -> majorChanges.apply(application(s, "710202", Ground.MAJOR_DISCONTINUED)), "R-MJC-1", "留级或复学");
        assertThat(majorChanges.apply(new MajorChangeService.Application(s.id(), "710202", null, Ground.HEALTH,
                "色弱，不宜从事原专业", "长春市中心医院", null, null))).isNotNull();
    }

    @Test
    void rMaj1TheNewMajorMustBeApprovedAtTheSchool() {
        Student s = fixtures.enrolled(CITY);
        assertRule(() -> majorChanges.apply(application(s, "740201", Ground.APTITUDE)), "R-MAJ-1", "未经审批开设");
    }

    // ---- helpers ----

    Student waivedAgricultureStudent() {
        Student s = fixtures.enrolled(Demo.NONGAN); // 设施农业生产技术 (610102), 涉农
        archive.add(s.id(), ArchiveEntryKind.TUITION_WAIVER, "免学费", "2025年秋季学期享受免学费", null, null);
        EngineClock.set("2026-03-10T10:00");
        return s;
    }

    Student flexibleLearningStudent() {
        Student s = fixtures.enrolled(CITY);
        jdbc.sql("UPDATE student SET learning_form = 'FLEXIBLE' WHERE id = ?").param(s.id()).update();
        return students.find(s.id()).orElseThrow();
    }

    void approveBySchool(ProcessInstance instance) {
        approveBySchool(instance, CITY);
    }

    void approveBySchool(ProcessInstance instance, DemoSchool school) {
        driver.complete(instance, MajorChangeContract.TASK_APPROVE_SCHOOL, GroupIds.school(school.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.SCHOOL_DECISION, "APPROVE", Vars.SCHOOL_REASON, "同意"));
    }

    void assertUnchanged(Student s, String reason) {
        Student now = students.find(s.id()).orElseThrow();
        assertThat(now.majorCode()).isEqualTo(s.majorCode());
        assertThat(records.runningProcedure(s.id())).isEmpty();
        assertThat(archive.personalArchive(s.id())).anySatisfy(e -> {
            assertThat(e.title()).isEqualTo("转专业申请未获批准");
            assertThat(e.content()).contains(reason);
        });
    }

    static MajorChangeService.Application application(Student s, String major, Ground ground) {
        return new MajorChangeService.Application(s.id(), major, null, ground, "学生特长和兴趣明确，有竞赛获奖证书", null,
                null, null);
    }

    static void assertRule(ThrowingCallable call, String ruleId, String text) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class).hasMessageContaining(text)
                .satisfies(e -> assertThat(((RuleViolation) e).ruleId()).isEqualTo(ruleId));
    }
}
