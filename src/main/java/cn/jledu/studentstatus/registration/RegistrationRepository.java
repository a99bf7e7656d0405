package cn.jledu.studentstatus.registration;

import cn.jledu.studentstatus.student.Intake;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.student.StudentEnums.Season;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Registration batches and the registration facts of each student (学籍号: student.PersonNumbers). */
@Repository
class RegistrationRepository {

    private static final String BATCH_COLUMNS = """
            id, case_key, school_code, intake_year, intake_season, source, file_name, status, student_count,
            process_instance_id, submitted_by, submitted_at, return_reason""";

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertBatch(String caseKey, String schoolCode, Intake intake, String source, String fileName, String sha256,
                     int count, String user) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO registration_batch (case_key, school_code, intake_year, intake_season, source,
                          file_name, file_sha256, status, student_count, submitted_by, submitted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'IN_REVIEW', ?, ?, ?)""")
                .params(caseKey, schoolCode, intake.year(), intake.season().name(), source, fileName, sha256, count,
                        user, AppClock.nowOffset())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setProcessInstance(long batchId, String processInstanceId) {
        jdbc.sql("UPDATE registration_batch SET process_instance_id = ? WHERE id = ?")
                .params(processInstanceId, batchId).update();
    }

    void setStatus(long batchId, RegistrationBatch.Status status, String returnReason) {
        jdbc.sql("UPDATE registration_batch SET status = ?, return_reason = ?, decided_at = ? WHERE id = ?")
                .params(status.name(), returnReason, AppClock.nowOffset(), batchId).update();
    }

    Optional<RegistrationBatch> batch(long id) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " FROM registration_batch WHERE id = ?").param(id)
                .query(RegistrationRepository::mapBatch).optional();
    }

    Optional<RegistrationBatch> batchByFile(String schoolCode, String sha256) {
        return jdbc.sql("SELECT " + BATCH_COLUMNS + " FROM registration_batch WHERE school_code = ? AND file_sha256 = ?")
                .params(schoolCode, sha256).query(RegistrationRepository::mapBatch).optional();
    }

    void insertRegistration(long batchId, long studentId, Applicant a, LocalDate registeredOn) {
        jdbc.sql("""
                        INSERT INTO registration (batch_id, student_id, source_row, admission_notice_no, id_original_seen,
                          id_copy_kept, graduation_year, graduation_certificate_no, three_plus_two, three_plus_two_papers,
                          joint_programme_partner, joint_programme_region, reporting_date, registered_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(batchId, studentId, a.rowNumber(), a.admissionNoticeNo().strip(), a.idOriginalSeen(),
                        a.idCopyKept(), a.graduationYear(), blankToNull(a.graduationCertificateNo()), a.threePlusTwo(),
                        blankToNull(a.threePlusTwoPapers()), blankToNull(a.jointProgrammePartner()),
                        blankToNull(a.jointProgrammeRegion()), a.reportingDate(), registeredOn)
                .update();
    }

    void updateRegistration(long studentId, Applicant a) {
        jdbc.sql("""
                        UPDATE registration SET admission_notice_no = ?, id_original_seen = ?, id_copy_kept = ?,
                          graduation_year = ?, graduation_certificate_no = ?, three_plus_two = ?,
                          three_plus_two_papers = ?, joint_programme_partner = ?, joint_programme_region = ?,
                          reporting_date = ?
                        WHERE student_id = ?""")
                .params(a.admissionNoticeNo().strip(), a.idOriginalSeen(), a.idCopyKept(), a.graduationYear(),
                        blankToNull(a.graduationCertificateNo()), a.threePlusTwo(), blankToNull(a.threePlusTwoPapers()),
                        blankToNull(a.jointProgrammePartner()), blankToNull(a.jointProgrammeRegion()), a.reportingDate(),
                        studentId)
                .update();
    }

