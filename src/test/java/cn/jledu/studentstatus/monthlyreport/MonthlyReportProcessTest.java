package cn.jledu.studentstatus.monthlyreport;

import static cn.jledu.studentstatus.monthlyreport.MonthlyReportContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jledu.studentstatus.archive.AuditTrail;
import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.calendar.WorkingDayCalendar;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.national.NationalRegistry;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Approval;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 学籍信息变更或异动月报表 (R-MON-1…3): a month with changes, a nil month, a report sent back by the principal and
 * returned by the city bureau, a late month with both escalations, and the timer that opens every school's case.
 * Each test uses its own school and month of 2024 (no other test writes changes then).
 */
@IntegrationTest
class MonthlyReportProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    MonthlyReportProcess process;
    @Autowired
    MonthlyReportService service;
    @Autowired
    ProcessDriver driver;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    StudentRecords records;
    @Autowired
    OutboxNationalRegistry outbox;
    @Autowired
    DocumentStore documents;
    @Autowired
    AuditTrail audit;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    org.camunda.bpm.engine.FilterService filters;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    static String group(DemoSchool school, SchoolRole role) {
        return GroupIds.school(school.code(), role);
    }

    void prepare(ProcessInstance instance, DemoSchool school) {
        driver.complete(instance, MonthlyReportContract.TASK_PREPARE, group(school, SchoolRole.REGISTRAR),
                Map.of(Vars.CHANGES_COMPLETE, true, Vars.PREPARATION_NOTE, "本月异动已办结"));
        driver.runSingleAsync(instance);
    }

    void sign(ProcessInstance instance, DemoSchool school) {
        driver.complete(instance, MonthlyReportContract.TASK_SIGN, group(school, SchoolRole.PRINCIPAL),
                Map.of(Vars.SIGN_DECISION, MonthlyReportContract.SIGN));
    }

    void accept(ProcessInstance instance, String bureau) {
        driver.complete(instance, MonthlyReportContract.TASK_REVIEW, GroupIds.bureauReviewer(bureau),
                Map.of(Vars.REVIEW_DECISION, MonthlyReportContract.ACCEPT));
    }

    byte[] document(ProcessInstance instance, String variable) {
        return documents.load(((Number) runtime.getVariable(instance.getId(), variable)).longValue()).content();
    }

    static List<List<String>> sheet(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void monthWithChangesIsGatheredSignedSubmittedAndAcceptedOnTime() throws IOException {
        DemoSchool school = Demo.CITY_SCHOOL;
        EngineClock.set("2024-05-06T09:00");
        ProcessInstance instance = process.openSchoolMonth(school.code(), YearMonth.of(2024, 5));
        assertThat(instance).isWaitingAt(MonthlyReportContract.TASK_PREPARE, MonthlyReportContract.TIMER_REMINDER);

        // a suspension submitted to and reviewed in the national system within the month (R-MON-2 met)
        EngineClock.set("2024-05-10T10:00");
        Student suspended = fixtures.enrolled(school, "月报休学生");
        records.apply(suspended.suspend(LocalDate.of(2024, 5, 10)), new ChangeBasis("SUS-MON-1", null, "因病休学一年",
                List.of(Approval.school(school.name(), "同意休学"),
                        new Approval(Approval.Level.CITY, "长春市教育局", "审批同意", "changchun-bureau",
                                LocalDate.of(2024, 5, 10))), "cc1-registrar"));
        outbox.submit(NationalRegistry.Operation.STATUS_CHANGE, suspended.id(), school.code(), "SUS-MON-1", "{}");
        outbox.markReviewed(outbox.forStudent(suspended.id()).get(0).id(), "审核通过");
        // a withdrawal never submitted (R-MON-2 flagged); its details start like a spreadsheet formula
        Student withdrawn = fixtures.enrolled(school, "月报退学生");
        records.apply(withdrawn.withdraw(LocalDate.of(2024, 5, 12)), new ChangeBasis("WDR-MON-1", null,
                "=HYPERLINK(\"http://example.invalid\",\"点击\")", List.of(Approval.school(school.name(), "同意退学")),
                "cc1-registrar"));

        EngineClock.set("2024-05-20T09:00");
        Assertions.assertThatThrownBy(() -> driver.complete(instance, MonthlyReportContract.TASK_PREPARE,
                        group(school, SchoolRole.REGISTRAR), Map.of(Vars.CHANGES_COMPLETE, false)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("办结");
        prepare(instance, school);

        assertThat(instance).isWaitingAt(MonthlyReportContract.TASK_SIGN).variables()
                .containsEntry(Vars.CHANGE_COUNT, 2).containsEntry(Vars.FLAGGED_COUNT, 1);
        String pdf = ProcessDriver.flat(ProcessDriver.pdfText(document(instance, Vars.REPORT_PDF_ID)));
        Assertions.assertThat(pdf).contains("学籍信息变更或异动月报表", school.name(), "2024年5月", "长春市教育局",
                "月报休学生", suspended.studentNumber(), "休学", "在籍", "2024-05-10", "因病休学一年", "月报退学生",
                withdrawn.studentNumber(), "退学", "合计2条", "休学1条", "退学1条", "否（未报送全国学籍系统）",
                "其中1条未在当月报送", "校长（签字）", "学校（盖章）", "审批同意");

        List<List<String>> xlsx = sheet(document(instance, Vars.REPORT_XLSX_ID));
        Assertions.assertThat(xlsx.get(0).get(0)).contains(school.name(), "2024年5月", "共 2 条");
        Assertions.assertThat(xlsx.get(1)).containsExactlyElementsOf(MonthlyReportDocument.HEADERS);
        Assertions.assertThat(xlsx.get(2)).containsSubsequence("1", suspended.studentNumber(), "月报休学生", "休学",
                "2024-05-10", "在籍", "休学").contains("是");
        Assertions.assertThat(xlsx.get(3)).contains("月报退学生", "退学", "否（未报送全国学籍系统）",
                "=HYPERLINK(\"http://example.invalid\",\"点击\")");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(document(instance, Vars.REPORT_XLSX_ID)))) {
            Cell formulaLike = workbook.getSheetAt(0).getRow(3).getCell(10);
            Assertions.assertThat(formulaLike.getCellType()).as("never a formula").isEqualTo(CellType.STRING);
            Assertions.assertThat(formulaLike.getCellStyle().getQuotePrefixed()).as("apostrophe prefix").isTrue();
        }

        sign(instance, school);
        assertThat(instance).isWaitingAt(MonthlyReportContract.TASK_REVIEW, MonthlyReportContract.TIMER_REMINDER);
        // the reminder day comes after the submission: nothing to remind
        driver.fireTimer(driver.timer(instance, MonthlyReportContract.TIMER_REMINDER));
        assertThat(instance).hasPassed(MonthlyReportContract.END_NO_REMINDER).isWaitingAt(MonthlyReportContract.TASK_REVIEW);
        accept(instance, "220100");

        assertThat(instance).isEnded().hasPassed(MonthlyReportContract.TASK_RECORD_ACCEPTED,
                MonthlyReportContract.END_ACCEPTED).hasNotPassed(MonthlyReportContract.TASK_RECORD_LATE);
        MonthlyReportService.Report report = service.report(instance.getBusinessKey());
        Assertions.assertThat(report.status()).isEqualTo("ACCEPTED");
        Assertions.assertThat(report.late()).isFalse();
        Assertions.assertThat(report.changeCount()).isEqualTo(2);
        Assertions.assertThat(service.remindersFor(instance.getBusinessKey())).isEmpty();
    }

    @Test
    void nilMonthFilesANilReportAfterTheReminder() throws IOException {
        DemoSchool school = Demo.YONGJI;
        EngineClock.set("2024-06-03T09:00");
        ProcessInstance instance = process.openSchoolMonth(school.code(), YearMonth.of(2024, 6));
        // 2024-06-30 is a Sunday: last working day Friday 28th, three working days before it: Tuesday 25th
        Job reminder = driver.timer(instance, MonthlyReportContract.TIMER_REMINDER);
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(EngineClock.endOf(LocalDate.of(2024, 6, 25)));
        driver.fireTimer(reminder);
        assertThat(instance).hasPassed(MonthlyReportContract.TASK_REMIND)
                .isWaitingAt(MonthlyReportContract.TASK_PREPARE, MonthlyReportContract.TIMER_MONTH_END);
        Assertions.assertThat(service.remindersFor(instance.getBusinessKey())).extracting(MonthlyReportService.Reminder::recipientGroup)
                .containsExactlyInAnyOrder(group(school, SchoolRole.REGISTRAR), group(school, SchoolRole.PRINCIPAL));

        prepare(instance, school);
        assertThat(instance).variables().containsEntry(Vars.CHANGE_COUNT, 0);
        Assertions.assertThat(ProcessDriver.flat(ProcessDriver.pdfText(document(instance, Vars.REPORT_PDF_ID))))
                .contains(school.name(), "2024年6月", "本月无学籍变更或异动（零报告）", "校长（签字）");
        Assertions.assertThat(sheet(document(instance, Vars.REPORT_XLSX_ID))).hasSize(2)
                .first().satisfies(title -> Assertions.assertThat(title.get(0)).contains("零报告"));
        sign(instance, school);
        driver.fireTimer(driver.timer(instance, MonthlyReportContract.TIMER_MONTH_END));
        assertThat(instance).hasPassed(MonthlyReportContract.END_ON_TIME).isWaitingAt(MonthlyReportContract.TASK_REVIEW);
        accept(instance, "220200");
        assertThat(instance).isEnded().hasPassed(MonthlyReportContract.END_ACCEPTED);
        Assertions.assertThat(service.report(instance.getBusinessKey()).late()).isFalse();
    }

    /**
     * The reminder reaches the registrar in Tasklist (R-MON-1): July 2024 ends on a Wednesday, so the usual
     * follow-up date (the last three working days, from Monday 29th) comes after the reminder (end of Friday 26th);
     * the reminder brings it forward, and the task says why.
     */
    @Test
    void reminderPutsTheOpenTaskIntoTheDueSoonFilterOfTheRegistrar() {
        DemoSchool school = Demo.CITY_SCHOOL;
        EngineClock.set("2024-07-01T09:00");
        ProcessInstance instance = process.openSchoolMonth(school.code(), YearMonth.of(2024, 7));
        org.camunda.bpm.engine.task.Task before = driver.task(instance, MonthlyReportContract.TASK_PREPARE);
        Assertions.assertThat(before.getFollowUpDate()).isEqualTo(EngineClock.at(java.time.LocalDateTime.of(2024, 7, 29, 0, 0)));
        String registrar = Demo.user(school, SchoolRole.REGISTRAR);
        String dueSoon = filters.createFilterQuery().filterName(cn.jledu.studentstatus.organisation.IdentitySync.FILTER_DUE_SOON)
                .singleResult().getId();
        Job reminder = driver.timer(instance, MonthlyReportContract.TIMER_REMINDER);
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(EngineClock.endOf(LocalDate.of(2024, 7, 26)));
        EngineClock.set(reminder.getDuedate());
        Assertions.assertThat(driver.asEngineUser(registrar, () -> filters.list(dueSoon)))
                .as("not yet due soon").extracting(t -> ((org.camunda.bpm.engine.task.Task) t).getId())
                .doesNotContain(before.getId());

        driver.fireTimer(reminder);
        org.camunda.bpm.engine.task.Task after = driver.task(instance, MonthlyReportContract.TASK_PREPARE);
        Assertions.assertThat(after.getDescription()).contains("尚未报送", "2024-07-31", "R-MON-1");
        Assertions.assertThat(after.getFollowUpDate()).isEqualTo(reminder.getDuedate());
        EngineClock.set("2024-07-27T09:00"); // Saturday morning: the registrar looks at Tasklist
        Assertions.assertThat(driver.asEngineUser(registrar, () -> filters.list(dueSoon)))
                .extracting(t -> ((org.camunda.bpm.engine.task.Task) t).getId()).contains(after.getId());
        // and the oversight API lists the school's reminders
        com.fasterxml.jackson.databind.JsonNode detail = driver.api("changchun-bureau")
                .getForEntity("/api/oversight/schools/" + school.code(), com.fasterxml.jackson.databind.JsonNode.class)
                .getBody();
        List<String> subjects = new ArrayList<>();
        detail.get("reminders").forEach(r -> subjects.add(r.get("caseKey").asText() + " " + r.get("subject").asText()));
        Assertions.assertThat(subjects).contains(instance.getBusinessKey() + " 月报表即将到期");
    }

    @Test
    void reportSentBackByThePrincipalAndReturnedByTheCityIsCorrectedAndResubmitted() {
        DemoSchool school = Demo.NONGAN;
        EngineClock.set("2024-07-01T09:00");
        ProcessInstance instance = process.openSchoolMonth(school.code(), YearMonth.of(2024, 7));
        EngineClock.set("2024-07-15T09:00");
        prepare(instance, school);
        Assertions.assertThatThrownBy(() -> driver.complete(instance, MonthlyReportContract.TASK_SIGN,
                        group(school, SchoolRole.PRINCIPAL), Map.of(Vars.SIGN_DECISION, MonthlyReportContract.REDO)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("原因");
        driver.complete(instance, MonthlyReportContract.TASK_SIGN, group(school, SchoolRole.PRINCIPAL),
                Map.of(Vars.SIGN_DECISION, MonthlyReportContract.REDO, Vars.SIGN_NOTE, "请先办结本月的转学"));
        assertThat(instance).isWaitingAt(MonthlyReportContract.TASK_PREPARE);
        prepare(instance, school);
        sign(instance, school);

        // a county school files with the city bureau above its county (长春市)
        Assertions.assertThatThrownBy(() -> driver.complete(instance, MonthlyReportContract.TASK_REVIEW,
                        GroupIds.bureauReviewer("220100"), Map.of(Vars.REVIEW_DECISION, MonthlyReportContract.RETURN)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("更正");
        driver.complete(instance, MonthlyReportContract.TASK_REVIEW, GroupIds.bureauReviewer("220100"),
                Map.of(Vars.REVIEW_DECISION, MonthlyReportContract.RETURN, Vars.REVIEW_NOTE, "缺少校长签字"));
        assertThat(instance).hasPassed(MonthlyReportContract.TASK_RECORD_RETURN)
                .isWaitingAt(MonthlyReportContract.TASK_PREPARE).variables()
                .containsEntry(Vars.RETURN_REASON, "缺少校长签字").containsEntry(Vars.SUBMITTED, false);
        MonthlyReportService.Report returned = service.report(instance.getBusinessKey());
        Assertions.assertThat(returned.status()).isEqualTo("RETURNED");
        Assertions.assertThat(returned.returnedCount()).isEqualTo(1);

        prepare(instance, school);
        sign(instance, school);
        accept(instance, "220100");
        assertThat(instance).isEnded().hasPassed(MonthlyReportContract.END_ACCEPTED);
        Assertions.assertThat(audit.forSubject("monthly_report", instance.getBusinessKey()))
                .extracting(AuditTrail.AuditRecord::action)
                .containsSubsequence("MONTHLY_REPORT_GENERATED", "MONTHLY_REPORT_GENERATED", "MONTHLY_REPORT_SIGNED",
                        "MONTHLY_REPORT_SUBMITTED", "MONTHLY_REPORT_RETURNED", "MONTHLY_REPORT_GENERATED",
                        "MONTHLY_REPORT_SUBMITTED", "MONTHLY_REPORT_ACCEPTED");
    }

    @Test
    void lateMonthIsRecordedAgainstTheSchoolAndEscalatedToTheCityThenTheProvince() {
        DemoSchool school = Demo.YANJI;
        EngineClock.set("2024-08-01T09:00");
        ProcessInstance instance = process.openSchoolMonth(school.code(), YearMonth.of(2024, 8));
        driver.fireTimer(driver.timer(instance, MonthlyReportContract.TIMER_REMINDER));
        Job monthEnd = driver.timer(instance, MonthlyReportContract.TIMER_MONTH_END);
        Assertions.assertThat(monthEnd.getDuedate()).isEqualTo(EngineClock.endOf(LocalDate.of(2024, 8, 31)));
        driver.fireTimer(monthEnd);

        // R-MON-3: late, with the step it waits at and the person responsible
        assertThat(instance).hasPassed(MonthlyReportContract.TASK_RECORD_LATE)
                .isWaitingAt(MonthlyReportContract.TASK_PREPARE, MonthlyReportContract.TASK_URGE_BY_CITY,
                        MonthlyReportContract.TIMER_PROVINCE);
        MonthlyReportService.Report late = service.report(instance.getBusinessKey());
        Assertions.assertThat(late.late()).isTrue();
        Assertions.assertThat(late.lateStep()).isEqualTo("学籍管理员编制月报表");
        Assertions.assertThat(late.responsibleUsers()).contains(Demo.user(school, SchoolRole.REGISTRAR));
        Assertions.assertThat(driver.task(instance, MonthlyReportContract.TASK_PREPARE).getDescription())
                .as("the school's task says it is late").contains("已逾期", "R-MON-3");
        Assertions.assertThat(audit.forSubject("school", school.code())).anySatisfy(a -> {
            Assertions.assertThat(a.action()).isEqualTo("MONTHLY_REPORT_LATE");
            Assertions.assertThat(a.details()).contains("R-MON-3", Demo.user(school, SchoolRole.REGISTRAR));
        });
        // 延吉市 is a county-level school under 延边州: the prefecture bureau chases it
        Assertions.assertThatThrownBy(() -> driver.complete(instance, MonthlyReportContract.TASK_URGE_BY_CITY,
                        GroupIds.bureauReviewer("222400"), Map.of()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-MON-3");
        driver.complete(instance, MonthlyReportContract.TASK_URGE_BY_CITY, GroupIds.bureauReviewer("222400"),
                Map.of(Vars.URGE_NOTE, "9月2日电话督促学籍管理员"));

        // still missing five working days after the month's last day: the province supervises
        Job province = driver.timer(instance, MonthlyReportContract.TIMER_PROVINCE);
        LocalDate lastDay = calendar.addWorkingDays(LocalDate.of(2024, 8, 31), 5, school.code());
        Assertions.assertThat(lastDay).isEqualTo(LocalDate.of(2024, 9, 6));
        Assertions.assertThat(province.getDuedate()).isEqualTo(EngineClock.endOf(lastDay));
        driver.fireTimer(province);
        assertThat(instance).hasPassed(MonthlyReportContract.TASK_RECORD_PROVINCE)
                .isWaitingAt(MonthlyReportContract.TASK_PREPARE, MonthlyReportContract.TASK_SUPERVISE_BY_PROVINCE);
        Assertions.assertThat(service.report(instance.getBusinessKey()).provinceEscalatedAt()).isNotNull();
        Assertions.assertThat(process.overdueTasks(List.of(school.code()))).extracting(MonthlyReportProcess.OverdueTask::name)
                .anySatisfy(n -> Assertions.assertThat(n).startsWith("学籍管理员编制月报表"));

        // the school files at last; the acceptance ends the open supervision
        prepare(instance, school);
        sign(instance, school);
        driver.complete(instance, MonthlyReportContract.TASK_REVIEW, GroupIds.bureauReviewer("222400"),
                Map.of(Vars.REVIEW_DECISION, MonthlyReportContract.ACCEPT));
        assertThat(instance).isEnded().hasPassed(MonthlyReportContract.END_ACCEPTED);
        Assertions.assertThat(service.report(instance.getBusinessKey()).late()).as("stays on record").isTrue();
    }

    @Test
    void reportSubmittedAfterMonthEndStopsTheProvinceEscalation() {
        DemoSchool school = Demo.PROVINCE_SCHOOL;
        EngineClock.set("2024-10-08T09:00");
        ProcessInstance instance = process.openSchoolMonth(school.code(), YearMonth.of(2024, 10));
        driver.fireTimer(driver.timer(instance, MonthlyReportContract.TIMER_REMINDER));
        driver.fireTimer(driver.timer(instance, MonthlyReportContract.TIMER_MONTH_END));
        prepare(instance, school);
        MonthlyReportService.Report late = service.report(instance.getBusinessKey());
        Assertions.assertThat(late.late()).isTrue();
        sign(instance, school);
        driver.fireTimer(driver.timer(instance, MonthlyReportContract.TIMER_PROVINCE));
        assertThat(instance).hasPassed("EndEvent_SubmittedAfterUrging")
                .hasNotPassed(MonthlyReportContract.TASK_RECORD_PROVINCE)
                .isWaitingAt(MonthlyReportContract.TASK_REVIEW, MonthlyReportContract.TASK_URGE_BY_CITY);
        // a province-run school files with the province itself
        accept(instance, "220000");
        assertThat(instance).isEnded();
    }

    @Test
    void timerOnTheFirstOfTheMonthOpensOneCasePerOpenSchoolOnce() {
        EngineClock.set("2024-11-01T01:00");
        Job start = management.createJobQuery().processDefinitionKey(MonthlyReportContract.PROCESS_KEY).timers()
                .activityId(MonthlyReportContract.START_MONTH).singleResult();
        Assertions.assertThat(start).as("the timer start event's job").isNotNull();
        driver.execute(start);
        List<ProcessInstance> cases = runtime.createProcessInstanceQuery()
                .processDefinitionKey(MonthlyReportContract.PROCESS_KEY).processInstanceBusinessKeyLike("MON-%-2024-11")
                .list();
        Assertions.assertThat(cases).extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrderElementsOf(service.openSchools().stream().map(s -> "MON-" + s + "-2024-11").toList());
        cases.forEach(c -> assertThat(c).isWaitingAt(MonthlyReportContract.TASK_PREPARE));
        Assertions.assertThat(process.openMonth(YearMonth.of(2024, 11))).as("idempotent").isEmpty();
        Assertions.assertThatThrownBy(() -> process.openSchoolMonth(Demo.YONGJI.code(), YearMonth.of(2024, 11)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已经开始办理")
                .extracting(e -> ((RuleViolation) e).ruleId()).isEqualTo("R-MON-1");
        Job next = management.createJobQuery().processDefinitionKey(MonthlyReportContract.PROCESS_KEY).timers()
                .activityId(MonthlyReportContract.START_MONTH).singleResult();
        Assertions.assertThat(next.getDuedate()).isEqualTo(EngineClock.at(java.time.LocalDateTime.of(2024, 12, 1, 1, 0)));
    }
}
