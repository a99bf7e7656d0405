package cn.jledu.studentstatus.student;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.student.StudentEnums.EducationCategory;
import cn.jledu.studentstatus.student.StudentEnums.HouseholdType;
import cn.jledu.studentstatus.student.StudentEnums.IntakeLevel;
import cn.jledu.studentstatus.student.StudentEnums.LearningForm;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import cn.jledu.studentstatus.student.StudentEnums.StudentCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes student records, their status-change history and the procedure locks. Reads are public; every
 * write is package-private and reached only through {@link StudentRecords}, which applies the rules first
 * (StudentTransitionsArchitectureTest keeps it so).
 */
@Repository
public class StudentRepository {

    static final String COLUMNS = """
            id, student_number, name, gender, birth_date, ethnicity, id_type, id_number, household_type, address,
            guardian_name, guardian_phone, phone, school_code, major_code, class_id, entry_year, entry_season,
            year_group, intake_level, learning_form, education_category, duration_years, student_category, status,
            version""";

    private final JdbcClient jdbc;
    private final PersonNumbers numbers;

    StudentRepository(JdbcClient jdbc, PersonNumbers numbers) {
        this.jdbc = jdbc;
        this.numbers = numbers;
    }

    /**
     * Inserts a new record. An active status of the same person anywhere makes the database refuse the row
     * (unique active_person_key, DuplicateKeyException): the caller maps that to R-REG-4. R-REG-8: the record
     * carries the person's lifelong 学籍号 whatever number was proposed; a person's first number is remembered.
     */
    Student insert(Student proposed) {
        Student s = proposed.withStudentNumber(numbers.numberFor(proposed.idNumber(), proposed.studentNumber()));
        OffsetDateTime now = AppClock.nowOffset();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO student (student_number, name, gender, birth_date, ethnicity, id_type, id_number,
                          active_person_key, household_type, address, guardian_name, guardian_phone, phone, school_code,
                          major_code, class_id, entry_year, entry_season, year_group, intake_level, learning_form,
                          education_category, duration_years, student_category, status, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.studentNumber(), s.name(), s.gender().name(), s.birthDate(), s.ethnicity(),
                        s.idNumber().type().name(), s.idNumber().value(),
                        s.status().active() ? s.idNumber().personKey() : null,
                        s.householdType() == null ? null : s.householdType().name(), s.address(), s.guardianName(),
                        s.guardianPhone(), s.phone(), s.schoolCode(), s.majorCode(), s.classId(), s.entryYear(),
                        s.entrySeason().name(), s.yearGroup(), s.intakeLevel().name(), s.learningForm().name(),
                        s.educationCategory().name(), s.durationYears(), s.studentCategory().name(), s.status().name(),
                        now, now)
                .update(keys, "id");
        return s.withId(keys.getKey().longValue());
    }