    void recordLateApproval(long batchId, String reason, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE registration_batch SET late_approval_reason = ?, late_approved_by = ?, late_approved_at = ? "
                + "WHERE id = ?").params(reason, by, at, batchId).update();
    }

    Optional<String> lateApprovalReason(long batchId) {
        return jdbc.sql("SELECT late_approval_reason FROM registration_batch WHERE id = ?").param(batchId)
                .query(String.class).optional();
    }

    void setStudentCount(long batchId, int count) {
        jdbc.sql("UPDATE registration_batch SET student_count = ? WHERE id = ?").params(count, batchId).update();
    }

    List<Long> studentIds(long batchId) {
        return jdbc.sql("SELECT student_id FROM registration WHERE batch_id = ? ORDER BY student_id").param(batchId)
                .query(Long.class).list();
    }

    void markApproved(long batchId, LocalDate on) {
        jdbc.sql("UPDATE registration SET approved_on = ? WHERE batch_id = ?").params(on, batchId).update();
    }

    void markNationalSubmitted(long batchId, OffsetDateTime at) {
        jdbc.sql("UPDATE registration SET national_submitted_at = ? WHERE batch_id = ?").params(at, batchId).update();
    }

    /** Where the case stands, for a batch recorded outside the provincial chain (R-REG-14). */
    void markApproved(long batchId, LocalDate on, RegistrationBatch.Status status) {
        markApproved(batchId, on);
        setStatus(batchId, status, null);
    }

    /** R-REG-10: the joint-programme students of a batch still under review: student id, partner school, region. */
    List<Map<String, Object>> jointProgrammeRows(long batchId) {
        return jdbc.sql("""
                        SELECT r.student_id, r.joint_programme_partner, r.joint_programme_region FROM registration r
                        JOIN student s ON s.id = r.student_id
                        WHERE r.batch_id = ? AND r.joint_programme_partner IS NOT NULL AND s.status = 'REGISTERING'
                        ORDER BY r.student_id""").param(batchId).query().listOfRows();
    }

    /** R-REG-10: records the supervising bureau's approval of one joint-programme student (replacing an earlier one). */
    void recordJointApproval(long batchId, long studentId, String partner, String region, String bureauCode,
                             String bureauName, String by, LocalDate on, OffsetDateTime at) {
        jdbc.sql("DELETE FROM joint_programme_approval WHERE student_id = ?").param(studentId).update();
        jdbc.sql("""
                        INSERT INTO joint_programme_approval (batch_id, student_id, partner_school, partner_region,
                          bureau_code, bureau_name, approved_by, approved_on, approved_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(batchId, studentId, partner, region, bureauCode, bureauName, by, on, at).update();
    }

    /** R-REG-10: the joint-programme students of a batch under review without the supervising bureau's approval. */
    List<Long> jointProgrammeWithoutApproval(long batchId) {
        return jdbc.sql("""
                        SELECT r.student_id FROM registration r JOIN student s ON s.id = r.student_id
                        WHERE r.batch_id = ? AND r.joint_programme_partner IS NOT NULL AND s.status = 'REGISTERING'
                          AND NOT EXISTS (SELECT 1 FROM joint_programme_approval j WHERE j.student_id = r.student_id)
                        ORDER BY r.student_id""").param(batchId).query(Long.class).list();
    }

    /** The registration facts of a student, as the registrar entered them. */
    Optional<Map<String, Object>> registrationFacts(long studentId) {
        return jdbc.sql("SELECT * FROM registration WHERE student_id = ?").param(studentId).query().listOfRows()
                .stream().findFirst();
    }

    private static RegistrationBatch mapBatch(ResultSet rs, int n) throws SQLException {
        return new RegistrationBatch(rs.getLong("id"), rs.getString("case_key"), rs.getString("school_code"),
                rs.getInt("intake_year"), Season.valueOf(rs.getString("intake_season")), rs.getString("source"),
                rs.getString("file_name"), RegistrationBatch.Status.valueOf(rs.getString("status")),
                rs.getInt("student_count"), rs.getString("process_instance_id"), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("return_reason"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
