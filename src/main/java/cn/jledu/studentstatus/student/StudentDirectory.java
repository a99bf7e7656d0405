package cn.jledu.studentstatus.student;

import cn.jledu.studentstatus.organisation.Major;
import cn.jledu.studentstatus.organisation.Organisation;
import cn.jledu.studentstatus.organisation.OrganisationRepository;
import cn.jledu.studentstatus.organisation.SchoolClass;
import cn.jledu.studentstatus.platform.NotFound;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Read-only lists of a school's classes and students for staff (who may see which school is decided by the caller,
 * {@code StaffScope}). Students are shown with masked ID numbers only.
 */
@Service
public class StudentDirectory {

    /** A class with the number of its students holding an active status (注册中, 在籍, 休学). */
    public record ClassSummary(long id, String schoolCode, String schoolName, String name, String majorCode,
                               String majorName, int yearGroup, int studentCount) {
    }

    /** One student as listed: no full ID number, no contact data. */
    public record StudentSummary(long id, String studentNumber, String name, String gender, String schoolCode,
                                 Long classId, String majorCode, int yearGroup, String status, String statusLabel,
                                 String idNumberMasked) {

        static StudentSummary of(Student s) {
            return new StudentSummary(s.id(), s.studentNumber(), s.name(), s.gender().label(), s.schoolCode(),
                    s.classId(), s.majorCode(), s.yearGroup(), s.status().name(), s.status().label(),
                    s.idNumber().masked());
        }
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final OrganisationRepository organisationRepository;
    private final StudentRepository students;

    StudentDirectory(JdbcClient jdbc, Organisation organisation, OrganisationRepository organisationRepository,
                     StudentRepository students) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.organisationRepository = organisationRepository;
        this.students = students;
    }

    public SchoolClass schoolClass(long classId) {
        return organisationRepository.schoolClass(classId).orElseThrow(() -> new NotFound("班级不存在：" + classId));
    }

    /** The classes of the schools, school by school, each with its count of active students. */
    public List<ClassSummary> classes(List<String> schoolCodes) {
        Map<String, String> majorNames = new HashMap<>();
        List<ClassSummary> result = new ArrayList<>();
        for (String schoolCode : schoolCodes) {
            String schoolName = organisation.school(schoolCode).name();
            Map<Long, Integer> counts = new HashMap<>();
            jdbc.sql("""
                            SELECT class_id, COUNT(*) FROM student
                            WHERE school_code = ? AND class_id IS NOT NULL AND active_person_key IS NOT NULL
                            GROUP BY class_id""")
                    .param(schoolCode)
                    .query(rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
            for (SchoolClass c : organisationRepository.classes(schoolCode)) {
                String majorName = majorNames.computeIfAbsent(c.majorCode(),
                        m -> organisationRepository.major(m).map(Major::name).orElse(m));
                result.add(new ClassSummary(c.id(), schoolCode, schoolName, c.name(), c.majorCode(), majorName,
                        c.yearGroup(), counts.getOrDefault(c.id(), 0)));
            }
        }
        return result;
    }

    /** The students of the class holding an active status, by 学籍号 (the roster of a roster verification). */
    public List<StudentSummary> activeInClass(long classId) {
        return students.activeInClass(classId).stream().map(StudentSummary::of).toList();
    }

    /**
     * The school's students in any status, by 学籍号, optionally of one class and in one status; at most
     * {@code limit} rows from {@code offset}.
     */
    public List<StudentSummary> students(String schoolCode, Long classId, StudentStatus status, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM student WHERE school_code = ?");
        List<Object> params = new ArrayList<>(List.of(schoolCode));
        if (classId != null) {
            sql.append(" AND class_id = ?");
            params.add(classId);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            params.add(status.name());
        }
        sql.append(" ORDER BY student_number, id LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(StudentRepository::map).list().stream()
                .map(StudentSummary::of).toList();
    }
}
