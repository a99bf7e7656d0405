package cn.jledu.studentstatus.transfer;

import static cn.jledu.studentstatus.transfer.TransferContract.Vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.RegistrationFilingList;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.BureauLevel;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.School;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.registrationfiling.RegistrationFilingService;
import cn.jledu.studentstatus.student.Gender;
import cn.jledu.studentstatus.student.IdNumber;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.Intake;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.EducationCategory;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import cn.jledu.studentstatus.student.StudentProcedure;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.transfer.TransferContract.Ground;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 转学 (R-TRF-1…6, R-CHG-1, R-REG-7, 第十三条、第十四条): every path through processes/transfer.bpmn (both halves):
 * same county, across counties, across cities, province-run to county-run; each refusal on each side; the
 * flexible-learning exception; the term-start timer; the certificates (text extracted), the national port, the
 * filing lists' remarks; the eligibility rules with a refusal and a boundary case each; PROC-1 against a suspension.
 */
@IntegrationTest
class TransferProcessTest {

    /** A second school in 农安县 (same county as 农安县职业教育中心), and one in 榆树市 (another county of 长春市). */
    static final String NONGAN_2 = "2201220902";
    static final String YUSHU = "2201820901";
    static final String MAJOR = "710201";
    static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400));

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessDriver driver;
    @Autowired
    TransferProcess transfers;
    @Autowired
    TransferService service;
    @Autowired
    TransferEligibility eligibility;
    @Autowired
    StudentRecords records;
    @Autowired
    StudentRepository students;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    Archive archive;
    @Autowired
    OutboxNationalRegistry outbox;
    @Autowired
    DocumentStore documents;
    @Autowired
    RegistrationFilingService filings;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        if (organisation.school(NONGAN_2).isEmpty()) {
            organisation.insertSchool(new School(NONGAN_2, "农安县第二职业高级中学", BureauLevel.COUNTY, "220122", true));
            organisation.approveMajor(NONGAN_2, MAJOR, LocalDate.of(2021, 7, 1), "测试批文");
            organisation.insertClass(NONGAN_2, MAJOR, "2025级计算机应用1班", 2025, null);
        }
        if (organisation.school(YUSHU).isEmpty()) {
            organisation.insertSchool(new School(YUSHU, "榆树市职业教育中心", BureauLevel.COUNTY, "220182", true));
            organisation.approveMajor(YUSHU, MAJOR, LocalDate.of(2021, 7, 1), "测试批文");
        }
        EngineClock.set("2026-03-10T10:00");
    }

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    // ---- the paths ----

    @Test
    void sameCountyTransferIsReviewedByTheCountyTwiceAndMovesTheStudentAtTheNextTermStart() {
        Student s = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        long classId = organisation.classes(NONGAN_2).get(0).id();
        ProcessInstance out = transfers.apply(application(s, NONGAN_2, classId));
        String caseKey = out.getBusinessKey();
        assertThat(out).isWaitingAt(TransferContract.TASK_APPROVE_OUT);
        assertThat(driver.task(out).getName()).isEqualTo("转出学校审批转学：" + s.name());
        assertThat((String) runtime.getVariable(out.getId(), Vars.ELIGIBILITY)).contains("R-TRF-2", "R-MAJ-1", "R-TRF-6");

        ProcessInstance in = approveOutHalf(out, s, Demo.NONGAN.code(), "220122");
        assertThat(in.getBusinessKey()).isEqualTo(caseKey);
        assertThat(out).isWaitingAt(TransferContract.TASK_AWAIT_IN);
        assertThat(driver.task(in).getName()).isEqualTo("转入学校审批转学：" + s.name());
        approveInHalf(in, NONGAN_2, "220122");

        // R-TRF-6, R-REG-7: approved on 2026-03-10, effective at the in-school's next term start
        assertThat(in).isWaitingAt(TransferContract.TIMER_TERM_START);
        Job timer = driver.timer(in, TransferContract.TIMER_TERM_START);
        assertThat(timer.getDuedate()).isEqualTo(EngineClock.at(LocalDate.of(2026, 9, 1).atStartOfDay()));
        assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
        driver.fireTimer(timer);

        assertThat(in).isEnded().hasPassed(TransferContract.TASK_MOVE, TransferContract.END_TRANSFERRED_IN);
        assertThat(out).isEnded().hasPassed(TransferContract.END_TRANSFERRED_OUT);
        assertThat(records.runningProcedure(s.id())).isEmpty();
        Student old = students.find(s.id()).orElseThrow();
        assertThat(old.status()).isEqualTo(StudentStatus.TRANSFERRED_OUT);
        TransferCase c = service.get(caseKey);
        Student moved = students.find(c.newStudentId()).orElseThrow();
        assertThat(moved.status()).isEqualTo(StudentStatus.ENROLLED);
        assertThat(moved.schoolCode()).isEqualTo(NONGAN_2);
        assertThat(moved.classId()).isEqualTo(classId);
        assertThat(moved.majorCode()).isEqualTo(MAJOR);
        assertThat(moved.studentNumber()).as("R-REG-8: the 学籍号 is lifelong, a transfer keeps it").isEqualTo(s.studentNumber());
        assertThat(students.history(s.id())).last().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(StatusChangeKind.TRANSFER_OUT);
            assertThat(h.effectiveDate()).isEqualTo(LocalDate.of(2026, 9, 1));
            assertThat(h.approvals()).extracting(a -> a.authority()).contains("农安县职业教育中心", "农安县教育局");
        });
        assertThat(students.history(moved.id())).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(StatusChangeKind.TRANSFER_IN);
            assertThat(h.caseKey()).isEqualTo(caseKey);
            assertThat(h.details()).contains(s.studentNumber());
        });
        assertThat(archive.personalArchive(s.id())).extracting(e -> e.title()).contains("转出证明", "转出");
        assertThat(archive.personalArchive(moved.id())).extracting(e -> e.title()).contains("转入");

        // R-MON-2: both halves reached the national port in the month they were approved (March)
        assertThat(outbox.forStudent(s.id())).extracting(e -> e.caseKey()).contains(caseKey + "-OUT", caseKey + "-IN");
        assertThat(outbox.forStudent(s.id())).allSatisfy(e -> assertThat(e.createdAt().getMonthValue()).isEqualTo(3));

        // 转学证明 for each side
        String outText = ProcessDriver.flat(ProcessDriver.pdfText(documents.load(c.outCertificateId()).content()));
        assertThat(outText).contains("农安县职业教育中心", "转出证明", s.name(), s.studentNumber(), "农安县第二职业高级中学",
                "农安县教育局", "第十四条", "存根");
        String inText = ProcessDriver.flat(ProcessDriver.pdfText(documents.load(c.inCertificateId()).content()));
        assertThat(inText).contains("转入证明", "2026-09-01", "准予转入", s.name());

        // R-TRF-4: both filing lists of the 2025 autumn intake note the transfer in the remarks column
        Intake intake = new Intake(2025, Season.AUTUMN);
        RegistrationFilingList outList = filings.model(Demo.NONGAN.code(), intake);
        assertThat(outList.rows()).filteredOn(r -> r.studentNumber().equals(s.studentNumber())).singleElement()
                .satisfies(r -> assertThat(r.remarks()).contains("转出至农安县第二职业高级中学", caseKey));
        RegistrationFilingList inList = filings.model(NONGAN_2, intake);
        assertThat(inList.rows()).filteredOn(r -> r.studentNumber().equals(moved.studentNumber())).singleElement()
                .satisfies(r -> assertThat(r.remarks()).contains("自农安县职业教育中心转入", caseKey));
    }

    @Test
    void acrossCountiesEachSchoolIsReviewedByItsOwnCountyBureau() {
        Student s = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, YUSHU, null));
        ProcessInstance in = approveOutHalf(out, s, Demo.NONGAN.code(), "220122");
        approveInHalf(in, YUSHU, "220182");
        driver.fireTimer(driver.timer(in, TransferContract.TIMER_TERM_START));
        assertThat(out).isEnded().hasPassed(TransferContract.END_TRANSFERRED_OUT);
        assertThat(students.find(service.get(out.getBusinessKey()).newStudentId()).orElseThrow().schoolCode())
                .isEqualTo(YUSHU);
    }

    @Test
    void acrossCitiesEachSchoolIsReviewedByItsOwnBureau() {
        Student s = student(Demo.YONGJI, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, Demo.YANJI.code(), "740201", null));
        ProcessInstance in = approveOutHalf(out, s, Demo.YONGJI.code(), "220221");
        approveInHalf(in, Demo.YANJI.code(), "222401");
        driver.fireTimer(driver.timer(in, TransferContract.TIMER_TERM_START));
        assertThat(in).isEnded().hasPassed(TransferContract.END_TRANSFERRED_IN);
        assertThat(students.find(s.id()).orElseThrow().status()).isEqualTo(StudentStatus.TRANSFERRED_OUT);
    }

    @Test
    void provinceRunToCountyRunGoesToTheProvinceThenTheCounty() {
        Student s = student(Demo.PROVINCE_SCHOOL, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, Demo.YONGJI.code(), "700206", null));
        ProcessInstance in = approveOutHalf(out, s, Demo.PROVINCE_SCHOOL.code(), "220000");
        approveInHalf(in, Demo.YONGJI.code(), "220221");
        driver.fireTimer(driver.timer(in, TransferContract.TIMER_TERM_START));
        Student moved = students.find(service.get(out.getBusinessKey()).newStudentId()).orElseThrow();
        assertThat(moved.schoolCode()).isEqualTo(Demo.YONGJI.code());
        assertThat(students.history(moved.id()).get(0).approvals()).extracting(a -> a.authority())
                .contains("永吉县教育局");
    }

    // ---- R-TRF-4: both schools and both bureaus read the case's papers and one history, nobody else ----

    @Test
    void rTrf4TheCasesPapersAreReadByBothSchoolsAndBothBureausAndAThirdSchoolGetsNotFound() {
        Student s = student(Demo.YONGJI, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, Demo.YANJI.code(), "740201", null));
        approveOutHalf(out, s, Demo.YONGJI.code(), "220221");
        TransferCase c = service.get(out.getBusinessKey());
        for (Long documentId : List.of(c.outCertificateId(), c.applicationDocumentId())) {
            assertThat(documents.load(documentId).schoolCode()).isEqualTo(Demo.YONGJI.code());
            for (String user : List.of("yongji-registrar", "yongji-bureau", "jilincity-bureau", "yanji-registrar",
                    "yanji-principal", "yanji-bureau", "yanbian-bureau", "admin")) {
                assertThat(driver.api(user).getForEntity("/api/documents/" + documentId, byte[].class).getStatusCode())
                        .as(user + " reads document " + documentId).isEqualTo(HttpStatus.OK);
            }
            for (String user : List.of("nongan-registrar", "nongan-bureau", "changchun-bureau", "cc1-registrar")) {
                ResponseEntity<JsonNode> refused = driver.api(user).getForEntity("/api/documents/" + documentId,
                        JsonNode.class);
                assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
                assertThat(refused.getBody().get("detail").asText()).as("the same answer as for a missing document")
                        .isEqualTo("未找到该记录，或您无权查看该记录。");
            }
        }
        ResponseEntity<JsonNode> missing = driver.api("nongan-registrar").getForEntity("/api/documents/987654321",
                JsonNode.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("detail").asText()).isEqualTo("未找到该记录，或您无权查看该记录。");
    }

    @Test
    void rTrf4OneHistoryAcrossBothRecordsEachReaderSeeingWhatItIsEntitledTo() {
        Student s = student(Demo.YONGJI, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, Demo.YANJI.code(), "740201", null));
        ProcessInstance in = approveOutHalf(out, s, Demo.YONGJI.code(), "220221");
        approveInHalf(in, Demo.YANJI.code(), "222401");
        driver.fireTimer(driver.timer(in, TransferContract.TIMER_TERM_START));
        long newId = service.get(out.getBusinessKey()).newStudentId();

        // the in-school and its bureaus: the whole history, both records, from either record's id
        for (String user : List.of("yanji-registrar", "yanji-bureau", "yanbian-bureau", "admin")) {
            for (long id : List.of(s.id(), newId)) {
                JsonNode history = history(user, id);
                assertThat(history.get("records")).as(user).hasSize(2);
                assertThat(history.get("records").get(0).get("studentId").asLong()).isEqualTo(s.id());
                assertThat(history.get("records").get(0).get("statusHistory").toString()).contains("TRANSFER_OUT");
                assertThat(history.get("records").get(1).get("studentId").asLong()).isEqualTo(newId);
                assertThat(history.get("records").get(1).get("schoolName").asText()).isEqualTo("延吉市职业技术学校");
                assertThat(history.get("records").get(1).get("statusHistory").toString()).contains("TRANSFER_IN");
                assertThat(history.get("continuation").isNull()).isTrue();
            }
        }
        // the out-school and its bureaus: their record up to the transfer and the fact of the transfer
        for (String user : List.of("yongji-registrar", "yongji-bureau", "jilincity-bureau")) {
            for (long id : List.of(s.id(), newId)) {
                JsonNode history = history(user, id);
                assertThat(history.get("records")).as(user).hasSize(1);
                assertThat(history.get("records").get(0).get("studentId").asLong()).isEqualTo(s.id());
                assertThat(history.get("continuation").asText()).contains("转出至延吉市职业技术学校", out.getBusinessKey());
                assertThat(history.get("records").toString()).as("nothing of the in-school's record")
                        .doesNotContain("\"studentId\":" + newId + ",").doesNotContain("延吉市职业技术学校\",\"status");
            }
        }
        // anybody else
        for (String user : List.of("nongan-registrar", "changchun-bureau")) {
            assertThat(driver.api(user).getForEntity("/api/students/" + newId + "/history", JsonNode.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    JsonNode history(String user, long studentId) {
        ResponseEntity<JsonNode> response = driver.api(user).getForEntity("/api/students/" + studentId + "/history",
                JsonNode.class);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    // ---- R-TRF-5: a joint programme's batch ----

    @Test
    void rTrf5AJointProgrammesBatchIsReviewedOncePerLevelAndSideAndMovesEveryStudent() {
        List<Student> batch = List.of(student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED),
                student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED),
                student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED));
        ProcessInstance out = transfers.applyBatch(new TransferService.BatchApplication(
                batch.stream().map(Student::id).toList(), YUSHU, MAJOR, null, "农安—榆树中职联合办学协议（2025）",
                "批量转学申请.pdf", scan()));
        String batchKey = out.getBusinessKey();
        assertThat(batchKey).startsWith("TRB-" + Demo.NONGAN.code());
        assertThat(driver.task(out).getName()).isEqualTo("转出学校审批转学：联合办学批量转学（3人）");
        String summary = (String) runtime.getVariable(out.getId(), Vars.CASE_SUMMARY);
        batch.forEach(s -> assertThat(summary).contains(s.name(), s.studentNumber()));
        assertThat(batch).allSatisfy(s -> assertThat(records.runningProcedure(s.id())).isPresent());

        ProcessInstance in = approveOutHalf(out, "联合办学批量转学（3人）", Demo.NONGAN.code(), "220122");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(in.getId()).count()).isEqualTo(1);
        approveInHalf(in, YUSHU, "220182");
        driver.fireTimer(driver.timer(in, TransferContract.TIMER_TERM_START));
        assertThat(out).isEnded().hasPassed(TransferContract.END_TRANSFERRED_OUT);
        List<TransferCase> cases = service.casesOf(batchKey);
        assertThat(cases).hasSize(3).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(TransferCase.State.DONE);
            assertThat(students.find(c.studentId()).orElseThrow().status()).isEqualTo(StudentStatus.TRANSFERRED_OUT);
            assertThat(students.find(c.newStudentId()).orElseThrow().schoolCode()).isEqualTo(YUSHU);
            assertThat(records.runningProcedure(c.studentId())).isEmpty();
            assertThat(c.outCertificateId()).isNotNull();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void rTrf5AReviewerRefusesOneStudentOfTheBatchWithAReasonAndTheRestAreTransferred() {
        List<Student> batch = List.of(student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED),
                student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED),
                student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED));
        ProcessInstance out = transfers.applyBatch(new TransferService.BatchApplication(
                batch.stream().map(Student::id).toList(), YUSHU, MAJOR, null, "农安—榆树中职联合办学协议（2025）",
                "批量转学申请.pdf", scan()));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) engine.getTaskService()
                .getVariableLocal(driver.task(out).getId(), Vars.BATCH_STUDENTS);
        assertThat(rows).as("R-TRF-5: the form's table lists every student").hasSize(3);
        assertThat(rows).extracting(r -> r.get("studentNumber")).containsExactlyElementsOf(
                batch.stream().map(Student::studentNumber).toList());
        Student refused = batch.get(1);
        String principal = GroupIds.school(Demo.NONGAN.code(), SchoolRole.PRINCIPAL);
        assertThatThrownBy(() -> driver.complete(out, TransferContract.TASK_APPROVE_OUT, principal, Map.of(
                Vars.OUT_SCHOOL_DECISION, "APPROVE", Vars.OUT_SCHOOL_REASON, "同意", Vars.BATCH_REFUSALS, "Z000：不对")))
                .hasMessageContaining("没有学籍号");
        assertThatThrownBy(() -> driver.complete(out, TransferContract.TASK_APPROVE_OUT, principal, Map.of(
                Vars.OUT_SCHOOL_DECISION, "APPROVE", Vars.OUT_SCHOOL_REASON, "同意", Vars.BATCH_REFUSALS,
                refused.studentNumber()))).as("R-TRF-5: a refusal needs its reason").hasMessageContaining("理由");
        driver.complete(out, TransferContract.TASK_APPROVE_OUT, principal, Map.of(Vars.OUT_SCHOOL_DECISION, "APPROVE",
                Vars.OUT_SCHOOL_REASON, "同意其余学生转出", Vars.BATCH_REFUSALS,
                refused.studentNumber() + "：该生本人撤回申请"));

        TransferCase refusedCase = service.ofStudent(refused.id()).get(0);
        assertThat(refusedCase.state()).isEqualTo(TransferCase.State.REFUSED);
        assertThat(refusedCase.refusedBy()).isEqualTo("转出学校");
        assertThat(refusedCase.refusalReason()).isEqualTo("该生本人撤回申请");
        assertThat(records.runningProcedure(refused.id())).as("the refused student is free again").isEmpty();
        assertThat(archive.personalArchive(refused.id())).anySatisfy(e -> {
            assertThat(e.title()).isEqualTo("转学申请未获批准");
            assertThat(e.content()).contains("该生本人撤回申请");
        });
        List<Map<String, Object>> next = (List<Map<String, Object>>) engine.getTaskService()
                .getVariableLocal(driver.task(out).getId(), Vars.BATCH_STUDENTS);
        assertThat(next).extracting(r -> r.get("studentNumber")).containsExactly(batch.get(0).studentNumber(),
                batch.get(2).studentNumber());
        assertThat((String) runtime.getVariable(out.getId(), Vars.CASE_SUMMARY)).doesNotContain(refused.studentNumber());

        driver.complete(out, TransferContract.TASK_REVIEW_OUT, GroupIds.bureauReviewer("220122"),
                Map.of(Vars.OUT_BUREAU_DECISION, "APPROVE", Vars.OUT_BUREAU_REASON, "审核通过"));
        ProcessInstance in = runtime.createProcessInstanceQuery().processDefinitionKey(TransferContract.IN_PROCESS_KEY)
                .processInstanceBusinessKey(out.getBusinessKey()).singleResult();
        assertThat((String) runtime.getVariable(in.getId(), Vars.CASE_SUMMARY)).doesNotContain(refused.studentNumber());
        approveInHalf(in, YUSHU, "220182");
        driver.fireTimer(driver.timer(in, TransferContract.TIMER_TERM_START));
        assertThat(out).isEnded().hasPassed(TransferContract.END_TRANSFERRED_OUT);

        Student stayed = students.find(refused.id()).orElseThrow();
        assertThat(stayed.status()).isEqualTo(StudentStatus.ENROLLED);
        assertThat(stayed.schoolCode()).isEqualTo(Demo.NONGAN.code());
        assertThat(students.history(refused.id())).noneMatch(h -> h.kind() == StatusChangeKind.TRANSFER_OUT);
        assertThat(service.ofStudent(refused.id())).singleElement()
                .satisfies(c -> assertThat(c.state()).isEqualTo(TransferCase.State.REFUSED));
        for (Student moved : List.of(batch.get(0), batch.get(2))) {
            TransferCase c = service.ofStudent(moved.id()).get(0);
            assertThat(c.state()).isEqualTo(TransferCase.State.DONE);
            assertThat(students.find(c.newStudentId()).orElseThrow().schoolCode()).isEqualTo(YUSHU);
        }
    }

    @Test
    void rTrf5ABatchIsRefusedWholeWhenOneStudentIsNotEligible() {
        Student ok = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        Student suspended = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.SUSPENDED);
        assertRule(() -> transfers.applyBatch(new TransferService.BatchApplication(List.of(ok.id(), suspended.id()),
                YUSHU, MAJOR, null, "联合办学", "批量转学申请.pdf", scan())), "R-TRF-2", suspended.name());
        assertThat(records.runningProcedure(ok.id())).isEmpty();
        assertThat(service.ofStudent(ok.id())).isEmpty();
    }

    // ---- refusals: each side, each level ----

    @Test
    void outSchoolRefusesAndTheStudentStaysEnrolled() {
        Student s = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, NONGAN_2, null));
        assertThatThrownBy(() -> driver.complete(out, TransferContract.TASK_APPROVE_OUT,
                GroupIds.school(Demo.NONGAN.code(), SchoolRole.PRINCIPAL), Map.of(Vars.OUT_SCHOOL_DECISION, "REFUSE")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("理由");
        driver.complete(out, TransferContract.TASK_APPROVE_OUT, GroupIds.school(Demo.NONGAN.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.OUT_SCHOOL_DECISION, "REFUSE", Vars.OUT_SCHOOL_REASON, "该生本学期课程尚未结束"));
        assertRefused(out, s, "转出学校", "该生本学期课程尚未结束");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(out.getBusinessKey()).count()).isZero();
    }

    @Test
    void outBureauRefusesAndTheStudentStaysEnrolled() {
        Student s = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, NONGAN_2, null));
        driver.complete(out, TransferContract.TASK_APPROVE_OUT, GroupIds.school(Demo.NONGAN.code(), SchoolRole.PRINCIPAL),
                Map.of(Vars.OUT_SCHOOL_DECISION, "APPROVE", Vars.OUT_SCHOOL_REASON, "同意"));
        driver.complete(out, TransferContract.TASK_REVIEW_OUT, GroupIds.bureauReviewer("220122"),
                Map.of(Vars.OUT_BUREAU_DECISION, "REFUSE", Vars.OUT_BUREAU_REASON, "申请表缺少监护人签字"));
        assertRefused(out, s, "转出学校主管教育行政部门", "申请表缺少监护人签字");
        assertThat(outbox.forStudent(s.id())).isEmpty();
    }

    @Test
    void inSchoolRefusesAndTheOutHalfEndsRefused() {
        Student s = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, NONGAN_2, null));
        ProcessInstance in = approveOutHalf(out, s, Demo.NONGAN.code(), "220122");
        driver.complete(in, TransferContract.TASK_APPROVE_IN, GroupIds.school(NONGAN_2, SchoolRole.PRINCIPAL),
                Map.of(Vars.IN_SCHOOL_DECISION, "REFUSE", Vars.IN_SCHOOL_REASON, "该专业本年级已满员"));
        assertThat(in).isEnded().hasPassed(TransferContract.TASK_ANSWER_REFUSAL, TransferContract.END_IN_REFUSED);
        assertRefused(out, s, "转入学校", "该专业本年级已满员");
        // the out-half had reached the national port: it is withdrawn there
        assertThat(outbox.forStudent(s.id())).extracting(e -> e.caseKey())
                .contains(out.getBusinessKey() + "-OUT", out.getBusinessKey() + "-OUT-WITHDRAWN");
    }

    @Test
    void inBureauRefusesAndTheOutHalfEndsRefused() {
        Student s = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, YUSHU, null));
        ProcessInstance in = approveOutHalf(out, s, Demo.NONGAN.code(), "220122");
        driver.complete(in, TransferContract.TASK_APPROVE_IN, GroupIds.school(YUSHU, SchoolRole.PRINCIPAL),
                Map.of(Vars.IN_SCHOOL_DECISION, "APPROVE", Vars.IN_SCHOOL_REASON, "同意"));
        driver.complete(in, TransferContract.TASK_REVIEW_IN, GroupIds.bureauReviewer("220182"),
                Map.of(Vars.IN_BUREAU_DECISION, "REFUSE", Vars.IN_BUREAU_REASON, "转入材料不全"));
        assertThat(in).isEnded().hasPassed(TransferContract.END_IN_REFUSED);
        assertRefused(out, s, "转入学校主管教育行政部门", "转入材料不全");
    }

    // ---- R-CHG-1: flexible learning ----

    @Test
    void flexibleLearningStudentNeedsTheBureausExceptionAndIsRefusedWithoutIt() {
        Student s = student(Demo.NONGAN, LearningForm.FLEXIBLE, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, NONGAN_2, null));
        assertThat(out).isWaitingAt(TransferContract.TASK_GRANT_EXCEPTION);
        assertThat((String) runtime.getVariable(out.getId(), Vars.ELIGIBILITY)).contains("R-CHG-1");
        driver.complete(out, TransferContract.TASK_GRANT_EXCEPTION, GroupIds.bureauReviewer("220122"),
                Map.of(Vars.EXCEPTION_DECISION, "REFUSE", Vars.EXCEPTION_REASON, "弹性学习学生不予转学"));
        assertRefused(out, s, "弹性学习例外", "弹性学习学生不予转学");
    }

    @Test
    void flexibleLearningStudentWithTheBureausExceptionIsTransferredAndTheExceptionIsRecorded() {
        Student s = student(Demo.NONGAN, LearningForm.FLEXIBLE, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, NONGAN_2, null));
        driver.complete(out, TransferContract.TASK_GRANT_EXCEPTION, GroupIds.bureauReviewer("220122"),
                Map.of(Vars.EXCEPTION_DECISION, "GRANT", Vars.EXCEPTION_REASON, "家庭整体搬迁，确需转学"));
        ProcessInstance in = approveOutHalf(out, s, Demo.NONGAN.code(), "220122");
        approveInHalf(in, NONGAN_2, "220122");
        driver.fireTimer(driver.timer(in, TransferContract.TIMER_TERM_START));
        assertThat(students.history(s.id())).last().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(StatusChangeKind.TRANSFER_OUT);
            assertThat(h.details()).contains("R-CHG-1", "家庭整体搬迁");
        });
    }

    // ---- eligibility, before any human sees the request: a refusal and a boundary case per rule ----

    @Test
    void rTrf2NoTransferInTheFirstSemesterButFromTheFirstDayOfTheSecond() {
        Student s = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        EngineClock.set("2026-02-28T10:00"); // winter holiday: still the first semester (ended 2026-01-20)
        assertRule(() -> transfers.apply(application(s, NONGAN_2, null)), "R-TRF-2", "未满一学期");
        assertThat(records.runningProcedure(s.id())).isEmpty();
        EngineClock.set("2026-03-01T08:00"); // the first day of the second semester
        ProcessInstance out = transfers.apply(application(s, NONGAN_2, null));
        assertThat(out).isWaitingAt(TransferContract.TASK_APPROVE_OUT);
    }

    @Test
    void rTrf2NoTransferThatWouldArriveInTheGraduatingYear() {
        Student s = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        EngineClock.set("2027-03-05T10:00"); // semester 4: would take effect 2027-09-01, in year 3 (graduating)
        assertRule(() -> transfers.apply(application(s, NONGAN_2, null)), "R-TRF-2", "毕业年级");
        EngineClock.set("2027-09-05T10:00"); // in the graduating year itself
        assertRule(() -> transfers.apply(application(s, NONGAN_2, null)), "R-TRF-2", "毕业年级");
        EngineClock.set("2027-02-28T10:00"); // still semester 3 (holiday): takes effect 2027-03-01, semester 4
        assertThat(transfers.apply(application(s, NONGAN_2, null))).isWaitingAt(TransferContract.TASK_APPROVE_OUT);
    }

    @Test
    void rTrf2NoTransferWhileSuspended() {
        Student suspended = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.SUSPENDED);
        assertRule(() -> transfers.apply(application(suspended, NONGAN_2, null)), "R-TRF-2", "休学");
        Student enrolled = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        assertThat(transfers.apply(application(enrolled, NONGAN_2, null))).isNotNull();
    }

    @Test
    void rMaj1TheInSchoolMustRunTheMajor() {
        Student s = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        assertRule(() -> transfers.apply(application(s, Demo.YONGJI.code(), MAJOR, null)), "R-MAJ-1", "未经审批开设");
        assertThat(transfers.apply(application(s, Demo.CITY_SCHOOL.code(), MAJOR, null))).isNotNull();
    }

    @Test
    void rTrf3AGeneralSeniorHighStudentMustStillStudyOneAndAHalfYears() {
        // a 3-year programme of the 2025 autumn intake: from 2026-09-01 (semester 3) four semesters remain,
        // from 2027-03-01 (semester 4) three: allowed; from 2027-09-01 (semester 5) only two: refused
        eligibility.checkGeneralHighSchoolTransferIn(Demo.NONGAN.code(), 2025, false, 3, LocalDate.of(2027, 3, 1));
        assertRule(() -> {
            eligibility.checkGeneralHighSchoolTransferIn(Demo.NONGAN.code(), 2025, false, 3, LocalDate.of(2027, 9, 1));
        }, "R-TRF-3", "一年半");
    }

    // ---- R-TRF-3: a general senior-high student transferring in from outside this system ----

    @Test
    void rTrf3GeneralHighSchoolStudentIsApprovedByTheInSchoolAndItsBureauAndEnrolledAtTheNextTermStart() {
        EngineClock.set("2026-10-10T10:00"); // next term start 2027-03-01: semester 4 of the 2025 autumn cohort
        TransferService.GeneralHighSchoolApplication a = generalHighSchool("高中转入生" + SEQUENCE.incrementAndGet());
        ProcessInstance in = transfers.applyGeneralHighSchool(a);
        String caseKey = in.getBusinessKey();
        assertThat(caseKey).startsWith("TRG-" + NONGAN_2);
        assertThat(in).isWaitingAt(TransferContract.TASK_APPROVE_IN)
                .hasPassed(TransferContract.START_GENERAL_HIGH_SCHOOL);
        assertThat(driver.task(in).getName()).isEqualTo("转入学校审批转学：" + a.name());
        assertThat((String) runtime.getVariable(in.getId(), Vars.ELIGIBILITY)).contains("R-TRF-3", "3个学期", "R-MAJ-1");
        assertThat((String) runtime.getVariable(in.getId(), Vars.CASE_SUMMARY)).contains("长春市第十一高级中学", "普通高中");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TransferContract.PROCESS_KEY)
                .processInstanceBusinessKey(caseKey).count()).as("no out-half").isZero();

        approveInHalf(in, NONGAN_2, "220122");
        Job timer = driver.timer(in, TransferContract.TIMER_TERM_START);
        assertThat(timer.getDuedate()).isEqualTo(EngineClock.at(LocalDate.of(2027, 3, 1).atStartOfDay()));
        assertThat(service.get(caseKey).newStudentId()).as("R-REG-7: no record before the term start").isNull();
        driver.fireTimer(timer);

        assertThat(in).isEnded().hasPassed(TransferContract.TASK_MOVE, TransferContract.END_TRANSFERRED_IN);
        TransferCase c = service.get(caseKey);
        assertThat(c.state()).isEqualTo(TransferCase.State.DONE);
        Student created = students.find(c.newStudentId()).orElseThrow();
        assertThat(created.status()).isEqualTo(StudentStatus.ENROLLED);
        assertThat(created.schoolCode()).isEqualTo(NONGAN_2);
        assertThat(created.name()).isEqualTo(a.name());
        assertThat(created.entryYear()).isEqualTo(2025);
        assertThat(created.entrySeason()).isEqualTo(Season.AUTUMN);
        assertThat(created.studentNumber()).startsWith(NONGAN_2 + "2025");
        assertThat(students.history(created.id())).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(StatusChangeKind.TRANSFER_IN);
            assertThat(h.effectiveDate()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(h.details()).contains("R-TRF-3", "长春市第十一高级中学");
            assertThat(h.approvals()).extracting(x -> x.authority()).contains("农安县第二职业高级中学", "农安县教育局");
        });
        assertThat(archive.personalArchive(created.id())).extracting(e -> e.title()).contains("转入");
        assertThat(outbox.forStudent(created.id())).extracting(e -> e.caseKey()).contains(caseKey + "-IN");
        String inText = ProcessDriver.flat(ProcessDriver.pdfText(documents.load(c.inCertificateId()).content()));
        assertThat(inText).contains("转入证明", "长春市第十一高级中学", a.name(), "2027-03-01");
        // R-TRF-4: the in-school's filing list of the cohort notes where the student came from
        RegistrationFilingList inList = filings.model(NONGAN_2, new Intake(2025, Season.AUTUMN));
        assertThat(inList.rows()).filteredOn(r -> r.studentNumber().equals(created.studentNumber())).singleElement()
                .satisfies(r -> assertThat(r.remarks()).contains("自长春市第十一高级中学（普通高中）转入", caseKey));
    }

    @Test
    void rTrf3AtLeastThreeSemestersFromTheEffectiveTermExactlyThreeAllowedTwoRefused() {
        EngineClock.set("2027-04-10T10:00"); // next term start 2027-09-01: semester 5, only two left
        TransferService.GeneralHighSchoolApplication late = generalHighSchool("高中转入生" + SEQUENCE.incrementAndGet());
        assertRule(() -> transfers.applyGeneralHighSchool(late), "R-TRF-3", "一年半");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("TRG-%")
                .variableValueEquals(Vars.STUDENT_NAME, late.name()).count()).isZero();
        EngineClock.set("2027-02-20T10:00"); // next term start 2027-03-01: semester 4, exactly three left
        ProcessInstance in = transfers.applyGeneralHighSchool(late);
        assertThat(in).isWaitingAt(TransferContract.TASK_APPROVE_IN);
    }

    @Test
    void rTrf3TheInSchoolMayRefuseAndNoRecordIsCreated() {
        EngineClock.set("2026-10-10T10:00");
        TransferService.GeneralHighSchoolApplication a = generalHighSchool("高中转入生" + SEQUENCE.incrementAndGet());
        ProcessInstance in = transfers.applyGeneralHighSchool(a);
        driver.complete(in, TransferContract.TASK_APPROVE_IN, GroupIds.school(NONGAN_2, SchoolRole.PRINCIPAL),
                Map.of(Vars.IN_SCHOOL_DECISION, "REFUSE", Vars.IN_SCHOOL_REASON, "本专业该年级已满员"));
        assertThat(in).isEnded().hasPassed(TransferContract.TASK_ANSWER_REFUSAL, TransferContract.END_IN_REFUSED)
                .hasNotPassed(TransferContract.TASK_REVIEW_IN);
        TransferCase c = service.get(in.getBusinessKey());
        assertThat(c.state()).isEqualTo(TransferCase.State.REFUSED);
        assertThat(c.refusedBy()).isEqualTo("转入学校");
        assertThat(c.refusalReason()).isEqualTo("本专业该年级已满员");
        assertThat(c.newStudentId()).isNull();
    }

    TransferService.GeneralHighSchoolApplication generalHighSchool(String name) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(2009, 3, 1).plusDays(n % 300);
        String first17 = "220102" + birth.toString().replace("-", "") + String.format("%03d", 100 + n % 900);
        return new TransferService.GeneralHighSchoolApplication(NONGAN_2, MAJOR, null, "长春市第十一高级中学", name,
                Gender.MALE, birth, IdType.RESIDENT_ID, first17 + IdNumber.checkCharacter(first17), "汉族",
                HouseholdType.AGRICULTURAL, "吉林省农安县", "家长" + n, "13900000001", LocalDate.of(2025, 9, 1),
                LocalDate.of(2028, 7, 1), Ground.HOUSEHOLD_MOVE, "随父母迁居农安县，希望学习职业技能", "转学申请表.pdf", scan());
    }

    @Test
    void badInputIsA400AndChangesNothing() {
        Student s = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        TransferService.Application noScan = new TransferService.Application(s.id(), NONGAN_2, MAJOR, null,
                Ground.FAMILY_RELOCATION, "家庭搬迁", "家长", "申请表.pdf", null);
        assertThatThrownBy(() -> transfers.apply(noScan)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).status().value()).isEqualTo(400));
        TransferService.Application noGround = new TransferService.Application(s.id(), NONGAN_2, MAJOR, null,
                null, "家庭搬迁", "家长", "申请表.pdf", scan());
        assertRule(() -> transfers.apply(noGround), "R-TRF-1", "转学原因");
        assertRule(() -> transfers.apply(application(s, Demo.NONGAN.code(), MAJOR, null)), "R-TRF-4", "不能是转出学校");
        assertThat(records.runningProcedure(s.id())).isEmpty();
        assertThat(service.ofStudent(s.id())).isEmpty();
    }

    // ---- PROC-1 ----

    @Test
    void aTransferAndASuspensionOfTheSameStudentCannotBothProceed() {
        Student s = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        ProcessInstance out = transfers.apply(application(s, NONGAN_2, null));
        assertRule(() -> {
            records.claimProcedure(s.id(), StudentProcedure.SUSPENSION, "SUS-TEST-" + s.id());
        }, "PROC-1", "转学");

        Student other = student(Demo.NONGAN, LearningForm.FULL_TIME, StudentStatus.ENROLLED);
        records.claimProcedure(other.id(), StudentProcedure.SUSPENSION, "SUS-TEST-" + other.id());
        assertRule(() -> transfers.apply(application(other, NONGAN_2, null)), "PROC-1", "休学");
        assertThat(service.ofStudent(other.id())).isEmpty();
        records.releaseProcedure("SUS-TEST-" + other.id());
        assertThat(out).isWaitingAt(TransferContract.TASK_APPROVE_OUT);
    }

    // ---- helpers ----

    /** Out-school principal and its supervising bureau approve; returns the in-half the message started. */
    ProcessInstance approveOutHalf(ProcessInstance out, Student s, String outSchool, String outBureau) {
        return approveOutHalf(out, s.name(), outSchool, outBureau);
    }

    ProcessInstance approveOutHalf(ProcessInstance out, String shownName, String outSchool, String outBureau) {
        driver.complete(out, TransferContract.TASK_APPROVE_OUT, GroupIds.school(outSchool, SchoolRole.PRINCIPAL),
                Map.of(Vars.OUT_SCHOOL_DECISION, "APPROVE", Vars.OUT_SCHOOL_REASON, "同意转出"));
        assertThat(driver.task(out).getName()).isEqualTo("转出学校主管教育行政部门审核转学：" + shownName);
        driver.complete(out, TransferContract.TASK_REVIEW_OUT, GroupIds.bureauReviewer(outBureau),
                Map.of(Vars.OUT_BUREAU_DECISION, "APPROVE", Vars.OUT_BUREAU_REASON, "审核通过"));
        ProcessInstance in = runtime.createProcessInstanceQuery().processDefinitionKey(TransferContract.IN_PROCESS_KEY)
                .processInstanceBusinessKey(out.getBusinessKey()).singleResult();
        assertThat(in).isNotNull();
        assertThat(in).isWaitingAt(TransferContract.TASK_APPROVE_IN);
        return in;
    }

    void approveInHalf(ProcessInstance in, String inSchool, String inBureau) {
        driver.complete(in, TransferContract.TASK_APPROVE_IN, GroupIds.school(inSchool, SchoolRole.PRINCIPAL),
                Map.of(Vars.IN_SCHOOL_DECISION, "APPROVE", Vars.IN_SCHOOL_REASON, "同意转入"));
        driver.complete(in, TransferContract.TASK_REVIEW_IN, GroupIds.bureauReviewer(inBureau),
                Map.of(Vars.IN_BUREAU_DECISION, "APPROVE", Vars.IN_BUREAU_REASON, "审核通过"));
        // 出具转入证明 is asyncBefore (issue 13 §4: a document step is retried, never rolls back the bureau's decision)
        driver.runSingleAsync(in);
    }

    void assertRefused(ProcessInstance out, Student s, String by, String reason) {
        assertThat(out).isEnded().hasPassed(TransferContract.TASK_RECORD_REFUSAL, TransferContract.END_REFUSED);
        Student now = students.find(s.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(s.status());
        assertThat(now.schoolCode()).isEqualTo(s.schoolCode());
        assertThat(records.runningProcedure(s.id())).isEmpty();
        TransferCase c = service.get(out.getBusinessKey());
        assertThat(c.state()).isEqualTo(TransferCase.State.REFUSED);
        assertThat(c.refusedBy()).contains(by);
        assertThat(archive.personalArchive(s.id())).anySatisfy(e -> {
            assertThat(e.title()).isEqualTo("转学申请未获批准");
            assertThat(e.content()).contains(reason);
        });
    }

    static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String ruleId, String text) {
        assertThatThrownBy(call).isInstanceOf(RuleViolation.class).hasMessageContaining(text)
                .satisfies(e -> assertThat(((RuleViolation) e).ruleId()).isEqualTo(ruleId));
    }

    TransferService.Application application(Student s, String inSchool, Long classId) {
        return application(s, inSchool, MAJOR, classId);
    }

    TransferService.Application application(Student s, String inSchool, String major, Long classId) {
        return new TransferService.Application(s.id(), inSchool, major, classId, Ground.FAMILY_RELOCATION,
                "父母工作调动，全家搬迁", "家长" + s.name(), "转学申请表.pdf", scan());
    }

    static String scan() {
        return Base64.getEncoder().encodeToString("%PDF-1.4 扫描件".getBytes(StandardCharsets.UTF_8));
    }

    /** A student of the 2025 autumn intake (3 years) at the school, in its first class's major. */
    Student student(DemoSchool school, LearningForm form, StudentStatus status) {
        int n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(2010, 1, 1).plusDays(n % 365);
        String first17 = school.division() + birth.toString().replace("-", "") + String.format("%03d", 100 + n % 900);
        IdNumber id = new IdNumber(IdType.RESIDENT_ID, first17 + IdNumber.checkCharacter(first17));
        String major = organisation.classes(school.code()).get(0).majorCode();
        return records.importExisting(new Student(null, "Z" + school.code() + String.format("%07d", n + System.nanoTime() % 1_000_000),
                "转学生" + n, Gender.FEMALE, birth, "汉族", id, HouseholdType.NON_AGRICULTURAL, "吉林省", "家长" + n,
                "13900000000", null, school.code(), major, null, 2025, Season.AUTUMN, 2025, IntakeLevel.JUNIOR, form,
                EducationCategory.FULL_TIME, 3, StudentCategory.DOMESTIC, status, 0));
    }
}
