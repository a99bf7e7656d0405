package cn.jledu.studentstatus.student;

import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.organisation.StaffScope;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The classes and students a staff member may see, to find the ids the other endpoints take: a school's staff see
 * their own school, a bureau reviewer the schools it reviews, an administrator every school (docs/registration.md).
 */
@RestController
class StudentDirectoryController {

    static final int MAX_LIMIT = 1000;

    private final StudentDirectory directory;
    private final StaffScope access;

    StudentDirectoryController(StudentDirectory directory, StaffScope access) {
        this.directory = directory;
        this.access = access;
    }

    /** {@code GET /api/classes[?schoolCode=]}: the classes of the school, or of every school the user may see. */
    @GetMapping("/api/classes")
    List<StudentDirectory.ClassSummary> classes(@RequestParam(required = false) String schoolCode) {
        if (schoolCode != null && !schoolCode.isBlank()) {
            access.requireRead(schoolCode);
            return directory.classes(List.of(schoolCode));
        }
        return directory.classes(access.readableSchools());
    }

    /** {@code GET /api/classes/{id}/students}: the class's students with an active status. */
    @GetMapping("/api/classes/{id}/students")
    List<StudentDirectory.StudentSummary> classStudents(@PathVariable long id) {
        access.requireRead(directory.schoolClass(id).schoolCode());
        return directory.activeInClass(id);
    }

    /**
     * {@code GET /api/students?schoolCode=&classId=&status=&offset=&limit=}: a school's students in any status (the
     * school may be left out when the user sees only one, or when {@code classId} names it).
     */
    @GetMapping("/api/students")
    List<StudentDirectory.StudentSummary> students(@RequestParam(required = false) String schoolCode,
                                                   @RequestParam(required = false) Long classId,
                                                   @RequestParam(required = false) String status,
                                                   @RequestParam(defaultValue = "0") int offset,
                                                   @RequestParam(defaultValue = "100") int limit) {
        String school = schoolCode == null || schoolCode.isBlank() ? null : schoolCode;
        if (classId != null) {
            SchoolClass c = directory.schoolClass(classId);
            if (school != null && !school.equals(c.schoolCode())) {
                throw new IllegalArgumentException("班级 " + classId + " 不属于学校 " + school + "。");
            }
            school = c.schoolCode();
        }
        if (school == null) {
            List<String> readable = access.readableSchools();
            if (readable.size() != 1) {
                throw new IllegalArgumentException("请指明学校代码（schoolCode）或班级（classId）。");
            }
            school = readable.get(0);
        }
        access.requireRead(school);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset 不能为负，limit 须在 1 到 " + MAX_LIMIT + " 之间。");
        }
        return directory.students(school, classId, status(status), offset, limit);
    }

    private static StudentStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        for (StudentStatus s : StudentStatus.values()) {
            if (s.name().equalsIgnoreCase(status.strip()) || s.label().equals(status.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("学籍状态无效：" + status + "（如 ENROLLED 或 在籍）。");
    }
}
