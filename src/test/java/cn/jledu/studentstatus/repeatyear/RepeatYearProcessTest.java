package cn.jledu.studentstatus.repeatyear;

import static cn.jledu.studentstatus.repeatyear.RepeatYearContract.Vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 留级 (R-REP-1, 第二十九条): school decision under its own rules, bureau review with stamp, next year group. */
@IntegrationTest
class RepeatYearProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessDriver driver;
    @Autowired
    RepeatYearProcess repeats;
    @Autowired
    RepeatYearService service;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRepository students;
    @Autowired
    StudentRecords records;
    @Autowired
    Archive archive;
    @Autowired
    OutboxNationalRegistry outbox;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @Test
    void schoolDecidesUnderItsOwnRulesBureauStampsAndTheStudentMovesToTheNextYearGroup() {
        service.setSchoolRules(Demo.YONGJI.code(), "一学年内三门以上主干课程补考后仍不及格的，应当留级。");
        Student s = fixtures.enrolled(Demo.YONGJI);
        ProcessInstance instance = repeats.propose(new RepeatYearService.Proposal(s.id(), "三门主干课程补考不及格", null));
        assertThat(instance).isWaitingAt(RepeatYearContract.TASK_DECIDE_SCHOOL);
        assertThat(driver.task(instance).getName()).isEqualTo("学校决定留级：" + s.name());
        assertThat((String) runtime.getVariable(instance.getId(), Vars.SCHOOL_RULES)).contains("三门以上主干课程");
        driver.complete(instance, RepeatYearContract.TASK_DECIDE_SCHOOL, GroupIds.school(Demo.YONGJI.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.SCHOOL_DECISION, "APPROVE", Vars.SCHOOL_REASON, "符合本校留级规定"));
        assertThatThrownBy(() -> driver.complete(instance, RepeatYearContract.TASK_REVIEW_BUREAU,
                GroupIds.bureauReviewer("220221"), Map.of(Vars.BUREAU_DECISION, "APPROVE", Vars.BUREAU_REASON, "通过")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("盖章");
        driver.complete(instance, RepeatYearContract.TASK_REVIEW_BUREAU, GroupIds.bureauReviewer("220221"),
                Map.of(Vars.BUREAU_DECISION, "APPROVE", Vars.BUREAU_REASON, "通过", Vars.STAMPED, true));
        assertThat(instance).isEnded().hasPassed(RepeatYearContract.TASK_REPEAT, RepeatYearContract.END_REPEATED);
        Student repeated = students.find(s.id()).orElseThrow();
        assertThat(repeated.yearGroup()).isEqualTo(s.yearGroup() + 1);
        assertThat(repeated.majorCode()).isEqualTo(s.majorCode());
        assertThat(students.history(s.id())).last().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(StatusChangeKind.REPEAT_YEAR);
            assertThat(h.approvals()).extracting(a -> a.authority()).contains("永吉县职业教育中心", "永吉县教育局");
        });
        assertThat(archive.personalArchive(s.id())).extracting(e -> e.title()).contains("留级审批手续（主管教育行政部门盖章确认）");
        assertThat(outbox.forStudent(s.id())).anySatisfy(e -> assertThat(e.payload()).contains("留级"));
        assertThat(records.runningProcedure(s.id())).isEmpty();
    }

    @Test
    void schoolRefuses() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        ProcessInstance instance = repeats.propose(new RepeatYearService.Proposal(s.id(), "成绩不合格", null));
        driver.complete(instance, RepeatYearContract.TASK_DECIDE_SCHOOL, GroupIds.school(Demo.YONGJI.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.SCHOOL_DECISION, "REFUSE", Vars.SCHOOL_REASON, "补考已通过"));
        assertThat(instance).isEnded().hasPassed(RepeatYearContract.END_REFUSED_SCHOOL);
        assertThat(students.find(s.id()).orElseThrow().yearGroup()).isEqualTo(s.yearGroup());
        assertThat(records.runningProcedure(s.id())).isEmpty();
    }

    @Test
    void bureauRefuses() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        ProcessInstance instance = repeats.propose(new RepeatYearService.Proposal(s.id(), "成绩不合格", null));
        driver.complete(instance, RepeatYearContract.TASK_DECIDE_SCHOOL, GroupIds.school(Demo.YONGJI.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.SCHOOL_DECISION, "APPROVE", Vars.SCHOOL_REASON, "同意"));
        driver.complete(instance, RepeatYearContract.TASK_REVIEW_BUREAU, GroupIds.bureauReviewer("220221"),
                Map.of(Vars.BUREAU_DECISION, "REFUSE", Vars.BUREAU_REASON, "缺少补考成绩单"));
        assertThat(instance).isEnded().hasPassed(RepeatYearContract.END_REFUSED_BUREAU);
        assertThat(students.find(s.id()).orElseThrow().yearGroup()).isEqualTo(s.yearGroup());
        assertThat(archive.personalArchive(s.id())).anySatisfy(e -> assertThat(e.content()).contains("缺少补考成绩单"));
    }

    @Test
    void rRep1OnlyAnEnrolledStudentAndWithAReason() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        assertThatThrownBy(() -> repeats.propose(new RepeatYearService.Proposal(s.id(), " ", null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("留级原因");
        repeats.propose(new RepeatYearService.Proposal(s.id(), "成绩不合格", null));
        assertThatThrownBy(() -> repeats.propose(new RepeatYearService.Proposal(s.id(), "成绩不合格", null)))
                .isInstanceOf(RuleViolation.class).satisfies(e -> assertThat(((RuleViolation) e).ruleId()).isEqualTo("PROC-1"));
    }
}
