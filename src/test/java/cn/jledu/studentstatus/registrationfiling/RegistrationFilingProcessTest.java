package cn.jledu.studentstatus.registrationfiling;

import static cn.jledu.studentstatus.registrationfiling.RegistrationFilingContract.Vars;

import cn.jledu.studentstatus.student.Intake;
import cn.jledu.studentstatus.registration.Applicant;
import cn.jledu.studentstatus.registration.RegistrationService;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntryKind;
import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R-REG-11, both branches of processes/registration-filing.bpmn: a county-run school's list goes through the
 * principal, the county bureau (stamp) and the city bureau; a city- or province-run school's list goes from the
 * principal straight to the bureau that runs the school.
 */
@IntegrationTest
class RegistrationFilingProcessTest {

    static final Intake AUTUMN = new Intake(2026, Season.AUTUMN);
    static final String[] MAJORS = {"710202", "740201", "770101"};

    @Autowired
    ProcessEngine engine;
    @Autowired
    RegistrationService registrations;

    @Autowired
    cn.jledu.studentstatus.registration.RegistrationProcess registrationProcess;
    @Autowired
    RegistrationFilingService filings;

    @Autowired
    RegistrationFilingProcess filingProcess;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    DocumentStore documents;
    @Autowired
    Archive archive;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void reset() {
        EngineClock.reset();
    }

