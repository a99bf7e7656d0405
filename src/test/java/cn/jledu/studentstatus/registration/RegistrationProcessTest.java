package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Intake;

import static cn.jledu.studentstatus.registration.RegistrationContract.Vars;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.jledu.studentstatus.bootstrap.DemoOrganisation.DemoSchool;
import cn.jledu.studentstatus.national.OutboxNationalRegistry;
import cn.jledu.studentstatus.organisation.GroupIds;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.RuleViolation;
import cn.jledu.studentstatus.student.StatusChangeKind;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentRepository;
import cn.jledu.studentstatus.student.StudentStatus;
import cn.jledu.studentstatus.support.Applicants;
import cn.jledu.studentstatus.support.Demo;
import cn.jledu.studentstatus.support.EngineClock;
import cn.jledu.studentstatus.support.IntegrationTest;
import cn.jledu.studentstatus.support.ProcessDriver;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class RegistrationProcessTest {

    static final Intake AUTUMN_2026 = new Intake(2026, Season.AUTUMN);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RegistrationService registrations;

    @Autowired
    cn.jledu.studentstatus.registration.RegistrationProcess registrationProcess;
    @Autowired
    StudentRepository students;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    OutboxNationalRegistry outbox;
    @Autowired
    ProcessDriver driver;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        EngineClock.set(LocalDateTime.of(2026, 9, 10, 9, 0));
    }

    @AfterEach
    void tearDown() {
        EngineClock.reset();
    }

    @Test
    void countySchoolRegistrationNeedsCountyThenCityApproval() {
        RegistrationService.Submission s = submit(Demo.NONGAN, 3);
        ProcessInstance instance = instance(s);

        approve(instance, RegistrationContract.TASK_AFFAIRS, GroupIds.school(Demo.NONGAN.code(), SchoolRole.STUDENT_AFFAIRS));
        approve(instance, RegistrationContract.TASK_PRINCIPAL, GroupIds.school(Demo.NONGAN.code(), SchoolRole.PRINCIPAL));
        approve(instance, RegistrationContract.TASK_COUNTY, GroupIds.bureauReviewer("220122"));
        // R-REG-3: no formal status before the final approval
        Assertions.assertThat(registrations.studentsOf(s.batchId())).extracting(Student::status)
                .containsOnly(StudentStatus.REGISTERING);
        approve(instance, RegistrationContract.TASK_BUREAU, GroupIds.bureauReviewer("220100"));

        assertThat(instance).isEnded().hasPassed(RegistrationContract.TASK_ACTIVATE, RegistrationContract.TASK_NATIONAL,
                RegistrationContract.END_REGISTERED);
        List<Student> registered = registrations.studentsOf(s.batchId());
        Assertions.assertThat(registered).extracting(Student::status).containsOnly(StudentStatus.ENROLLED);
        for (Student student : registered) {
            Assertions.assertThat(students.history(student.id())).anySatisfy(h -> {
                Assertions.assertThat(h.kind()).isEqualTo(StatusChangeKind.REGISTRATION);
                Assertions.assertThat(h.toStatus()).isEqualTo(StudentStatus.ENROLLED);
            });
            // R-MON-2: submitted to the national system in the month of registration
            Assertions.assertThat(outbox.forStudent(student.id())).singleElement()
                    .satisfies(e -> Assertions.assertThat(e.payload()).contains(student.studentNumber()));
        }
        Assertions.assertThat(registrations.batch(s.batchId()).status()).isEqualTo(RegistrationBatch.Status.APPROVED);
    }

    @Test
    void citySchoolRegistrationGoesStraightToTheCityBureau() {
        ProcessInstance instance = instance(submit(Demo.CITY_SCHOOL, 1));
        approve(instance, RegistrationContract.TASK_AFFAIRS, GroupIds.school(Demo.CITY_SCHOOL.code(), SchoolRole.STUDENT_AFFAIRS));
        approve(instance, RegistrationContract.TASK_PRINCIPAL, GroupIds.school(Demo.CITY_SCHOOL.code(), SchoolRole.PRINCIPAL));
        approve(instance, RegistrationContract.TASK_BUREAU, GroupIds.bureauReviewer("220100"));
        assertThat(instance).isEnded().hasNotPassed(RegistrationContract.TASK_COUNTY);
    }

    @Test
    void provinceSchoolRegistrationGoesToTheProvince() {
        ProcessInstance instance = instance(submit(Demo.PROVINCE_SCHOOL, 1));
        approve(instance, RegistrationContract.TASK_AFFAIRS, GroupIds.school(Demo.PROVINCE_SCHOOL.code(), SchoolRole.STUDENT_AFFAIRS));
        approve(instance, RegistrationContract.TASK_PRINCIPAL, GroupIds.school(Demo.PROVINCE_SCHOOL.code(), SchoolRole.PRINCIPAL));
        approve(instance, RegistrationContract.TASK_BUREAU, GroupIds.bureauReviewer("220000"));
        assertThat(instance).isEnded().hasNotPassed(RegistrationContract.TASK_COUNTY);
    }

    @Test
    void yanbianCountySchoolIsRegisteredByTheYanbianPrefecture() {
        ProcessInstance instance = instance(submit(Demo.YANJI, 1));
        approve(instance, RegistrationContract.TASK_AFFAIRS, GroupIds.school(Demo.YANJI.code(), SchoolRole.STUDENT_AFFAIRS));
        approve(instance, RegistrationContract.TASK_PRINCIPAL, GroupIds.school(Demo.YANJI.code(), SchoolRole.PRINCIPAL));
        approve(instance, RegistrationContract.TASK_COUNTY, GroupIds.bureauReviewer("222401"));
        approve(instance, RegistrationContract.TASK_BUREAU, GroupIds.bureauReviewer("222400"));
        assertThat(instance).isEnded();
    }

    @ParameterizedTest
    @ValueSource(strings = {RegistrationContract.TASK_AFFAIRS, RegistrationContract.TASK_PRINCIPAL,
        RegistrationContract.TASK_COUNTY, RegistrationContract.TASK_BUREAU})
    void returnedRegistrationIsCorrectedAndResubmittedThroughTheWholeChain(String returningTask) {
        RegistrationService.Submission s = submit(Demo.NONGAN, 2);
        ProcessInstance instance = instance(s);
        List<String> chain = List.of(RegistrationContract.TASK_AFFAIRS, RegistrationContract.TASK_PRINCIPAL,
                RegistrationContract.TASK_COUNTY, RegistrationContract.TASK_BUREAU);
        for (String step : chain) {
            if (step.equals(returningTask)) {
                assertThat(instance).isWaitingAt(step);
                taskService.complete(task(instance).getId(),
                        withVariables(Vars.DECISION, RegistrationContract.RETURN, Vars.RETURN_REASON, "第1名学生出生日期与户口簿不符"));
                break;
            }
            approveCurrent(instance, step);
        }
        assertThat(instance).isWaitingAt(RegistrationContract.TASK_CORRECT);
        Assertions.assertThat(taskService.getIdentityLinksForTask(task(instance).getId()))
                .anyMatch(l -> GroupIds.school(Demo.NONGAN.code(), SchoolRole.REGISTRAR).equals(l.getGroupId()));
        Assertions.assertThat(registrations.batch(s.batchId()).status()).isEqualTo(RegistrationBatch.Status.RETURNED);
        Assertions.assertThat(registrations.batch(s.batchId()).returnReason()).contains("出生日期");

        taskService.complete(task(instance).getId(), withVariables(Vars.CORRECTION_ACTION, RegistrationContract.RESUBMIT,
                Vars.CORRECTION_NOTE, "已按户口簿更正"));
        Assertions.assertThat(registrations.batch(s.batchId()).status()).isEqualTo(RegistrationBatch.Status.IN_REVIEW);
        for (String step : chain) {
            approveCurrent(instance, step);
        }
        assertThat(instance).isEnded().hasPassed(RegistrationContract.TASK_CORRECT, RegistrationContract.END_REGISTERED);
        Assertions.assertThat(registrations.studentsOf(s.batchId())).extracting(Student::status)
                .containsOnly(StudentStatus.ENROLLED);
    }

    @Test
    void withdrawnRegistrationFreesTheIdNumbers() {
        RegistrationService.Submission s = submit(Demo.YONGJI, 1);
        ProcessInstance instance = instance(s);
        taskService.complete(task(instance).getId(),
                withVariables(Vars.DECISION, RegistrationContract.RETURN, Vars.RETURN_REASON, "该生未报到"));
        taskService.complete(task(instance).getId(), withVariables(Vars.CORRECTION_ACTION, RegistrationContract.WITHDRAW));

        assertThat(instance).isEnded().hasPassed(RegistrationContract.TASK_WITHDRAW, RegistrationContract.END_WITHDRAWN);
        Student withdrawn = registrations.studentsOf(s.batchId()).get(0);
        Assertions.assertThat(withdrawn.status()).isEqualTo(StudentStatus.ADMISSION_CANCELLED);
        // the same person may now be registered again (at another school)
        Applicant again = Applicants.junior("710201").idNumber(withdrawn.idNumber().value())
                .gender(withdrawn.gender()).build();
        RegistrationService.Submission second = Demo.asRegistrar(Demo.NONGAN,
                () -> registrationProcess.registerOne(Demo.NONGAN.code(), AUTUMN_2026, again));
        Assertions.assertThat(second.registered()).isEqualTo(1);
    }

    @Test
    void reviewNeedsADecisionAndAReasonWhenReturning() {
        ProcessInstance instance = instance(submit(Demo.NONGAN, 1));
        Task review = task(instance);
        Assertions.assertThatThrownBy(() -> taskService.complete(review.getId()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("审核意见");
        Assertions.assertThatThrownBy(() -> taskService.complete(review.getId(),
                        withVariables(Vars.DECISION, RegistrationContract.RETURN, Vars.RETURN_REASON, " ")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("退回原因");
        assertThat(instance).isWaitingAt(RegistrationContract.TASK_AFFAIRS);
    }

    @Test
    void everyReviewIsDueByTheEndOfTheMonthOfEnrolment() {
        ProcessInstance instance = instance(submit(Demo.NONGAN, 1));
        ZonedDateTime due = task(instance).getDueDate().toInstant().atZone(AppClock.ZONE);
        Assertions.assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 9, 30, 23, 59, 59));
        Object roster = taskService.getVariableLocal(task(instance).getId(), Vars.ROSTER);
        Assertions.assertThat((List<?>) roster).hasSize(1);
    }

    @Test
    void registrationAfterTheAutumnDeadlineIsRefused() {
        EngineClock.set(LocalDateTime.of(2026, 11, 21, 8, 0));
        Applicant a = Applicants.junior("710201").build();
        Assertions.assertThatThrownBy(() -> Demo.asRegistrar(Demo.NONGAN,
                        () -> registrationProcess.registerOne(Demo.NONGAN.code(), AUTUMN_2026, a)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("R-REG-6").hasMessageContaining("11-20");
        Assertions.assertThat(students.activeByPerson(cn.jledu.studentstatus.student.IdNumber.of(
                cn.jledu.studentstatus.student.IdType.RESIDENT_ID, a.idNumber(), AppClock.today()))).isEmpty();
    }

    @Test
    void registrationOnTheLastDayOfTheWindowIsAccepted() {
        EngineClock.set(LocalDateTime.of(2026, 11, 20, 23, 30));
        Assertions.assertThat(submit(Demo.NONGAN, 1).registered()).isEqualTo(1);
    }

    @Test
    void springRegistrationClosesOnTwentiethApril() {
        Intake spring = new Intake(2026, Season.SPRING);
        EngineClock.set(LocalDateTime.of(2026, 4, 21, 9, 0));
        Applicant a = Applicants.junior("710201").graduationYear(2025).certificate("CZ2025-0001").build();
        Assertions.assertThatThrownBy(() -> Demo.asRegistrar(Demo.NONGAN,
                        () -> registrationProcess.registerOne(Demo.NONGAN.code(), spring, a)))
                .hasMessageContaining("R-REG-6");
        EngineClock.set(LocalDateTime.of(2026, 4, 20, 9, 0));
        Assertions.assertThat(Demo.asRegistrar(Demo.NONGAN,
                () -> registrationProcess.registerOne(Demo.NONGAN.code(), spring, a)).registered()).isEqualTo(1);
    }

    private RegistrationService.Submission submit(DemoSchool school, int count) {
        String major = school.majors().get(0);
        List<Applicant> applicants = java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> Applicants.junior(major).row(i + 1).name("学生" + i).build()).toList();
        RegistrationService.Submission s = Demo.asRegistrar(school,
                () -> registrationProcess.submit(school.code(), AUTUMN_2026, applicants, "TEST", null, null, false));
        Assertions.assertThat(s.problems()).isEmpty();
        Assertions.assertThat(s.registered()).isEqualTo(count);
        return s;
    }


    private ProcessInstance instance(RegistrationService.Submission s) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(s.processInstanceId())
                .singleResult();
        assertThat(instance).isStarted().hasBusinessKey(s.caseKey());
        return instance;
    }

    private void approve(ProcessInstance instance, String taskKey, String candidateGroup) {
        driver.complete(instance, taskKey, candidateGroup, withVariables(Vars.DECISION, RegistrationContract.APPROVE));
    }

    private void approveCurrent(ProcessInstance instance, String taskKey) {
        assertThat(instance).isWaitingAt(taskKey);
        taskService.complete(task(instance).getId(), withVariables(Vars.DECISION, RegistrationContract.APPROVE));
    }
}
