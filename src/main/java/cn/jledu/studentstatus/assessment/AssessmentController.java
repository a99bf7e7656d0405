package cn.jledu.studentstatus.assessment;

import cn.jledu.studentstatus.archive.Archive;
import cn.jledu.studentstatus.archive.ArchiveEntry;
import cn.jledu.studentstatus.organisation.SchoolRole;
import cn.jledu.studentstatus.organisation.StaffScope;
import cn.jledu.studentstatus.platform.NotFound;
import cn.jledu.studentstatus.student.StatusChange;
import cn.jledu.studentstatus.student.Student;
import cn.jledu.studentstatus.student.StudentRepository;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Entry of assessment results by the school (registrar or head teacher), their XLSX/CSV import, and the read
 * endpoint of a student's whole archive (staff of the school, its supervising bureaus, administrators).
 */
@RestController
class AssessmentController {

    record MoralInput(Integer semester, Grade grade, String comment) {
    }

    record CourseInput(Integer semester, String courseName, CourseKind kind, BigDecimal score, ExamKind examKind,
                       BigDecimal credits, BigDecimal makeupScore) {
    }

    record InternshipInput(InternshipKind kind, String employer, String post, LocalDate startsOn, LocalDate endsOn,
                           Grade result, String appraisal) {
    }

    record Recorded(AssessmentRecords.Outcome outcome) {
    }

    /** A student's whole archive: the record, its status history, the archive entries and the assessments. */
    record StudentArchive(long studentId, String studentNumber, String name, String schoolCode, String status,
                          List<StatusChange> statusHistory, List<ArchiveEntry> entries, Assessments assessments) {
    }

    static final String WRITE_REFUSAL = "只有本校学籍管理员或班主任可以录入本校学生的考核结果。";

    private final AssessmentRecords records;
    private final AssessmentImport imports;
    private final StudentRepository students;
    private final Archive archive;
    private final StaffScope access;

    AssessmentController(AssessmentRecords records, AssessmentImport imports, StudentRepository students,
                         Archive archive, StaffScope access) {
        this.records = records;
        this.imports = imports;
        this.students = students;
        this.archive = archive;
        this.access = access;
    }

    @PostMapping("/api/students/{id}/moral-evaluations")
    Recorded moral(@PathVariable long id, @RequestBody MoralInput in) {
        Student s = writable(id);
        return new Recorded(records.record(new MoralEvaluation(s.id(), in.semester() == null ? 0 : in.semester(),
                in.grade(), in.comment())));
    }

    @PostMapping("/api/students/{id}/course-results")
    Recorded course(@PathVariable long id, @RequestBody CourseInput in) {
        Student s = writable(id);
        return new Recorded(records.record(AssessmentRecords.scored(s.id(), in.semester() == null ? 0 : in.semester(),
                in.courseName(), in.kind(), in.score(), in.examKind(), in.credits(), in.makeupScore())));
    }

    @PostMapping("/api/students/{id}/internships")
    Recorded internship(@PathVariable long id, @RequestBody InternshipInput in) {
        Student s = writable(id);
        return new Recorded(records.record(new InternshipAppraisal(s.id(), in.kind(), in.employer(), in.post(),
                in.startsOn(), in.endsOn(), in.result(), in.appraisal())));
    }

    /** Imports a sheet of results of the school's students (XLSX or CSV, Chinese headers, the template's columns). */
    @PostMapping("/api/assessments/import")
    AssessmentImport.Report importSheet(@RequestParam(required = false) String schoolCode,
                                        @RequestParam("file") MultipartFile file) throws java.io.IOException {
        String school = access.registrarSchool(schoolCode);
        return imports.importSheet(school, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/api/assessments/template.xlsx")
    ResponseEntity<byte[]> template() {
        access.requireSignedIn();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("学业考核结果导入模板.xlsx", StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(AssessmentSheet.template());
    }

    @GetMapping("/api/students/{id}/archive")
    StudentArchive archive(@PathVariable long id) {
        Student s = student(id);
        access.requireRead(s.schoolCode());
        return new StudentArchive(s.id(), s.studentNumber(), s.name(), s.schoolCode(), s.status().label(),
                students.history(s.id()), archive.personalArchive(s.id()), records.of(s.id()));
    }

    private Student writable(long id) {
        Student s = student(id);
        access.requireRole(s.schoolCode(), WRITE_REFUSAL, SchoolRole.REGISTRAR, SchoolRole.HEAD_TEACHER);
        return s;
    }

    private Student student(long id) {
        return students.find(id).orElseThrow(() -> new NotFound("学生不存在：" + id));
    }
}