    @Test
    void filingListOfTwoThousandStudentsGoesThroughPrincipalCountyAndCity() {
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 9, 0));
        String className = organisation.classes(Demo.YANJI.code()).stream().filter(c -> c.majorCode().equals("710202"))
                .findFirst().orElseThrow().name();
        List<Long> mine = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        for (int batch = 0; batch < 4; batch++) {
            List<Applicant> applicants = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                int n = batch * 500 + i;
                String major = MAJORS[n % 3];
                String name = n == 7 ? "王䶮" : n == 11 ? "𠮷祥云" : "学生" + n;
                applicants.add(Applicants.junior(major).row(i + 2).name(name)
                        .className(major.equals("710202") && n % 2 == 0 ? className : null).build());
            }
            RegistrationService.Submission s = Demo.asRegistrar(Demo.YANJI,
                    () -> registrationProcess.submit(Demo.YANJI.code(), AUTUMN, applicants, "TEST", null, null, false));
            Assertions.assertThat(s.registered()).isEqualTo(500);
            if (batch < 3) {
                approveWholeChain(s);
                registrations.studentsOf(s.batchId()).forEach(st -> mine.add(st.id()));
            } else {
                // the fourth case is still under review when the list is made
                registrations.studentsOf(s.batchId()).forEach(st -> waiting.add(st.id()));
            }
        }

        // before the deadline there is no filing list
        EngineClock.set(LocalDateTime.of(2026, 11, 20, 18, 0));
        Assertions.assertThatThrownBy(() -> filingProcess.start(Demo.YANJI.code(), AUTUMN))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-REG-11");

        EngineClock.set(LocalDateTime.of(2026, 11, 21, 9, 0));
        RegistrationFilingService.Filing started = filingProcess.start(Demo.YANJI.code(), AUTUMN);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .singleResult();
        // the documents are rendered by the job executor (asynchronous continuation: a failure becomes an incident)
        assertThat(instance).isWaitingAt(RegistrationFilingContract.TASK_GENERATE);
        driver.runSingleAsync(instance);
        RegistrationFilingService.Filing filing = filings.filing(started.caseKey(), instance.getId());
        int expected = jdbc.sql("""
                SELECT COUNT(*) FROM student s JOIN registration r ON r.student_id = s.id JOIN registration_batch b
                ON b.id = r.batch_id WHERE b.school_code = ? AND b.intake_year = 2026 AND b.intake_season = 'AUTUMN'
                AND s.status = 'ENROLLED'""").param(Demo.YANJI.code()).query(Integer.class).single();
        Assertions.assertThat(expected).isGreaterThanOrEqualTo(1500);
        Assertions.assertThat(filing.studentCount()).isEqualTo(expected);

        String text = ProcessDriver.pdfText(documents.load(filing.pdfId()).content());
        Assertions.assertThat(text).contains("中等职业学校新生入学注册备案名单", Demo.YANJI.name(), "2026年秋季",
                "注册学生合计 " + expected + " 人", "王䶮", "𠮷", "一式三份", "延吉市教育局");
        // R-REG-6 / R-MON-2: students still under review are not rows of the list, only counted
        Assertions.assertThat(text).as("R-REG-6: under review is never listed as registered")
                .contains("另有 500 名新生注册审核中，未列入本备案表").doesNotContain("注册审核中；", "注册审核中 ");
        for (Long id : waiting.subList(0, 20)) {
            Assertions.assertThat(text).doesNotContain(students.find(id).orElseThrow().studentNumber());
        }
        Assertions.assertThat(new String(documents.load(filing.csvId()).content(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("另有 500 名新生注册审核中，未列入本备案表")
                .doesNotContain(students.find(waiting.get(0)).orElseThrow().studentNumber());
        // rows in the order major, class, student number
        List<Student> sorted = mine.stream().map(id -> students.find(id).orElseThrow())
                .sorted(Comparator.comparing(Student::majorCode)
                        .thenComparing(s -> s.classId() == null ? "未分班" : className)
                        .thenComparing(Student::studentNumber))
                .toList();
        int last = -1;
        for (Student s : sorted) {
            int at = text.indexOf(s.studentNumber());
            Assertions.assertThat(at).as(s.studentNumber()).isGreaterThan(last);
            Assertions.assertThat(text).contains(s.idNumber().value());
            last = at;
        }
        // attached to the process and to every student's archive
        List<Attachment> attachments = taskService.getProcessInstanceAttachments(instance.getId());
        Assertions.assertThat(attachments).extracting(Attachment::getUrl)
                .contains("/api/documents/" + filing.pdfId(), "/api/documents/" + filing.xlsxId());
        Assertions.assertThat(archive.personalArchive(mine.get(0))).anySatisfy(e -> {
            Assertions.assertThat(e.kind()).isEqualTo(ArchiveEntryKind.DOCUMENT);
            Assertions.assertThat(e.documentId()).isEqualTo(filing.pdfId());
        });

        assertThat(instance).isWaitingAt(RegistrationFilingContract.TASK_SIGN);
        Assertions.assertThatThrownBy(() -> taskService.complete(task(instance).getId()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("确认");
        confirm(instance, RegistrationFilingContract.TASK_SIGN, GroupIds.school(Demo.YANJI.code(), SchoolRole.PRINCIPAL), null);
        confirm(instance, RegistrationFilingContract.TASK_COUNTY, GroupIds.bureauReviewer("222401"), "转入学生2名已在备注注明");
        confirm(instance, RegistrationFilingContract.TASK_CITY, GroupIds.bureauReviewer("222400"), null);
        assertThat(instance).isEnded().hasPassed(RegistrationFilingContract.TASK_RECORD, RegistrationFilingContract.END_FILED);
        Assertions.assertThat(jdbc.sql("SELECT remarks FROM registration_filing WHERE case_key = ?")
                .param(filing.caseKey()).query(String.class).single()).contains("县级教育局审核盖章：转入学生2名");
        Assertions.assertThatThrownBy(() -> filingProcess.start(Demo.YANJI.code(), AUTUMN)).hasMessageContaining("已经生成");
    }

    @Autowired
    cn.jledu.studentstatus.student.StudentRepository students;

    @Test
    void intakeWithoutRegisteredStudentsIsRefusedBeforeAnythingStarts() {
        EngineClock.set(LocalDateTime.of(2026, 11, 21, 9, 0));
        Intake autumn2025 = new Intake(2025, Season.AUTUMN); // the demo's students were not registered through a case
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(RegistrationFilingContract.PROCESS_KEY)
                .count();
        Assertions.assertThatThrownBy(() -> filingProcess.start(Demo.YONGJI.code(), autumn2025))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-REG-11").hasMessageContaining("没有注册的新生");
        Assertions.assertThat(runtime.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationFilingContract.PROCESS_KEY).count()).isEqualTo(before);
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM registration_filing WHERE case_key = ?")
                .param("FIL-" + Demo.YONGJI.code() + "-" + autumn2025.code()).query(Integer.class).single()).isZero();
    }

    @Test
    void cityRunSchoolFilesWithItsCityBureauWithoutCountyReview() {
        filedStraightWithTheRunningBureau(Demo.CITY_SCHOOL, "changchun-bureau", "长春市教育局");
    }

    @Test
    void provinceRunSchoolFilesWithTheProvinceWithoutCountyReview() {
        filedStraightWithTheRunningBureau(Demo.PROVINCE_SCHOOL, "province-reviewer", "吉林省教育厅");
    }

    /**
     * The 市属或省属 branch: two copies, no county block on the list; the principal signs, then the reviewer of the
     * bureau that runs the school files it (a reviewer of another bureau does not see the task); no county step.
     */
    private void filedStraightWithTheRunningBureau(DemoSchool school, String reviewer, String bureauName) {
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 9, 0));
        String major = school.majors().get(0);
        List<Applicant> applicants = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> Applicants.junior(major).row(i + 1).name("备案生" + "甲乙丙".charAt(i - 1)).build()).toList();
        RegistrationService.Submission s = Demo.asRegistrar(school,
                () -> registrationProcess.submit(school.code(), AUTUMN, applicants, "TEST", null, null, false));
        Assertions.assertThat(s.registered()).isEqualTo(3);
        approveWholeChain(s);

        EngineClock.set(LocalDateTime.of(2026, 11, 21, 9, 0));
        RegistrationFilingService.Filing started = filingProcess.start(school.code(), AUTUMN);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .singleResult();
        driver.runSingleAsync(instance);
        RegistrationFilingService.Filing filing = filings.filing(started.caseKey(), instance.getId());
        Assertions.assertThat(filing.studentCount()).isGreaterThanOrEqualTo(3);
        String text = ProcessDriver.pdfText(documents.load(filing.pdfId()).content());
        Assertions.assertThat(text).contains(school.name(), "备案生甲", "备案生乙", "备案生丙", "本名单一式二份",
                "报" + bureauName + "备案").doesNotContain("县级教育行政部门审核意见", "一式三份");

        driver.completeAs(Demo.user(school, SchoolRole.PRINCIPAL), instance, RegistrationFilingContract.TASK_SIGN,
                withVariables(Vars.CONFIRMED, true));
        assertThat(instance).isWaitingAt(RegistrationFilingContract.TASK_CITY)
                .hasPassed(RegistrationFilingContract.TASK_SIGN).hasNotPassed(RegistrationFilingContract.TASK_COUNTY);
        Assertions.assertThat(driver.asEngineUser("jilincity-bureau",
                () -> taskService.createTaskQuery().processInstanceId(instance.getId()).count())).isZero();
        driver.completeAs(reviewer, instance, RegistrationFilingContract.TASK_CITY,
                withVariables(Vars.CONFIRMED, true, Vars.REMARKS, "纸质名单与电子名单一致"));

        assertThat(instance).isEnded().hasPassed(RegistrationFilingContract.TASK_RECORD, RegistrationFilingContract.END_FILED)
                .hasNotPassed(RegistrationFilingContract.TASK_COUNTY);
        Assertions.assertThat(jdbc.sql("SELECT filed_at IS NOT NULL FROM registration_filing WHERE case_key = ?")
                .param(filing.caseKey()).query(Boolean.class).single()).isTrue();
        Assertions.assertThat(jdbc.sql("SELECT remarks FROM registration_filing WHERE case_key = ?")
                .param(filing.caseKey()).query(String.class).single()).isEqualTo("市级教育局备案：纸质名单与电子名单一致");
    }

    /**
     * R-REG-6 / R-MON-2: an intake whose only new students are still under review has nothing to file; the refusal
     * says how many are waiting. On the code before, they were listed as rows with the remark 注册审核中.
     */
    @Test
    void studentsStillUnderReviewAreCountedNotListedR_REG_6() {
        EngineClock.set(LocalDateTime.of(2027, 3, 10, 9, 0));
        Intake spring = new Intake(2027, Season.SPRING);
        String major = Demo.CITY_SCHOOL.majors().get(0);
        List<Applicant> applicants = IntStream.rangeClosed(1, 2).mapToObj(i -> Applicants.junior(major).row(i + 1)
                .name("待审生" + "甲乙".charAt(i - 1)).graduationYear(2025).certificate("C2025-" + i).build()).toList();
        RegistrationService.Submission s = Demo.asRegistrar(Demo.CITY_SCHOOL, () -> registrationProcess.submit(
                Demo.CITY_SCHOOL.code(), spring, applicants, "TEST", null, null, false));
        Assertions.assertThat(s.registered()).isEqualTo(2);
        EngineClock.set(LocalDateTime.of(2027, 4, 21, 9, 0));
        Assertions.assertThat(filings.model(Demo.CITY_SCHOOL.code(), spring).rows()).as("R-REG-6").isEmpty();
        Assertions.assertThat(filings.model(Demo.CITY_SCHOOL.code(), spring).underReviewNote())
                .isEqualTo("另有 2 名新生注册审核中，未列入本备案表。");
        Assertions.assertThatThrownBy(() -> filingProcess.start(Demo.CITY_SCHOOL.code(), spring))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-REG-11").hasMessageContaining("2名新生仍在注册审核中");
    }

    /** Approves a registration case at every step of its chain (school, county if any, bureau). */
    private void approveWholeChain(RegistrationService.Submission s) {
        ProcessInstance registration = runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId())
                .singleResult();
        for (int step = 0; step < 4 && !runtime.createProcessInstanceQuery().processInstanceId(registration.getId())
                .list().isEmpty(); step++) {
            taskService.complete(task(registration).getId(), withVariables(
                    cn.jledu.studentstatus.registration.RegistrationContract.Vars.DECISION,
                    cn.jledu.studentstatus.registration.RegistrationContract.APPROVE));
        }
        assertThat(registration).isEnded();
    }

    private void confirm(ProcessInstance instance, String taskKey, String group, String remark) {
        driver.complete(instance, taskKey, group, withVariables(Vars.CONFIRMED, true, Vars.REMARKS, remark));
    }
}