    /**
     * Corrects the personal and study data of a record still under registration review (status 注册中), e.g.
     * after a reviewer returned the case. Optimistic: {@code s.version()} must still be current.
     */
    void correctWhileRegistering(Student s) {
        Student old = find(s.id()).orElseThrow();
        String number = numbers.moved(old.idNumber(), s.idNumber(), old.studentNumber(), s.id());
        int updated = jdbc.sql("""
                        UPDATE student SET student_number = ?, name = ?, gender = ?, birth_date = ?, ethnicity = ?, id_type = ?, id_number = ?,
                          active_person_key = ?, household_type = ?, address = ?, guardian_name = ?, guardian_phone = ?,
                          phone = ?, major_code = ?, class_id = ?, intake_level = ?, learning_form = ?,
                          education_category = ?, duration_years = ?, student_category = ?, updated_at = ?,
                          version = version + 1
                        WHERE id = ? AND version = ? AND status = 'REGISTERING'""")
                .params(number, s.name(), s.gender().name(), s.birthDate(), s.ethnicity(), s.idNumber().type().name(),
                        s.idNumber().value(), s.idNumber().personKey(),
                        s.householdType() == null ? null : s.householdType().name(), s.address(), s.guardianName(),
                        s.guardianPhone(), s.phone(), s.majorCode(), s.classId(), s.intakeLevel().name(),
                        s.learningForm().name(), s.educationCategory().name(), s.durationYears(),
                        s.studentCategory().name(), AppClock.nowOffset(), s.id(), s.version())
                .update();
        if (updated != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "学籍记录已被他人修改或已不在注册审核中，请刷新后重试（学生 " + s.id() + "）");
        }
    }

    public Optional<Student> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM student WHERE id = ?").param(id).query(StudentRepository::map)
                .optional();
    }

    /** Active students of a class, ordered by student number then name. */
    public List<Student> activeInClass(long classId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM student WHERE class_id = ? AND active_person_key IS NOT NULL "
                        + "ORDER BY student_number, name")
                .param(classId).query(StudentRepository::map).list();
    }

    public Optional<Student> activeByPerson(IdNumber idNumber) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM student WHERE active_person_key = ?")
                .param(idNumber.personKey()).query(StudentRepository::map).optional();
    }

    /**
     * Stores a transition of an existing record (optimistic: the row must still be in the transition's before status
     * at its version); keeps the active-person key in step. Major, class and year group follow the new placement.
     * Returns the stored record (version + 1). Only {@link StudentRecords} calls this, together with the history row.
     */
    Student updateStatus(StatusTransition t, OffsetDateTime now) {
        Student before = t.before();
        Student after = t.after();
        int updated = jdbc.sql("""
                        UPDATE student SET status = ?, active_person_key = ?, major_code = ?, class_id = ?,
                          year_group = ?, updated_at = ?, version = version + 1
                        WHERE id = ? AND status = ? AND version = ?""")
                .params(after.status().name(), after.status().active() ? after.idNumber().personKey() : null,
                        after.majorCode(), after.classId(), after.yearGroup(), now, before.id(), before.status().name(),
                        before.version())
                .update();
        if (updated != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "学籍记录已被他人修改，请刷新后重试（学生 " + before.id() + "）");
        }
        return find(before.id()).orElseThrow();
    }

    /**
     * Stores the personal data of an information change (optimistic on the version; the status must be unchanged);
     * the active-person key follows a new ID number, so the database refuses a second active record of the person
     * (DuplicateKeyException).
     */
    void updatePersonalData(Student after, OffsetDateTime now) {
        int updated = jdbc.sql("""
                        UPDATE student SET name = ?, gender = ?, birth_date = ?, address = ?, id_type = ?, id_number = ?,
                          active_person_key = ?, household_type = ?, updated_at = ?, version = version + 1
                        WHERE id = ? AND status = ? AND version = ?""")
                .params(after.name(), after.gender().name(), after.birthDate(), after.address(),
                        after.idNumber().type().name(), after.idNumber().value(),
                        after.status().active() ? after.idNumber().personKey() : null,
                        after.householdType() == null ? null : after.householdType().name(), now, after.id(),
                        after.status().name(), after.version())
                .update();
        if (updated != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "学籍记录已被他人修改，请刷新后重试（学生 " + after.id() + "）");
        }
    }

    /** The before/after values of an information change, one row per field (信息变更历史). */
    void recordInformationFields(long statusChangeId, long studentId, List<InformationChange.Field> fields) {
        for (InformationChange.Field f : fields) {
            jdbc.sql("""
                            INSERT INTO information_change_field (status_change_id, student_id, field, label, before_value,
                              after_value) VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(statusChangeId, studentId, f.field(), f.label(), f.before(), f.after()).update();
        }
    }

    /** The changed fields of an information-change row of the history, in the order recorded. */
    public List<InformationChange.Field> informationFields(long statusChangeId) {
        return jdbc.sql("""
                        SELECT field, label, before_value, after_value FROM information_change_field
                        WHERE status_change_id = ? ORDER BY id""")
                .param(statusChangeId)
                .query((rs, n) -> new InformationChange.Field(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    /** Appends one row to the status-change history (学籍异动记录). */
    StatusChange recordChange(long studentId, StatusChangeKind kind, LocalDate effective, StudentStatus from,
                              StudentStatus to, String details, List<Approval> approvals, String caseKey,
                              String processInstanceId, String actor, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO status_change (student_id, kind, effective_date, from_status, to_status, details,
                          approvals, case_key, process_instance_id, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(studentId, kind.name(), effective, from == null ? null : from.name(), to.name(), details,
                        ApprovalsJson.write(approvals), caseKey, processInstanceId, actor, at)
                .update(keys, "id");
        return new StatusChange(keys.getKey().longValue(), studentId, kind, effective, from, to, details,
                List.copyOf(approvals), caseKey, processInstanceId, actor, at);
    }

    public List<StatusChange> history(long studentId) {
        return jdbc.sql("""
                        SELECT id, student_id, kind, effective_date, from_status, to_status, details, approvals,
                               case_key, process_instance_id, recorded_by, recorded_at
                        FROM status_change WHERE student_id = ? ORDER BY id""")
                .param(studentId)
                .query((rs, n) -> new StatusChange(rs.getLong(1), rs.getLong(2),
                        StatusChangeKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getString(5) == null ? null : StudentStatus.valueOf(rs.getString(5)),
                        StudentStatus.valueOf(rs.getString(6)), rs.getString(7), ApprovalsJson.read(rs.getString(8)),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class)))
                .list();
    }

    /**
     * The status-change rows of a school's students recorded (approved) in {@code [from, to)}, oldest first, with
     * the student's number and name: what the monthly change report lists (R-MON-1).
     */
    public List<SchoolChange> schoolHistory(String schoolCode, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                        SELECT c.id, c.student_id, c.kind, c.effective_date, c.from_status, c.to_status, c.details,
                               c.approvals, c.case_key, c.process_instance_id, c.recorded_by, c.recorded_at,
                               s.student_number, s.name
                        FROM status_change c JOIN student s ON s.id = c.student_id
                        WHERE s.school_code = ? AND c.recorded_at >= ? AND c.recorded_at < ? ORDER BY c.recorded_at, c.id""")
                .params(schoolCode, from, to)
                .query((rs, n) -> new SchoolChange(new StatusChange(rs.getLong(1), rs.getLong(2),
                        StatusChangeKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                        rs.getString(5) == null ? null : StudentStatus.valueOf(rs.getString(5)),
                        StudentStatus.valueOf(rs.getString(6)), rs.getString(7), ApprovalsJson.read(rs.getString(8)),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class)),
                        rs.getString(13), rs.getString(14)))
                .list();
    }

    /** A status-change row with the student's number and name, for lists of a school's changes. */
    public record SchoolChange(StatusChange change, String studentNumber, String studentName) {
    }

    /**
     * Inserts the lock row of a procedure; the primary key on the student makes a second running procedure
     * impossible (the database refuses with a duplicate key, also under concurrency).
     */
    void insertLock(long studentId, StudentProcedure procedure, String caseKey, String actor, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO student_procedure_lock (student_id, procedure_kind, case_key, acquired_by, acquired_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(studentId, procedure.name(), caseKey, actor, at).update();
    }

    int deleteLock(String caseKey) {
        return jdbc.sql("DELETE FROM student_procedure_lock WHERE case_key = ?").param(caseKey).update();
    }

    Optional<ProcedureLock> lock(long studentId) {
        return jdbc.sql("""
                        SELECT student_id, procedure_kind, case_key, acquired_by, acquired_at
                        FROM student_procedure_lock WHERE student_id = ?""")
                .param(studentId)
                .query((rs, n) -> new ProcedureLock(rs.getLong(1), StudentProcedure.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .optional();
    }

    /** Row mapper for queries that select every column of {@code student}. */
    public static Student map(ResultSet rs, int row) throws SQLException {
        String household = rs.getString("household_type");
        return new Student(rs.getLong("id"), rs.getString("student_number"), rs.getString("name"),
                Gender.valueOf(rs.getString("gender")), rs.getObject("birth_date", LocalDate.class),
                rs.getString("ethnicity"),
                new IdNumber(IdType.valueOf(rs.getString("id_type")), rs.getString("id_number")),
                household == null ? null : HouseholdType.valueOf(household), rs.getString("address"),
                rs.getString("guardian_name"), rs.getString("guardian_phone"), rs.getString("phone"),
                rs.getString("school_code"), rs.getString("major_code"), (Long) rs.getObject("class_id", Long.class),
                rs.getInt("entry_year"), Season.valueOf(rs.getString("entry_season")), rs.getInt("year_group"),
                IntakeLevel.valueOf(rs.getString("intake_level")), LearningForm.valueOf(rs.getString("learning_form")),
                EducationCategory.valueOf(rs.getString("education_category")), rs.getInt("duration_years"),
                StudentCategory.valueOf(rs.getString("student_category")), StudentStatus.valueOf(rs.getString("status")),
                rs.getInt("version"));
    }
}
