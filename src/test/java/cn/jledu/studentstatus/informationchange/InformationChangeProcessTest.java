package cn.jledu.studentstatus.informationchange;

import static cn.jledu.studentstatus.informationchange.InformationChangeContract.Vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.informationchange.InformationChangeService.Application;
import cn.jledu.studentstatus.informationchange.InformationChangeService.ProofFile;
import cn.jledu.studentstatus.informationchange.InformationChangeService.ProofHolder;
import cn.jledu.studentstatus.informationchange.InformationChangeService.ProofType;
import cn.jledu.studentstatus.monthlyreport.MonthlyChangeReport;
import cn.jledu.studentstatus.monthlyreport.MonthlyReportService;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.IdNumber;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.PersonalData;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * processes/information-change.bpmn (信息变更, R-INF-1, 第二十三条): the principal approves, the supervising bureau
 * stamps and files, the record changes with a before/after history row that the monthly report lists and a national
 * entry; refusals at any level change nothing; an ID-number change is checked like a new registration (R-REG-2,
 * R-REG-4) and can never create two active records of one person.
 */
@IntegrationTest
class InformationChangeProcessTest {

    static final byte[] PDF = "%PDF-1.4\n%测试扫描件\n".getBytes(StandardCharsets.UTF_8);
    static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400));

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessDriver driver;
    @Autowired
    InformationChangeProcess process;
    @Autowired
    InformationChangeService service;
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
    @Autowired
    MonthlyReportService monthly;
    @Autowired
    TaskService tasks;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    static Application address(long studentId, String address, HouseholdType household) {
        return new Application(studentId, null, null, null, address, null, null, household, "户口迁移",
                ProofHolder.GUARDIAN, ProofType.HOUSEHOLD_REGISTER, "220221000123");
    }

    static Application idNumber(Student s, String newId) {
        return new Application(s.id(), null, null, null, null, IdType.RESIDENT_ID, newId, null,
                "公安机关更正身份证号码", ProofHolder.STUDENT, ProofType.POLICE_CERTIFICATE, "吉公户证〔2026〕12号");
    }

    /** A valid resident ID number (GB 11643), held by nobody, that agrees with the student's birth date and gender. */
    String freshIdFor(Student s) {
        while (true) {
            int n = SEQUENCE.incrementAndGet();
            int sequence = (n * 2 + (s.gender() == Gender.MALE ? 1 : 0)) % 1000;
            String first17 = "220183" + s.birthDate().toString().replace("-", "") + String.format("%03d", sequence);
            String id = first17 + IdNumber.checkCharacter(first17);
            if (jdbc.sql("SELECT COUNT(*) FROM student WHERE id_number = ?").param(id).query(Integer.class).single() == 0) {
                return id;
            }
        }
    }

    ProofFile proof() {
        return new ProofFile("户口簿.pdf", PDF);
    }

    void schoolDecides(ProcessInstance instance, String decision) {
        driver.complete(instance, InformationChangeContract.TASK_DECIDE_SCHOOL,
                GroupIds.school(Demo.YONGJI.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.SCHOOL_DECISION, decision, Vars.SCHOOL_REASON, "已核对户口簿原件", Vars.PROOF_CHECKED, true));
    }

    void bureauDecides(ProcessInstance instance, String decision) {
        driver.complete(instance, InformationChangeContract.TASK_REVIEW_BUREAU,
                GroupIds.bureauReviewer(Demo.YONGJI.bureau()),
                Map.of(Vars.BUREAU_DECISION, decision, Vars.BUREAU_REASON, "同意，已盖章备案", Vars.STAMPED, true));
    }

    @Test
    void rInf1ApprovedChangeKeepsBeforeAndAfterInTheHistoryTheMonthlyReportAndTheNationalPort() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        ProcessInstance instance = process.apply(new Application(s.id(), "李明远", null, null, "吉林市永吉县口前镇",
                null, null, HouseholdType.NON_AGRICULTURAL, "户口迁移并改名", ProofHolder.GUARDIAN,
                ProofType.HOUSEHOLD_REGISTER, "220221000123"), proof());
        assertThat(instance).isWaitingAt(InformationChangeContract.TASK_DECIDE_SCHOOL);
        assertThat(driver.task(instance).getName()).isEqualTo("学校审批信息变更：" + s.name());
        String changes = (String) engine.getRuntimeService().getVariable(instance.getId(), Vars.CHANGES);
        assertThat(changes).contains("姓名：" + s.name() + " → 李明远", "家庭住址：吉林省 → 吉林市永吉县口前镇",
                "户口性质：农业 → 非农业");
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Vars.PROOF))
                .contains("监护人", "户口簿", "220221000123", "/api/documents/");
        assertThat(records.runningProcedure(s.id())).hasValueSatisfying(l ->
                assertThat(l.procedure()).isEqualTo(StudentProcedure.INFORMATION_CHANGE));

        // R-INF-1: the principal must have checked the original proof
        assertThatThrownBy(() -> driver.complete(instance, InformationChangeContract.TASK_DECIDE_SCHOOL,
                GroupIds.school(Demo.YONGJI.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.SCHOOL_DECISION, "APPROVE", Vars.SCHOOL_REASON, "同意")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-INF-1").hasMessageContaining("原件");
        schoolDecides(instance, "APPROVE");
        assertThat(driver.task(instance).getName()).isEqualTo("主管教育行政部门审核信息变更：" + s.name());
        assertThat(tasks.getProcessInstanceAttachments(instance.getId())).singleElement()
                .satisfies(a -> assertThat(a.getDescription()).contains("户口簿"));
        assertThat(students.find(s.id()).orElseThrow().name()).as("nothing changes before the bureau's review")
                .isEqualTo(s.name());
        // R-INF-1: the bureau stamps and files
        assertThatThrownBy(() -> driver.complete(instance, InformationChangeContract.TASK_REVIEW_BUREAU,
                GroupIds.bureauReviewer(Demo.YONGJI.bureau()),
                Map.of(Vars.BUREAU_DECISION, "APPROVE", Vars.BUREAU_REASON, "通过")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("盖章");
        bureauDecides(instance, "APPROVE");

        assertThat(instance).isEnded().hasPassed(InformationChangeContract.TASK_CHANGE_RECORD,
                InformationChangeContract.END_CHANGED);
        Student changed = students.find(s.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo("李明远");
        assertThat(changed.address()).isEqualTo("吉林市永吉县口前镇");
        assertThat(changed.householdType()).isEqualTo(HouseholdType.NON_AGRICULTURAL);
        assertThat(changed.status()).isEqualTo(StudentStatus.ENROLLED);
        assertThat(changed.idNumber()).isEqualTo(s.idNumber());
        assertThat(students.history(s.id())).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(StatusChangeKind.INFORMATION_CHANGE);
            assertThat(h.fromStatus()).isEqualTo(StudentStatus.ENROLLED);
            assertThat(h.toStatus()).isEqualTo(StudentStatus.ENROLLED);
            assertThat(h.details()).contains("姓名：" + s.name() + " → 李明远", "户口簿");
            assertThat(h.approvals()).extracting(a -> a.authority()).containsExactly("永吉县职业教育中心", "永吉县教育局");
            assertThat(students.informationFields(h.id())).extracting(f -> f.field())
                    .containsExactly("name", "address", "householdType");
        });
        MonthlyChangeReport report = monthly.model(Demo.YONGJI.code(), YearMonth.from(AppClock.today()));
        assertThat(report.rows()).filteredOn(r -> r.caseKey().equals(instance.getBusinessKey())).singleElement()
                .satisfies(r -> {
                    assertThat(r.kind()).isEqualTo("信息变更");
                    assertThat(r.before()).contains("姓名：" + s.name(), "户口性质：农业");
                    assertThat(r.after()).contains("姓名：李明远", "户口性质：非农业");
                    assertThat(r.studentName()).isEqualTo("李明远");
                });
        assertThat(outbox.forStudent(s.id())).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("INFORMATION_CHANGE");
            assertThat(e.caseKey()).isEqualTo(instance.getBusinessKey());
            assertThat(e.payload()).contains("原姓名=" + s.name(), "新姓名=李明远");
        });
        assertThat(archive.personalArchive(s.id())).extracting(e -> e.title())
                .contains("信息变更（主管教育行政部门盖章确认备案）");
        assertThat(service.history(s.id())).singleElement().asString().contains("李明远");
        assertThat(records.runningProcedure(s.id())).isEmpty();
    }

    @Test
    void rInf1SchoolRefusalChangesNothing() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        ProcessInstance instance = process.apply(address(s.id(), "长春市", null), proof());
        driver.complete(instance, InformationChangeContract.TASK_DECIDE_SCHOOL,
                GroupIds.school(Demo.YONGJI.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.SCHOOL_DECISION, "REFUSE", Vars.SCHOOL_REASON, "户口簿与原件不符"));
        assertThat(instance).isEnded().hasPassed(InformationChangeContract.END_REFUSED_SCHOOL);
        assertThat(students.find(s.id()).orElseThrow()).isEqualTo(s);
        assertThat(students.history(s.id())).isEmpty();
        assertThat(outbox.forStudent(s.id())).isEmpty();
        assertThat(service.get(instance.getBusinessKey()).refusalReason()).isEqualTo("户口簿与原件不符");
        assertThat(records.runningProcedure(s.id())).isEmpty();
    }

    @Test
    void rInf1BureauRefusalChangesNothing() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        ProcessInstance instance = process.apply(idNumber(s, freshIdFor(s)), proof());
        schoolDecides(instance, "APPROVE");
        driver.complete(instance, InformationChangeContract.TASK_REVIEW_BUREAU,
                GroupIds.bureauReviewer(Demo.YONGJI.bureau()),
                Map.of(Vars.BUREAU_DECISION, "REFUSE", Vars.BUREAU_REASON, "缺少公安机关证明原件"));
        assertThat(instance).isEnded().hasPassed(InformationChangeContract.END_REFUSED_BUREAU);
        assertThat(students.find(s.id()).orElseThrow()).isEqualTo(s);
        assertThat(students.history(s.id())).isEmpty();
        assertThat(outbox.forStudent(s.id())).isEmpty();
        assertThat(records.runningProcedure(s.id())).isEmpty();
    }

    @Test
    void rReg4IdNumberChangeMovesTheActivePersonKey() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        String newId = freshIdFor(s);
        ProcessInstance instance = process.apply(idNumber(s, newId), proof());
        schoolDecides(instance, "APPROVE");
        bureauDecides(instance, "APPROVE");
        assertThat(instance).isEnded().hasPassed(InformationChangeContract.END_CHANGED);
        assertThat(students.find(s.id()).orElseThrow().idNumber().value()).isEqualTo(newId);
        assertThat(students.activeByPerson(new IdNumber(IdType.RESIDENT_ID, newId))).map(Student::id).contains(s.id());
        assertThat(students.activeByPerson(s.idNumber())).isEmpty();
        // the old number is free: nobody holds it; the new one is the student's
        assertThat(outbox.forStudent(s.id())).singleElement().satisfies(e -> assertThat(e.payload())
                .contains("新证件号码=居民身份证 " + newId));
    }

    @Test
    void rReg2AndRReg4IdNumberIsCheckedLikeANewRegistration() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        String good = freshIdFor(s);
        char wrongCheck = good.charAt(17) == '1' ? '2' : '1';
        assertThatThrownBy(() -> process.apply(idNumber(s, good.substring(0, 17) + wrongCheck), proof()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-REG-2"))
                .hasMessageContaining("校验位");
        // a number whose date of birth is not the student's (and no new date of birth given)
        String first17 = "220183" + s.birthDate().plusDays(1).toString().replace("-", "") + "001";
        assertThatThrownBy(() -> process.apply(idNumber(s, first17 + IdNumber.checkCharacter(first17)), proof()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-REG-4"))
                .hasMessageContaining("出生日期");
        // the number of another active record
        Student other = fixtures.enrolled(Demo.NONGAN);
        assertThatThrownBy(() -> process.apply(new Application(s.id(), null, other.idNumber().gender(),
                other.birthDate(), null, IdType.RESIDENT_ID, other.idNumber().value(), null, "更正证件号码",
                ProofHolder.STUDENT, ProofType.POLICE_CERTIFICATE, "吉公户证〔2026〕14号"), proof()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-REG-4");
                    assertThat(v.status().value()).isEqualTo(409);
                }).hasMessageContaining("一人只能有一个有效学籍");
        assertThat(records.runningProcedure(s.id())).as("a refused application leaves nothing").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_change_case WHERE student_id = ?").param(s.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void rInf1RefusesWithoutProofWithoutChangeOrForAStudentWhoLeft() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        assertThatThrownBy(() -> process.apply(address(s.id(), "长春市", null), null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.ruleId()).isEqualTo("R-INF-1");
                    assertThat(v.status().value()).isEqualTo(400);
                }).hasMessageContaining("扫描件");
        assertThatThrownBy(() -> process.apply(address(s.id(), "长春市", null),
                new ProofFile("a.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("PDF、JPG 或 PNG");
        assertThatThrownBy(() -> process.apply(address(s.id(), s.address(), s.householdType()), proof()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-INF-1"))
                .hasMessageContaining("没有需要变更的内容");
        assertThatThrownBy(() -> process.apply(new Application(s.id(), null, null, null, "长春市", null, null, null,
                " ", ProofHolder.GUARDIAN, ProofType.HOUSEHOLD_REGISTER, "1"), proof()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("原因");
        assertThatThrownBy(() -> process.apply(new Application(s.id(), null, null, null, "长春市", null, null, null,
                "迁移", null, ProofType.HOUSEHOLD_REGISTER, "1"), proof()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("提供人");

        Student withdrawn = fixtures.enrolled(Demo.YONGJI);
        records.apply(withdrawn.withdraw(AppClock.today()), new ChangeBasis("WDR-TEST-" + withdrawn.id(), null,
                "测试", List.of(), "test"));
        assertThatThrownBy(() -> process.apply(address(withdrawn.id(), "长春市", null), proof()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-INF-1"))
                .hasMessageContaining("退学");
        Student dead = fixtures.enrolled(Demo.YONGJI);
        records.apply(dead.recordDeath(AppClock.today()), new ChangeBasis("DTH-TEST-" + dead.id(), null, "测试",
                List.of(), "test"));
        assertThatThrownBy(() -> process.apply(address(dead.id(), "长春市", null), proof()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("R-DTH-1"));
    }

    @Test
    void proc1OneRunningProcedureAlsoForInformationChanges() {
        Student s = fixtures.enrolled(Demo.YONGJI);
        ProcessInstance instance = process.apply(address(s.id(), "长春市", null), proof());
        assertThatThrownBy(() -> process.apply(address(s.id(), "吉林市", null), proof()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("PROC-1"))
                .hasMessageContaining(instance.getBusinessKey());
        assertThatThrownBy(() -> records.claimProcedure(s.id(), StudentProcedure.TRANSFER, "TRF-TEST-" + s.id()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.ruleId()).isEqualTo("PROC-1"))
                .hasMessageContaining("信息变更");
        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "测试撤回");
        assertThat(records.runningProcedure(s.id())).isEmpty();
    }

    /** Two cases change two students to the same new number: the bureau's approval of the second is refused. */
    @Test
    void rReg4TwoChangesToTheSameNewIdNumberOneAfterTheOther() {
        Student a = fixtures.enrolled(Demo.YONGJI);
        Student other = fixtures.enrolled(Demo.YONGJI);
        String newId = freshIdFor(a);
        ProcessInstance first = process.apply(idNumber(a, newId), proof());
        ProcessInstance second = process.apply(new Application(other.id(), null, a.gender(), a.birthDate(), null,
                IdType.RESIDENT_ID, newId, null, "更正证件号码", ProofHolder.STUDENT, ProofType.POLICE_CERTIFICATE,
                "吉公户证〔2026〕13号"), proof());
        schoolDecides(first, "APPROVE");
        schoolDecides(second, "APPROVE");
        bureauDecides(first, "APPROVE");
        assertThat(first).isEnded();
        assertThatThrownBy(() -> bureauDecides(second, "APPROVE")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("R-REG-4").hasMessageContaining("一人只能有一个有效学籍");
        assertThat(second).isWaitingAt(InformationChangeContract.TASK_REVIEW_BUREAU);
        assertThat(students.find(other.id()).orElseThrow()).isEqualTo(other);
        bureauDecides(second, "REFUSE");
        assertThat(second).isEnded();
    }

    /**
     * R-REG-4 under concurrency: two changes to the same new number are stored at the same moment, each past every
     * look-up; the database's active-person key lets one commit and refuses the other with R-REG-4.
     */
    @Test
    void rReg4TwoConcurrentChangesToTheSameNewIdNumberNeverMakeTwoActiveRecords() throws Exception {
        Student a = fixtures.enrolled(Demo.YONGJI);
        Student b = fixtures.enrolled(Demo.NONGAN);
        String newId = freshIdFor(a);
        IdNumber id = new IdNumber(IdType.RESIDENT_ID, newId);
        PersonalData forA = new PersonalData(a.name(), a.gender(), a.birthDate(), a.address(), id, a.householdType());
        PersonalData forB = new PersonalData(b.name(), a.gender(), a.birthDate(), b.address(), id, b.householdType());
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstStored = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstDone = pool.submit(() -> tx.executeWithoutResult(status -> {
                records.changeInformation(a.changeInformation(forA, AppClock.today()),
                        new ChangeBasis("INF-TEST-A-" + a.id(), null, "测试", List.of(), "test"));
                firstStored.countDown();
                await(commitFirst);
            }));
            assertThat(firstStored.await(30, TimeUnit.SECONDS)).isTrue();
            Future<String> secondDone = pool.submit(() -> tx.execute(status -> {
                try {
                    records.changeInformation(b.changeInformation(forB, AppClock.today()),
                            new ChangeBasis("INF-TEST-B-" + b.id(), null, "测试", List.of(), "test"));
                    return "changed";
                } catch (RuleViolation v) {
                    status.setRollbackOnly();
                    return v.ruleId();
                }
            }));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                    SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'
                      AND query LIKE '%UPDATE student SET name%'""").query(Integer.class).single() > 0);
            commitFirst.countDown();
            firstDone.get(30, TimeUnit.SECONDS);
            assertThat(secondDone.get(30, TimeUnit.SECONDS)).isEqualTo("R-REG-4");
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM student WHERE active_person_key = ?").param(id.personKey())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(students.find(b.id()).orElseThrow()).isEqualTo(b);
        assertThat(students.history(b.id())).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
