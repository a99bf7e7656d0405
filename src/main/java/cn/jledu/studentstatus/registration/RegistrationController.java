package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Intake;

import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration of one new student, and the state of a registration case. */
@RestController
class RegistrationController {

    record SingleRequest(String schoolCode, Integer intakeYear, Season intakeSeason, Applicant student) {
    }

    record Registered(long batchId, String caseKey, String processInstanceId, String studentNumber,
                      List<String> skipped) {
    }

    record BatchView(long batchId, String caseKey, String schoolCode, String intake, String status,
                     String statusLabel, int studentCount, String returnReason, List<StudentRow> students) {
    }

    record StudentRow(long id, String studentNumber, String name, String idNumberMasked, String majorCode,
                      String status) {
    }

    private final RegistrationService service;
    private final RegistrationProcess process;
    private final StaffScope access;

    RegistrationController(RegistrationService service, RegistrationProcess process, StaffScope access) {
        this.process = process;
        this.service = service;
        this.access = access;
    }

    @PostMapping("/api/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    Registered register(@RequestBody SingleRequest request) {
        if (request.student() == null) {
            throw new IllegalArgumentException("缺少学生信息（student）。");
        }
        String school = access.registrarSchool(request.schoolCode());
        Intake intake = intakeOf(request.intakeYear(), request.intakeSeason());
        RegistrationService.Submission s = process.registerOne(school, intake, request.student());
        String number = service.studentsOf(s.batchId()).get(0).studentNumber();
        return new Registered(s.batchId(), s.caseKey(), s.processInstanceId(), number, s.skipped());
    }

    @GetMapping("/api/registrations/batches/{batchId}")
    BatchView batch(@PathVariable long batchId) {
        RegistrationBatch b = service.batch(batchId);
        access.requireRead(b.schoolCode(), "无权查看其他学校的学籍信息。");
        List<StudentRow> rows = service.studentsOf(batchId).stream().map(RegistrationController::row).toList();
        return new BatchView(b.id(), b.caseKey(), b.schoolCode(), b.intake().label(), b.status().name(),
                b.status().label(), b.studentCount(), b.returnReason(), rows);
    }

    record Removal(String reason) {
    }

    /** One student of a case with everything the registrar entered (the registrar of the school only). */
    @GetMapping("/api/registrations/batches/{batchId}/students/{studentId}")
    Applicant student(@PathVariable long batchId, @PathVariable long studentId) {
        access.registrarSchool(service.batch(batchId).schoolCode());
        return service.applicant(batchId, studentId);
    }

    /** Corrects one student of a case that a reviewer returned. */
    @PutMapping("/api/registrations/batches/{batchId}/students/{studentId}")
    StudentRow correct(@PathVariable long batchId, @PathVariable long studentId, @RequestBody Applicant student) {
        access.registrarSchool(service.batch(batchId).schoolCode());
        return row(service.correct(batchId, studentId, student));
    }

    /** Takes one student out of a returned case (e.g. did not report), with the reason. */
    @DeleteMapping("/api/registrations/batches/{batchId}/students/{studentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long batchId, @PathVariable long studentId, @RequestBody Removal removal) {
        access.registrarSchool(service.batch(batchId).schoolCode());
        service.remove(batchId, studentId, removal.reason());
    }

    static Intake intakeOf(Integer year, Season season) {
        Intake current = Intake.current(AppClock.today());
        return new Intake(year == null ? current.year() : year, season == null ? current.season() : season);
    }

    private static StudentRow row(Student s) {
        return new StudentRow(s.id(), s.studentNumber(), s.name(), s.idNumber().masked(), s.majorCode(),
                s.status().label());
    }

    @GetMapping("/api/registrations/intake")
    Intake currentIntake(@RequestParam(required = false) String date) {
        return Intake.current(date == null ? AppClock.today() : java.time.LocalDate.parse(date));
    }
}
