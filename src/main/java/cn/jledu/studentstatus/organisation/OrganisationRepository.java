package cn.jledu.studentstatus.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the organisation tables. */
@Repository
public class OrganisationRepository {

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Bureau> bureaus() {
        return jdbc.sql("SELECT code, name, level, parent_code, gb2260 FROM bureau ORDER BY code")
                .query((rs, n) -> new Bureau(rs.getString(1), rs.getString(2), BureauLevel.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    public Optional<Bureau> bureau(String code) {
        return jdbc.sql("SELECT code, name, level, parent_code, gb2260 FROM bureau WHERE code = ?")
                .param(code)
                .query((rs, n) -> new Bureau(rs.getString(1), rs.getString(2), BureauLevel.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)))
                .optional();
    }

    public List<School> schools() {
        return jdbc.sql("SELECT code, name, run_by, supervising_bureau_code, active FROM school ORDER BY code")
                .query((rs, n) -> new School(rs.getString(1), rs.getString(2), BureauLevel.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    public Optional<School> school(String code) {
        return jdbc.sql("SELECT code, name, run_by, supervising_bureau_code, active FROM school WHERE code = ?")
                .param(code)
                .query((rs, n) -> new School(rs.getString(1), rs.getString(2), BureauLevel.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)))
                .optional();
    }

    public void insertSchool(School school) {
        jdbc.sql("INSERT INTO school (code, name, run_by, supervising_bureau_code, active) VALUES (?, ?, ?, ?, ?)")
                .params(school.code(), school.name(), school.runBy().name(), school.supervisingBureauCode(),
                        school.active())
                .update();
    }

    public Optional<Major> major(String code) {
        return jdbc.sql("""
                        SELECT code, name, category_code, catalogue_version, agriculture_related,
                               primary_intake_allowed, qualification_duration
                        FROM major WHERE code = ? AND active""")
                .param(code)
                .query((rs, n) -> new Major(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), (Integer) rs.getObject(7)))
                .optional();
    }

    public List<Major> approvedMajors(String schoolCode) {
        return jdbc.sql("""
                        SELECT m.code, m.name, m.category_code, m.catalogue_version, m.agriculture_related,
                               m.primary_intake_allowed, m.qualification_duration
                        FROM major m JOIN school_major sm ON sm.major_code = m.code
                        WHERE sm.school_code = ? AND sm.active AND m.active ORDER BY m.code""")
                .param(schoolCode)
                .query((rs, n) -> new Major(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getBoolean(6), (Integer) rs.getObject(7)))
                .list();
    }

    public boolean isApproved(String schoolCode, String majorCode) {
        return jdbc.sql("SELECT COUNT(*) FROM school_major WHERE school_code = ? AND major_code = ? AND active")
                .params(schoolCode, majorCode).query(Integer.class).single() > 0;
    }

    public void approveMajor(String schoolCode, String majorCode, LocalDate approvedOn, String approvalRef) {
        jdbc.sql("INSERT INTO school_major (school_code, major_code, approved_on, approval_ref) VALUES (?, ?, ?, ?)")
                .params(schoolCode, majorCode, approvedOn, approvalRef)
                .update();
    }

    public long insertClass(String schoolCode, String majorCode, String name, int yearGroup, String headTeacher) {
        jdbc.sql("""
                        INSERT INTO school_class (school_code, major_code, name, year_group, head_teacher_user_id)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(schoolCode, majorCode, name, yearGroup, headTeacher)
                .update();
        return jdbc.sql("SELECT id FROM school_class WHERE school_code = ? AND name = ?")
                .params(schoolCode, name).query(Long.class).single();
    }

    public Optional<SchoolClass> schoolClass(long id) {
        return jdbc.sql("""
                        SELECT id, school_code, major_code, name, year_group, head_teacher_user_id
                        FROM school_class WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new SchoolClass(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6)))
                .optional();
    }

    public List<SchoolClass> classes(String schoolCode) {
        return jdbc.sql("""
                        SELECT id, school_code, major_code, name, year_group, head_teacher_user_id
                        FROM school_class WHERE school_code = ? ORDER BY major_code, name""")
                .param(schoolCode)
                .query((rs, n) -> new SchoolClass(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6)))
                .list();
    }

    public void markClassVerified(long classId, java.time.OffsetDateTime at) {
        jdbc.sql("UPDATE school_class SET last_verified_at = ? WHERE id = ?").params(at, classId).update();
    }
}
