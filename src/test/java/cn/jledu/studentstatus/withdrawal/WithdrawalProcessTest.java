package cn.jledu.studentstatus.withdrawal;

import static cn.jledu.studentstatus.withdrawal.WithdrawalContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.document.DocumentStore;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * processes/withdrawal.bpmn, one method per path: voluntary withdrawal reviewed in the month with the factual study
 * certificate; the reminder and the escalation at the end of the month; the school keeping a proposed student; the
 * bureau not approving; proposals from the attendance import (exactly one, none on re-import; the boundaries).
 */
@IntegrationTest
class WithdrawalProcessTest {

    static final DemoSchool SCHOOL = Demo.CITY_SCHOOL; // city-run: 长春市教育局 220100, above it the province 220000
    static final String PRINCIPALS = GroupIds.school(SCHOOL.code(), SchoolRole.PRINCIPAL);
    static final String BUREAU = GroupIds.bureauReviewer("220100");
    static final String PROVINCE = GroupIds.bureauReviewer("220000");

    @Autowired
    ProcessEngine engine;
    @Autowired
    WithdrawalProcess process;
    @Autowired
    WithdrawalService service;
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
    AuditTrail audit;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        EngineClock.set(LocalDateTime.of(2026, 3, 16, 10, 0));
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void voluntaryWithdrawalReviewedInTheMonthWithTheStudyCertificate() {
        Student s = fixtures.enrolled(SCHOOL);
        ProcessInstance instance = process.apply(s.id(), "家庭搬迁外省，不再就读", LocalDate.of(2026, 3, 20));
        Assertions.assertThat(driver.task(instance).getName()).isEqualTo("学校决定退学：" + s.name());
        driver.complete(instance, WithdrawalContract.TASK_DECIDE, PRINCIPALS,
                Map.of(Vars.DECISION, "WITHDRAW", Vars.DECISION_NOTE, "同意退学"));
        Assertions.assertThat(driver.task(instance).getDueDate())
                .isEqualTo(EngineClock.endOf(LocalDate.of(2026, 3, 31)));
        driver.complete(instance, WithdrawalContract.TASK_REVIEW, BUREAU,
                Map.of(Vars.REVIEW_DECISION, "APPROVE", Vars.REVIEW_NOTE, "审核通过，已登记盖章"));
        Student after = students.find(s.id()).orElseThrow();
        Assertions.assertThat(after.status()).isEqualTo(StudentStatus.WITHDRAWN);
        Assertions.assertThat(students.history(s.id())).last().satisfies(h -> {
            Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.WITHDRAWAL);
            Assertions.assertThat(h.effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 20));
            Assertions.assertThat(h.approvals()).hasSize(2);
        });
        Assertions.assertThat(outbox.forStudent(s.id())).anySatisfy(e ->
                Assertions.assertThat(e.payload()).contains("异动类别=退学"));
        driver.runSingleAsync(instance);
        Assertions.assertThat(driver.task(instance)).as("the escalation was never due").isNull();
        assertThat(instance).isEnded().hasPassed(WithdrawalContract.TASK_CERTIFICATE, WithdrawalContract.END_WITHDRAWN);
        Assertions.assertThat(records.runningProcedure(s.id())).isEmpty();

        // R-WDR-3: terms actually attended; missing course data said on the document
        Long document = service.withdrawalCase(instance.getBusinessKey()).certificateDocument();
        String pdf = ProcessDriver.flat(ProcessDriver.pdfText(documents.load(document).content()));
        Assertions.assertThat(pdf).contains("写实性学习证明", s.name(), s.studentNumber(), "2025–2026学年第一学期",
                "2025–2026学年第二学期", "2026-03-01至2026-03-20", "本系统尚无该生的课程与成绩记录", "2026年3月20日")
                .doesNotContain("2026–2027学年");
    }

    @Test
    void reviewStillOpenIsRemindedNearAndEscalatedAtTheEndOfTheMonth() {
        Student s = fixtures.enrolled(SCHOOL);
        ProcessInstance instance = process.apply(s.id(), "外出务工", LocalDate.of(2026, 3, 16));
        driver.complete(instance, WithdrawalContract.TASK_DECIDE, PRINCIPALS,
                Map.of(Vars.DECISION, "WITHDRAW", Vars.DECISION_NOTE, "同意"));
        Assertions.assertThat(driver.timer(instance, WithdrawalContract.TIMER_REMINDER).getDuedate())
                .isEqualTo(EngineClock.at(LocalDateTime.of(2026, 3, 27, 0, 0)));
        driver.fireTimer(driver.timer(instance, WithdrawalContract.TIMER_REMINDER));
        Assertions.assertThat(audit.forSubject("withdrawal_case", instance.getBusinessKey()))
                .anySatisfy(r -> Assertions.assertThat(r.action()).isEqualTo("WITHDRAWAL_REVIEW_REMINDER"));
        Assertions.assertThat(driver.timer(instance, WithdrawalContract.TIMER_ESCALATION).getDuedate())
                .isEqualTo(EngineClock.endOf(LocalDate.of(2026, 3, 31)));
        driver.fireTimer(driver.timer(instance, WithdrawalContract.TIMER_ESCALATION));
        Assertions.assertThat(driver.task(instance, WithdrawalContract.TASK_SUPERVISE).getName())
                .isEqualTo("督办退学审核：" + s.name());
        driver.complete(instance, WithdrawalContract.TASK_SUPERVISE, PROVINCE,
                Map.of(Vars.ACKNOWLEDGED, true, Vars.SUPERVISION_NOTE, "已电话督促"));
        driver.complete(instance, WithdrawalContract.TASK_REVIEW, BUREAU,
                Map.of(Vars.REVIEW_DECISION, "REJECT", Vars.REVIEW_NOTE, "材料不全"));
        assertThat(instance).isEnded().hasPassed(WithdrawalContract.END_NOT_APPROVED, "EndEvent_Supervised");
        Assertions.assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
    }

    @Test
    void applicationRulesRefuse() {
        Student s = fixtures.enrolled(SCHOOL);
        Assertions.assertThatThrownBy(() -> process.apply(s.id(), " ", LocalDate.of(2026, 3, 20)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-WDR-1");
        Assertions.assertThatThrownBy(() -> process.apply(s.id(), "理由", null)).hasMessageContaining("R-WDR-1");
        process.apply(s.id(), "理由", LocalDate.of(2026, 3, 20));
        Assertions.assertThatThrownBy(() -> process.apply(s.id(), "再次", LocalDate.of(2026, 3, 20)))
                .hasMessageContaining("PROC-1");
    }

    @Test
    void attendanceOverNinetyHoursProposesExactlyOnceAndTheSchoolDecides() throws IOException {
        Student hours = fixtures.enrolled(SCHOOL);
        Student below = fixtures.enrolled(SCHOOL);
        Student absent = fixtures.enrolled(SCHOOL);
        Student shortAbsence = fixtures.enrolled(SCHOOL);
        String csv = "学籍号,姓名,旷课课时,最长连续擅自离校天数\n"
                + hours.studentNumber() + "," + hours.name() + ",90,0\n"
                + below.studentNumber() + "," + below.name() + ",89,13\n"
                + absent.studentNumber() + ",,10,14\n"
                + shortAbsence.studentNumber() + ",,0,13\n";
        WithdrawalProcess.AttendanceImport first = process.importAttendance(SCHOOL.code(), 2025, 2, "考勤.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        Assertions.assertThat(first.proposals()).isEqualTo(2);
        Assertions.assertThat(casesOf(hours)).hasSize(1);
        Assertions.assertThat(casesOf(below)).isEmpty();
        Assertions.assertThat(casesOf(absent)).hasSize(1);
        Assertions.assertThat(casesOf(shortAbsence)).isEmpty();
        ProcessInstance proposal = casesOf(hours).get(0);
        Assertions.assertThat(runtime.getVariable(proposal.getId(), Vars.CASE_SUMMARY).toString())
                .contains("一学期旷课累计达90课时以上", "旷课累计90课时");

        // the same file again (as XLSX) proposes nothing new
        WithdrawalProcess.AttendanceImport again = process.importAttendance(SCHOOL.code(), 2025, 2, "考勤.xlsx",
                xlsx(List.of(List.of("学籍号", "姓名", "旷课课时", "最长连续擅自离校天数"),
                        List.of(hours.studentNumber(), hours.name(), "90", "0"))));
        Assertions.assertThat(again.proposals()).isZero();
        Assertions.assertThat(casesOf(hours)).hasSize(1);

        // a person decides: the school keeps the student
        driver.complete(proposal, WithdrawalContract.TASK_DECIDE, PRINCIPALS,
                Map.of(Vars.DECISION, "KEEP", Vars.DECISION_NOTE, "经核实为病假未及时登记"));
        assertThat(proposal).isEnded().hasPassed(WithdrawalContract.END_KEPT);
        Assertions.assertThat(process.importAttendance(SCHOOL.code(), 2025, 2, "考勤.csv",
                csv.getBytes(StandardCharsets.UTF_8)).proposals()).as("decided: not proposed again").isZero();
        Assertions.assertThat(students.find(hours.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
    }

    @Test
    void attendanceFileWithRowErrorsChangesNothing() {
        Student s = fixtures.enrolled(SCHOOL);
        String csv = "学籍号,姓名,旷课课时\n" + s.studentNumber() + ",别人,95\nX999,,abc\n";
        Assertions.assertThatThrownBy(() -> process.importAttendance(SCHOOL.code(), 2025, 1, "a.csv",
                        csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("第2行“姓名”").hasMessageContaining("第3行“旷课课时”");
        Assertions.assertThat(casesOf(s)).isEmpty();
        Assertions.assertThatThrownBy(() -> process.importAttendance(SCHOOL.code(), 2025, 1, "a.csv",
                "姓名\n张三\n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("缺少必填列");
    }

    @Test
    void proposalForASuspendedOrHeldStudentIsOneCase() {
        Student s = fixtures.enrolled(SCHOOL);
        Assertions.assertThat(process.propose(s.id(), WithdrawalProposals.Ground.LEFT_TWO_WEEKS, "擅自离校15天", "T:1")).isTrue();
        Assertions.assertThat(process.propose(s.id(), WithdrawalProposals.Ground.ABSENT_90_HOURS, "旷课95课时", "T:2")).isFalse();
        Assertions.assertThat(casesOf(s)).hasSize(1);
        Assertions.assertThat(runtime.getVariable(casesOf(s).get(0).getId(), Vars.CASE_SUMMARY).toString())
                .contains("擅自离校15天", "旷课95课时");
    }

    List<ProcessInstance> casesOf(Student s) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(WithdrawalContract.PROCESS_KEY)
                .variableValueEquals(Vars.STUDENT_ID, s.id()).list();
    }

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("考勤");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
