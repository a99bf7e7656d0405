package cn.jledu.studentstatus.registration;

import static cn.jledu.studentstatus.registration.RegistrationContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.ChangeBasis;
import cn.jledu.studentstatus.student.IdType;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import cn.jledu.studentstatus.student.StudentRecords;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.student.Intake;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 8, registration details: R-REG-8 (the 学籍号 is lifelong), R-REG-10 (joint programmes need the supervising
 * bureau's recorded approval) and R-REG-14 (foreign and HK/Macao/Taiwan students are recorded outside the chain).
 */
@IntegrationTest
class RegistrationLegalTest {

    static final Intake AUTUMN = new Intake(2026, Season.AUTUMN);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RegistrationProcess registrationProcess;
    @Autowired
    RegistrationService registrations;
    @Autowired
    StudentRepository students;
    @Autowired
    StudentRecords records;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OutboxNationalRegistry outbox;
    @Autowired
    ProcessDriver driver;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        EngineClock.set(LocalDateTime.of(2026, 9, 14, 9, 0));
    }

    @AfterEach
    void tearDown() {
        EngineClock.reset();
    }

    // ---- R-REG-8 ----

    @Test
    void rReg8ReEnrolmentAtAnotherSchoolKeepsThePersonsStudentNumber() {
        Applicant first = Applicants.junior(Demo.NONGAN.majors().get(0)).name("终身号").build();
        RegistrationService.Submission s = Demo.asRegistrar(Demo.NONGAN,
                () -> registrationProcess.registerOne(Demo.NONGAN.code(), AUTUMN, first));
        Student nongan = registrations.studentsOf(s.batchId()).get(0);
        Assertions.assertThat(nongan.studentNumber()).startsWith(Demo.NONGAN.code() + "2026");
        // the admission is cancelled (e.g. did not report): the record becomes inactive, the number stays the person's
        records.apply(nongan.cancelAdmission(LocalDate.of(2026, 9, 14)),
                new ChangeBasis(s.caseKey(), null, "测试：取消入学资格", List.of(), "system"));

        Applicant again = Applicants.junior(Demo.CITY_SCHOOL.majors().get(0)).name("终身号").idNumber(first.idNumber())
                .build();
        RegistrationService.Submission t = Demo.asRegistrar(Demo.CITY_SCHOOL,
                () -> registrationProcess.registerOne(Demo.CITY_SCHOOL.code(), AUTUMN, again));
        Student city = registrations.studentsOf(t.batchId()).get(0);
        Assertions.assertThat(city.id()).isNotEqualTo(nongan.id());
        Assertions.assertThat(city.studentNumber()).as("R-REG-8: one 学籍号 for life")
                .isEqualTo(nongan.studentNumber());

        // two active records never share a number (the database refuses it)
        Student other = registrations.studentsOf(Demo.asRegistrar(Demo.CITY_SCHOOL, () -> registrationProcess
                .registerOne(Demo.CITY_SCHOOL.code(), AUTUMN, Applicants.junior(Demo.CITY_SCHOOL.majors().get(0))
                        .name("另一人").build())).batchId()).get(0);
        Assertions.assertThat(other.studentNumber()).isNotEqualTo(city.studentNumber());
        Assertions.assertThatThrownBy(() -> jdbc.sql("UPDATE student SET student_number = ? WHERE id = ?")
                        .params(city.studentNumber(), other.id()).update())
                .as("R-REG-8: unique among active records").isInstanceOf(DataIntegrityViolationException.class);
    }

    // ---- R-REG-10 ----

    @Test
    void rReg10JointProgrammeNeedsTheSupervisingBureausRecordedApproval() {
        String major = Demo.NONGAN.majors().get(0);
        List<Applicant> applicants = List.of(
                Applicants.junior(major).row(2).name("联办生").jointProgramme("沈阳市第一职业技术学校", "辽宁省沈阳市").build(),
                Applicants.junior(major).row(3).name("本校生").build());
        RegistrationService.Submission s = Demo.asRegistrar(Demo.NONGAN,
                () -> registrationProcess.submit(Demo.NONGAN.code(), AUTUMN, applicants, "TEST", null, null, false));
        Assertions.assertThat(s.problems()).isEmpty();
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId())
                .singleResult();
        driver.completeAs(Demo.user(Demo.NONGAN, SchoolRole.STUDENT_AFFAIRS), instance,
                RegistrationContract.TASK_AFFAIRS, withVariables(Vars.DECISION, RegistrationContract.APPROVE));
        driver.completeAs(Demo.user(Demo.NONGAN, SchoolRole.PRINCIPAL), instance,
                RegistrationContract.TASK_PRINCIPAL, withVariables(Vars.DECISION, RegistrationContract.APPROVE));

        // the county bureau supervises this school: approving without confirming the joint programme is refused
        Assertions.assertThatThrownBy(() -> driver.complete(instance, RegistrationContract.TASK_COUNTY,
                        cn.jledu.studentstatus.organisation.GroupIds.bureauReviewer("220122"),
                        withVariables(Vars.DECISION, RegistrationContract.APPROVE)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-REG-10")
                .hasMessageContaining("沈阳市第一职业技术学校");
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM joint_programme_approval WHERE batch_id = ?")
                .param(s.batchId()).query(Integer.class).single()).isZero();

        driver.completeAs("nongan-bureau", instance, RegistrationContract.TASK_COUNTY, withVariables(
                Vars.DECISION, RegistrationContract.APPROVE, Vars.JOINT_PROGRAMME_APPROVED, true));
        Student joint = registrations.studentsOf(s.batchId()).stream().filter(x -> x.name().equals("联办生"))
                .findFirst().orElseThrow();
        Map<String, Object> approval = jdbc.sql("SELECT * FROM joint_programme_approval WHERE student_id = ?")
                .param(joint.id()).query().singleRow();
        Assertions.assertThat(approval).containsEntry("partner_school", "沈阳市第一职业技术学校")
                .containsEntry("partner_region", "辽宁省沈阳市").containsEntry("bureau_code", "220122")
                .containsEntry("approved_by", "nongan-bureau");
        Assertions.assertThat(approval.get("approved_on").toString()).isEqualTo("2026-09-14");
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM joint_programme_approval WHERE batch_id = ?")
                .param(s.batchId()).query(Integer.class).single()).as("only the joint-programme student").isEqualTo(1);

        // the city registers; no second confirmation is asked of it
        driver.completeAs("changchun-bureau", instance, RegistrationContract.TASK_BUREAU,
                withVariables(Vars.DECISION, RegistrationContract.APPROVE));
        assertThat(instance).isEnded().hasPassed(RegistrationContract.END_REGISTERED);
        Assertions.assertThat(students.find(joint.id()).orElseThrow().status()).isEqualTo(StudentStatus.ENROLLED);
    }

    @Test
    void rReg10AtACityRunSchoolTheCityBureauApprovesTheJointProgramme() {
        String major = Demo.CITY_SCHOOL.majors().get(0);
        Applicant a = Applicants.junior(major).name("市联办生").jointProgramme("大连市职业教育中心", "辽宁省大连市").build();
        RegistrationService.Submission s = Demo.asRegistrar(Demo.CITY_SCHOOL,
                () -> registrationProcess.registerOne(Demo.CITY_SCHOOL.code(), AUTUMN, a));
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId())
                .singleResult();
        driver.completeAs(Demo.user(Demo.CITY_SCHOOL, SchoolRole.STUDENT_AFFAIRS), instance,
                RegistrationContract.TASK_AFFAIRS, withVariables(Vars.DECISION, RegistrationContract.APPROVE));
        driver.completeAs(Demo.user(Demo.CITY_SCHOOL, SchoolRole.PRINCIPAL), instance,
                RegistrationContract.TASK_PRINCIPAL, withVariables(Vars.DECISION, RegistrationContract.APPROVE));
        Assertions.assertThatThrownBy(() -> driver.complete(instance, RegistrationContract.TASK_BUREAU,
                        cn.jledu.studentstatus.organisation.GroupIds.bureauReviewer("220100"),
                        withVariables(Vars.DECISION, RegistrationContract.APPROVE)))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("R-REG-10");
        driver.completeAs("changchun-bureau", instance, RegistrationContract.TASK_BUREAU, withVariables(
                Vars.DECISION, RegistrationContract.APPROVE, Vars.JOINT_PROGRAMME_APPROVED, true));
        assertThat(instance).isEnded().hasPassed(RegistrationContract.END_REGISTERED);
        Assertions.assertThat(jdbc.sql("SELECT bureau_code, approved_by FROM joint_programme_approval WHERE batch_id = ?")
                .param(s.batchId()).query().singleRow()).containsEntry("bureau_code", "220100")
                .containsEntry("approved_by", "changchun-bureau");
    }

    @Test
    void rReg10AJointProgrammeNamesThePartnersRegion() {
        Applicant a = Applicants.junior(Demo.NONGAN.majors().get(0)).jointProgramme("沈阳市第一职业技术学校", " ").build();
        Assertions.assertThatThrownBy(() -> Demo.asRegistrar(Demo.NONGAN,
                        () -> registrationProcess.registerOne(Demo.NONGAN.code(), AUTUMN, a)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-REG-10").hasMessageContaining("所在地区");
    }

    // ---- R-REG-14 ----

    @Test
    void rReg14ForeignStudentIsRecordedWithCategoryAndPassportOutsideTheChain() {
        Applicant a = Applicants.junior(Demo.CITY_SCHOOL.majors().get(0)).name("Anna Petrova").idType(IdType.PASSPORT)
                .idNumber("E12345678").studentCategory(StudentCategory.FOREIGN).build();
        long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey(RegistrationContract.PROCESS_KEY)
                .count();
        RegistrationService.Submission s = Demo.asRegistrar(Demo.CITY_SCHOOL,
                () -> registrationProcess.registerOne(Demo.CITY_SCHOOL.code(), AUTUMN, a));
        Assertions.assertThat(s.processInstanceId()).as("R-REG-14: no provincial approval chain").isNull();
        Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RegistrationContract.PROCESS_KEY)
                .count()).isEqualTo(instancesBefore);
        Student st = registrations.studentsOf(s.batchId()).get(0);
        Assertions.assertThat(st.status()).isEqualTo(StudentStatus.ENROLLED);
        Assertions.assertThat(st.studentCategory()).isEqualTo(StudentCategory.FOREIGN);
        Assertions.assertThat(st.idNumber().type()).isEqualTo(IdType.PASSPORT);
        Assertions.assertThat(st.idNumber().value()).isEqualTo("E12345678");
        Assertions.assertThat(registrations.batch(s.batchId()).status()).isEqualTo(RegistrationBatch.Status.RECORDED);
        Assertions.assertThat(students.history(st.id())).singleElement().satisfies(h -> {
            Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.REGISTRATION);
            Assertions.assertThat(h.details()).contains("R-REG-14", "外国学生", "护照", "不经本省注册审核");
        });
        Assertions.assertThat(outbox.forStudent(st.id())).as("R-REG-14: not through the national port").isEmpty();
    }

    @Test
    void rReg14MixedUploadReviewsOnlyTheDomesticStudents() {
        String major = Demo.CITY_SCHOOL.majors().get(0);
        List<Applicant> applicants = List.of(
                Applicants.junior(major).row(2).name("境内生").build(),
                Applicants.junior(major).row(3).name("陈港生").idType(IdType.HKMO_PASS).idNumber("H60123456")
                        .studentCategory(StudentCategory.HK_MACAO_TAIWAN).build());
        RegistrationService.Submission s = Demo.asRegistrar(Demo.CITY_SCHOOL,
                () -> registrationProcess.submit(Demo.CITY_SCHOOL.code(), AUTUMN, applicants, "TEST", null, null, false));
        Assertions.assertThat(s.problems()).isEmpty();
        Assertions.assertThat(s.recorded()).isEqualTo(1);
        Assertions.assertThat(registrations.studentsOf(s.batchId())).extracting(Student::name).containsExactly("境内生");
        Assertions.assertThat(registrations.studentsOf(s.batchId())).extracting(Student::status)
                .containsOnly(StudentStatus.REGISTERING);
        Assertions.assertThat(runtime.getVariable(s.processInstanceId(), Vars.STUDENT_COUNT)).isEqualTo(1);
        Student hk = registrations.studentsOf(s.recordedBatchId()).get(0);
        Assertions.assertThat(hk.status()).isEqualTo(StudentStatus.ENROLLED);
        Assertions.assertThat(hk.studentCategory()).isEqualTo(StudentCategory.HK_MACAO_TAIWAN);
        Assertions.assertThat(hk.idNumber().type()).isEqualTo(IdType.HKMO_PASS);
    }

    @Test
    void rReg14DocumentMustFitTheCategory() {
        Applicant foreignWithMainlandId = Applicants.junior(Demo.CITY_SCHOOL.majors().get(0))
                .studentCategory(StudentCategory.FOREIGN).build();
        Assertions.assertThatThrownBy(() -> Demo.asRegistrar(Demo.CITY_SCHOOL,
                        () -> registrationProcess.registerOne(Demo.CITY_SCHOOL.code(), AUTUMN, foreignWithMainlandId)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-REG-14").hasMessageContaining("护照");
    }
}
