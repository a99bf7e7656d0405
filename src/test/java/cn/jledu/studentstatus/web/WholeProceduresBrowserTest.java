package cn.jledu.studentstatus.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jledu.studentstatus.archive.Notifications;
import cn.jledu.studentstatus.organisation.IdentitySync;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.registration.RegistrationContract;
import cn.jledu.studentstatus.sanction.ExpulsionGround;
import cn.jledu.studentstatus.sanction.SanctionLevel;
import cn.jledu.studentstatus.sanction.SanctionProcess;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.suspension.SuspensionContract;
import cn.jledu.studentstatus.suspension.SuspensionProcess;
import cn.jledu.studentstatus.suspension.SuspensionService;
import cn.jledu.studentstatus.transfer.TransferContract;
import cn.jledu.studentstatus.transfer.TransferProcess;
import cn.jledu.studentstatus.transfer.TransferService;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole procedures in a real browser (issue 14): every human decision is taken in Camunda Tasklist by the actor
 * whose turn it is (sign in, open 本单位待认领, open the task, claim, fill the form, complete); what is not the
 * point (the student's own paper steps, the delivery of letters) is set up through the services. The last step
 * shows the student's new status on our archive page, and a neighbouring bureau's reviewer signs in and does not
 * see the case (R-ORG visibility). Screenshots: target/screenshots/&lt;procedure&gt;/ (docs/user-guide.md).
 */
@IntegrationTest
class WholeProceduresBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessDriver process;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRepository students;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SuspensionProcess suspensions;
    @Autowired
    SanctionProcess sanctions;
    @Autowired
    Notifications notifications;
    @Autowired
    TransferProcess transfers;

    final List<String> started = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        // no case left waiting on a timer (CalendarDeadlinesTest counts every waiting deadline)
        for (String id : started) {
            if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtime.deleteProcessInstance(id, "browser test finished");
            }
        }
        EngineClock.reset();
    }

    // ---- (a) registration: 学籍管理员 → 学生管理部门负责人 → 校长 → 县教育局 → 市教育局 → 在籍 ----

    @Test
    void rReg3RegistrationFromOurPageThroughEveryReviewerInTasklistToEnrolled() throws Exception {
        EngineClock.set(LocalDateTime.of(2026, 9, 11, 10, 0));
        String name = "赵明远";
        String idNumber = Applicants.freshIdNumber(Gender.MALE, LocalDate.of(2011, 3, 8));
        Set<String> before = instanceIds(RegistrationContract.PROCESS_KEY);
        try (TasklistSession ui = new TasklistSession(port, "registration")) {
            ui.signIn(Demo.user(Demo.NONGAN, SchoolRole.REGISTRAR));
            ui.page("/registration/student.html", "新生入学注册");
            ui.driver().findElement(By.id("name")).sendKeys(name);
            new Select(ui.driver().findElement(By.id("gender"))).selectByVisibleText("男");
            ui.driver().executeScript("document.getElementById('birthDate').value = '2011-03-08';"
                    + "document.getElementById('graduationYear').value = '2026';");
            ui.driver().findElement(By.id("idNumber")).sendKeys(idNumber);
            ui.driver().findElement(By.id("admissionNoticeNo")).sendKeys("NA2026-0312");
            ui.driver().findElement(By.id("majorCode")).sendKeys(Demo.NONGAN.majors().get(0));
            Browser.click(ui.driver(), ui.driver().findElement(By.id("idOriginalSeen")));
            Browser.click(ui.driver(), ui.driver().findElement(By.id("idCopyKept")));
            ui.shot("registrar-enters-student");
            Browser.click(ui.driver(), ui.driver().findElement(By.id("submit")));
            ui.waitFor("已提交注册").shot("registrar-submitted");

            ProcessInstance instance = newInstance(RegistrationContract.PROCESS_KEY, before);
            String affairs = taskName(instance);
            assertThat(affairs).startsWith("学生管理部门负责人审核：").contains("（" + name + "）共1人");
            approveRegistration(ui, Demo.user(Demo.NONGAN, SchoolRole.STUDENT_AFFAIRS), instance, "affairs");
            approveRegistration(ui, Demo.user(Demo.NONGAN, SchoolRole.PRINCIPAL), instance, "principal");
            String county = taskName(instance);
            assertThat(county).startsWith("县级教育局核查：");
            neighbourDoesNotSee(ui, "yongji-bureau", process.task(instance)).shot("neighbour-county-sees-nothing");
            approveRegistration(ui, "nongan-bureau", instance, "county-bureau");
            assertThat(taskName(instance)).startsWith("教育行政部门注册审核：");
            long registering = jdbc.queryForObject("SELECT id FROM student WHERE id_number = ?", Long.class, idNumber);
            assertThat(students.find(registering).orElseThrow().status()).as("R-REG-3: not before the last approval")
                    .isEqualTo(StudentStatus.REGISTERING);
            approveRegistration(ui, "changchun-bureau", instance, "city-bureau");
            process.runAsync(instance);

            long studentId = jdbc.queryForObject("SELECT id FROM student WHERE id_number = ?", Long.class, idNumber);
            assertThat(students.find(studentId).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
            ui.signIn(Demo.user(Demo.NONGAN, SchoolRole.REGISTRAR));
            ui.page("/student/archive.html?id=" + studentId, "新生注册");
            assertThat(ui.driver().findElement(By.id("status")).getText()).isEqualTo("在籍");
            ui.shot("registrar-sees-enrolled");
        }
    }

    private void approveRegistration(TasklistSession ui, String user, ProcessInstance instance, String role)
            throws Exception {
        Task task = process.task(instance);
        ui.signIn(user).filter(IdentitySync.FILTER_UNIT, task.getName()).shot(role + "-list");
        ui.open(task.getName()).shot(role + "-task");
        ui.claim().choose("审核通过").shot(role + "-form");
        ui.complete(gone(task));
    }

    // ---- (b) sanction with an appeal to the bureau ----

    @Test
    void rApl3SanctionDecidedReviewedAndAppealedToTheBureauWhichUpholdsTheExpulsion() throws Exception {
        EngineClock.set("2026-09-10T10:00");
        Student s = fixtures.enrolled(Demo.YONGJI, "孙浩然");
        ProcessInstance instance = sanctions.propose(s.id(), "在校外聚众斗殴，致同学轻伤，经调查属实",
                SanctionLevel.EXPULSION, ExpulsionGround.SERIOUS_FIGHTING_OR_GAMBLING);
        started.add(instance.getId());
        String caseKey = instance.getBusinessKey();
        try (TasklistSession ui = new TasklistSession(port, "sanction")) {
            Task review = process.task(instance);
            ui.signIn(Demo.user(Demo.YONGJI, SchoolRole.STUDENT_AFFAIRS)).filter(IdentitySync.FILTER_UNIT, s.name())
                    .shot("affairs-list");
            ui.open(review.getName()).claim().tick("同意提交校长决定").type("审核意见", "事实清楚，证据充分，同意提交校长决定")
                    .shot("affairs-form");
            ui.complete(gone(review));

            Task decide = process.task(instance);
            assertThat(decide.getName()).startsWith("校长决定处分：");
            ui.signIn(Demo.user(Demo.YONGJI, SchoolRole.PRINCIPAL)).filter(IdentitySync.FILTER_UNIT, s.name());
            ui.open(decide.getName()).claim().tick("决定给予处分").select("处分等级", "开除学籍")
                    .type("校长办公会议日期", "2026-09-10").type("会议纪要编号", "永职校办〔2026〕9号")
                    .type("决定理由", "经校长办公会议研究，决定给予开除学籍处分").shot("principal-form");
            ui.complete(gone(decide));
            process.runAsync(instance);

            // the registrar records the letter's receipt and the student's appeal to the school (paper steps)
            deliver(caseKey, "学生处分决定书");
            sanctions.lodgeSchoolAppeal(caseKey, LocalDate.of(2026, 9, 10), "认为处分过重，请求复查");

            Task committee = process.task(instance);
            assertThat(committee.getName()).startsWith("申诉处理委员会复查：");
            ui.signIn(Demo.user(Demo.YONGJI, SchoolRole.APPEAL_COMMITTEE)).filter(IdentitySync.FILTER_UNIT, s.name());
            ui.open(committee.getName()).shot("appeal-committee-task").claim().select("复查决定", "维持").type("复查理由", "事实清楚，程序合规，维持原处分")
                    .shot("appeal-committee-form");
            ui.complete(gone(committee));
            process.runAsync(instance);

            deliver(caseKey, "学生申诉复查决定书");
            sanctions.lodgeBureauAppeal(caseKey, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 10), "不服复查决定");
            process.runAsync(instance);

            Task bureau = process.task(instance);
            assertThat(bureau.getName()).startsWith("主管教育行政部门处理申诉：");
            assertThat(bureau.getDueDate()).as("R-APL-3: 30 working days").isNotNull();
            neighbourDoesNotSee(ui, "nongan-bureau", bureau).shot("neighbour-county-sees-nothing");
            ui.signIn("yongji-bureau").filter(IdentitySync.FILTER_UNIT, s.name()).shot("bureau-list");
            ui.open(bureau.getName()).shot("bureau-task").claim().select("处理决定", "维持").type("处理理由", "经审查，学校处分事实清楚、程序合法，维持")
                    .shot("bureau-form");
            ui.complete(gone(bureau));
            process.runAsync(instance);

            assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.EXPELLED);
            ui.page("/student/archive.html?id=" + s.id(), "开除学籍");
            assertThat(ui.driver().findElement(By.id("status")).getText()).isEqualTo("开除学籍");
            ui.shot("bureau-sees-status");
        }
    }

    private void deliver(String caseKey, String subject) {
        Notifications.Notification letter = notifications.forCase(caseKey).stream()
                .filter(n -> n.subject().equals(subject)).reduce((a, b) -> b).orElseThrow();
        sanctions.recordDelivery(caseKey, letter.id(), cn.jledu.studentstatus.platform.AppClock.today(), "RECEIPT_RETURNED");
    }

    // ---- (c) transfer: 转出学校 → 转出主管部门 → 转入学校 → 转入主管部门 → term start ----

    @Test
    void rTrf6TransferAcrossCitiesReviewedByBothSchoolsAndBothBureausThenEffectiveAtTermStart() throws Exception {
        EngineClock.set("2026-03-10T10:00");
        Student s = fixtures.enrolled(Demo.YONGJI, "陈雨桐");
        ProcessInstance out = transfers.apply(new TransferService.Application(s.id(), Demo.YANJI.code(), "740201",
                null, TransferContract.Ground.FAMILY_RELOCATION, "父母工作调动到延吉，全家搬迁", "家长陈建国",
                "转学申请表.pdf", Base64.getEncoder().encodeToString("%PDF-1.4 扫描件".getBytes(StandardCharsets.UTF_8))));
        started.add(out.getId());
        try (TasklistSession ui = new TasklistSession(port, "transfer")) {
            decide(ui, Demo.user(Demo.YONGJI, SchoolRole.PRINCIPAL), out, "out-school", "同意", "意见或不同意的理由",
                    "同意转出");
            Task outBureau = process.task(out);
            assertThat(outBureau.getName()).isEqualTo("转出学校主管教育行政部门审核转学：" + s.name());
            neighbourDoesNotSee(ui, "nongan-bureau", outBureau).shot("neighbour-county-sees-nothing");
            decide(ui, "yongji-bureau", out, "out-bureau", "审核通过", "审核意见或不通过的理由", "材料齐全，同意转出");

            ProcessInstance in = runtime.createProcessInstanceQuery().processDefinitionKey(TransferContract.IN_PROCESS_KEY)
                    .processInstanceBusinessKey(out.getBusinessKey()).singleResult();
            started.add(in.getId());
            decide(ui, Demo.user(Demo.YANJI, SchoolRole.PRINCIPAL), in, "in-school", "同意", "意见或不同意的理由",
                    "同意转入，编入2025级");
            decide(ui, "yanji-bureau", in, "in-bureau", "审核通过", "审核意见或不通过的理由", "审核通过");

            // effective at the in-school's next term start: the test moves the engine clock and fires the timer
            assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
            process.runAsync(in); // 出具转入证明 runs as its own asynchronous step before the term-start timer
            process.fireTimer(process.timer(in, TransferContract.TIMER_TERM_START));
            process.runAsync(in);
            assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.TRANSFERRED_OUT);
            long moved = jdbc.queryForObject("SELECT id FROM student WHERE school_code = ? AND name = ? AND id <> ?",
                    Long.class, Demo.YANJI.code(), s.name(), s.id());
            // the in-bureau sees the student enrolled at the in-school, and not the out-school's record
            ui.page("/student/archive.html?id=" + moved, "转入");
            assertThat(ui.driver().findElement(By.id("status")).getText()).isEqualTo("在籍");
            ui.shot("in-bureau-sees-enrolled");
            ui.page("/student/archive.html?id=" + s.id(), "无权查看");
            ui.signIn("yongji-bureau").page("/student/archive.html?id=" + s.id(), "转出");
            assertThat(ui.driver().findElement(By.id("status")).getText()).isEqualTo("转出");
            ui.shot("out-bureau-sees-transferred-out");
        }
    }

    private void decide(TasklistSession ui, String user, ProcessInstance instance, String role, String option,
                        String reasonLabel, String reason) throws Exception {
        Task task = process.task(instance);
        ui.signIn(user).filter(IdentitySync.FILTER_UNIT, task.getName()).shot(role + "-list");
        ui.open(task.getName()).shot(role + "-task");
        ui.claim().choose(option).type(reasonLabel, reason).shot(role + "-form");
        ui.complete(gone(task));
    }

    // ---- (d) suspension: 学校 → 主管教育行政部门 → 休学 ----

    @Test
    void rSus3SuspensionApprovedByTheSchoolAndReviewedByTheBureauShowsSuspended() throws Exception {
        EngineClock.set(LocalDateTime.of(2025, 10, 10, 10, 0));
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL, "周思远");
        ProcessInstance instance = suspensions.apply(s.id(), new SuspensionService.Application(
                SuspensionContract.Ground.ILLNESS, 187, "吉林大学第一医院", true, "肺结核，须停课治疗四个月",
                "因病须住院治疗", LocalDate.of(2025, 10, 10), null, null));
        started.add(instance.getId());
        try (TasklistSession ui = new TasklistSession(port, "suspension")) {
            decide(ui, Demo.user(Demo.CITY_SCHOOL, SchoolRole.PRINCIPAL), instance, "principal", "同意",
                    "审批说明", "诊断证明属实，同意休学一年");
            Task review = process.task(instance);
            assertThat(review.getName()).isEqualTo("主管教育行政部门审核休学：" + s.name());
            neighbourDoesNotSee(ui, "jilincity-bureau", review).shot("neighbour-city-sees-nothing");
            decide(ui, "changchun-bureau", instance, "city-bureau", "审核通过", "审核说明", "审核通过，已盖章");
            process.runAsync(instance);

            assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.SUSPENDED);
            ui.page("/student/archive.html?id=" + s.id(), "休学");
            assertThat(ui.driver().findElement(By.id("status")).getText()).isEqualTo("休学");
            ui.shot("bureau-sees-suspended");
        }
    }

    // ---- helpers ----

    /** A neighbouring bureau's reviewer: not a candidate in the engine, and nothing in Tasklist's lists. */
    private TasklistSession neighbourDoesNotSee(TasklistSession ui, String user, Task task) {
        assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateUser(user).count())
                .as("%s is a candidate of %s", user, task.getName()).isZero();
        return ui.assertDoesNotSee(user, task.getName());
    }

    private BooleanSupplier gone(Task task) {
        return () -> tasks.createTaskQuery().taskId(task.getId()).count() == 0;
    }

    private String taskName(ProcessInstance instance) {
        return process.task(instance).getName();
    }

    private Set<String> instanceIds(String key) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(key).list().stream()
                .map(ProcessInstance::getId).collect(Collectors.toSet());
    }

    private ProcessInstance newInstance(String key, Set<String> before) {
        List<ProcessInstance> now = runtime.createProcessInstanceQuery().processDefinitionKey(key).list().stream()
                .filter(p -> !before.contains(p.getId())).toList();
        assertThat(now).hasSize(1);
        started.add(now.get(0).getId());
        return now.get(0);
    }
}
