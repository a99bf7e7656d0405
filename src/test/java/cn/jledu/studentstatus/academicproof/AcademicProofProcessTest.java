package cn.jledu.studentstatus.academicproof;

import static cn.jledu.studentstatus.academicproof.AcademicProofContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.document.DocumentStore;
import cn.jledu.studentstatus.document.NewDocument;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import cn.jledu.studentstatus.support.StudentFixtures;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** R-GRD-7: a lost certificate; the stamping bureau checks the filed sheet and issues the 学历证明书. */
@IntegrationTest
class AcademicProofProcessTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    ProcessEngine engine;
    @Autowired
    AcademicProofProcess proofs;
    @Autowired
    AcademicProofService service;
    @Autowired
    StudentFixtures fixtures;
    @Autowired
    DocumentStore documents;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Archive archive;
    @Autowired
    ProcessDriver driver;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    /** A student of the city-run school with a stamped graduation certificate and the filed stamping sheet. */
    Student graduate() {
        Student s = fixtures.enrolled(Demo.CITY_SCHOOL);
        long sheet = documents.save(new NewDocument("STAMPING_SHEET", "中等职业学校毕业证书验印单", "sheet.pdf",
                NewDocument.PDF, new byte[] {1}, Demo.CITY_SCHOOL.code(), "GRD-TEST", null));
        String number = String.format("222025190%05d", SEQ.incrementAndGet());
        jdbc.update("""
                INSERT INTO certificate (certificate_number, kind, student_id, school_code, case_key, issued_on, stamped,
                  sheet_document_id, stamping_bureau) VALUES (?, 'GRADUATE', ?, ?, 'GRD-TEST', ?, TRUE, ?, '220100')""",
                number, s.id(), Demo.CITY_SCHOOL.code(), java.sql.Date.valueOf(LocalDate.of(2025, 7, 1)), sheet);
        return s;
    }

    @Test
    void theStampingBureauChecksTheFiledSheetAndIssuesTheProof() {
        Student s = graduate();
        ProcessInstance instance = proofs.apply(s.id(), "《吉林日报》第5版", LocalDate.of(2025, 9, 1), true, true);
        assertThat(instance).isWaitingAt(AcademicProofContract.TASK_CHECK);
        Assertions.assertThat(driver.task(instance).getName()).isEqualTo("核对留存验印单：" + s.name());
        Assertions.assertThatThrownBy(() -> driver.complete(instance, AcademicProofContract.TASK_CHECK,
                        GroupIds.bureauReviewer("220100"), withVariables(Vars.PROOF_DECISION, AcademicProofContract.ISSUE,
                                Vars.ID_CARD_SEEN, true)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("留存验印单一致");
        driver.complete(instance, AcademicProofContract.TASK_CHECK, GroupIds.bureauReviewer("220100"),
                withVariables(Vars.PROOF_DECISION, AcademicProofContract.ISSUE, Vars.ID_CARD_SEEN, true,
                        Vars.VOID_NOTICE_SEEN, true, Vars.SHEET_MATCHES, true));
        driver.runSingleAsync(instance);
        assertThat(instance).isEnded().hasPassed(AcademicProofContract.TASK_ISSUE, AcademicProofContract.END_ISSUED);

        long id = ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(Vars.PROOF_ID).singleResult().getValue()).longValue();
        AcademicProofService.Proof p = service.proof(id);
        Assertions.assertThat(p.state()).isEqualTo("ISSUED");
        Assertions.assertThat(p.proofNumber()).matches("222\\d{3}3\\d{7}");
        String text = ProcessDriver.flat(ProcessDriver.pdfText(documents.load(p.documentId()).content()));
        Assertions.assertThat(text).contains("中等职业学校学历证明书", p.proofNumber(), s.name(),
                "原毕业证书编号：" + p.originalNumber(), "《吉林日报》第5版登报声明作废", "本证明书与原证书具有同等效力",
                "长春市教育局");
        Assertions.assertThat(archive.personalArchive(s.id())).anySatisfy(e -> {
            Assertions.assertThat(e.title()).isEqualTo("学历证明书");
            Assertions.assertThat(e.documentId()).isEqualTo(p.documentId());
        });
    }

    @Test
    void theBureauMayRefuseWithReasons() {
        Student s = graduate();
        ProcessInstance instance = proofs.apply(s.id(), "《城市晚报》第12版", LocalDate.of(2025, 9, 2), true, true);
        driver.complete(instance, AcademicProofContract.TASK_CHECK, GroupIds.bureauReviewer("220100"),
                withVariables(Vars.PROOF_DECISION, AcademicProofContract.REFUSE, Vars.PROOF_NOTE, "验印单与留存件不一致"));
        assertThat(instance).isEnded().hasPassed(AcademicProofContract.END_REFUSED)
                .hasNotPassed(AcademicProofContract.TASK_ISSUE);
    }

    @Test
    void anApplicationNeedsAStampedCertificateAndTheOriginals_R_GRD_7() {
        Student none = fixtures.enrolled(Demo.CITY_SCHOOL);
        Assertions.assertThatThrownBy(() -> proofs.apply(none.id(), "《吉林日报》", LocalDate.of(2025, 9, 1), true, true))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("R-GRD-7").hasMessageContaining("经验印");
        Student s = graduate();
        Assertions.assertThatThrownBy(() -> proofs.apply(s.id(), "《吉林日报》", LocalDate.of(2025, 9, 1), true, false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("验印单原件");
        Assertions.assertThatThrownBy(() -> proofs.apply(s.id(), " ", LocalDate.of(2025, 9, 1), true, true))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("登报声明");
        proofs.apply(s.id(), "《吉林日报》", LocalDate.of(2025, 9, 1), true, true);
        Assertions.assertThatThrownBy(() -> proofs.apply(s.id(), "《吉林日报》", LocalDate.of(2025, 9, 1), true, true))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("正在办理");
    }
}
