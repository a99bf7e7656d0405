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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Registration batches, the registration facts of each student, and 学籍号 counters. */
@Repository
class RegistrationRepository implements cn.jledu.studentstatus.student.StudentNumbers {

    private static final String BATCH_COLUMNS = """
            id, case_key, school_code, intake_year, intake_season, source, file_name, status, student_count,
            process_instance_id, submitted_by, submitted_at, return_reason""";

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;

    RegistrationRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
                          joint_programme_partner, reporting_date, registered_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(batchId, studentId, a.rowNumber(), a.admissionNoticeNo().strip(), a.idOriginalSeen(),
                        a.idCopyKept(), a.graduationYear(), blankToNull(a.graduationCertificateNo()), a.threePlusTwo(),
                        blankToNull(a.threePlusTwoPapers()), blankToNull(a.jointProgrammePartner()), a.reportingDate(),
                        registeredOn)
                .update();
    }

    void updateRegistration(long studentId, Applicant a) {
        jdbc.sql("""
                        UPDATE registration SET admission_notice_no = ?, id_original_seen = ?, id_copy_kept = ?,
                          graduation_year = ?, graduation_certificate_no = ?, three_plus_two = ?,
                          three_plus_two_papers = ?, joint_programme_partner = ?, reporting_date = ?
                        WHERE student_id = ?""")
                .params(a.admissionNoticeNo().strip(), a.idOriginalSeen(), a.idCopyKept(), a.graduationYear(),
                        blankToNull(a.graduationCertificateNo()), a.threePlusTwo(), blankToNull(a.threePlusTwoPapers()),
                        blankToNull(a.jointProgrammePartner()), a.reportingDate(), studentId)
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

    /**
     * Reserves {@code count} consecutive 学籍号 sequence numbers of a school and year and returns the first.
     * The counter row is locked by the UPDATE until the transaction ends, so numbers are unique across
     * concurrent registrations and nodes, and never reused (a withdrawn registration keeps its numbers).
     */
    int nextStudentSequence(String schoolCode, int year, int count) {
        ensureCounter(schoolCode, year);
        jdbc.sql("UPDATE student_number_counter SET last_value = last_value + ? WHERE school_code = ? AND entry_year = ?")
                .params(count, schoolCode, year).update();
        return jdbc.sql("SELECT last_value FROM student_number_counter WHERE school_code = ? AND entry_year = ?")
                .params(schoolCode, year).query(Integer.class).single() - count + 1;
    }

    /** A transfer-in's new record at the receiving school gets that school's next number (R-TRF-4). */
    @Override
    public String assign(String schoolCode, int entryYear) {
        return schoolCode + entryYear + String.format("%05d", nextStudentSequence(schoolCode, entryYear, 1));
    }

    /** Creates the counter row in its own transaction (a concurrent creator may win: that is fine). */
    private void ensureCounter(String schoolCode, int year) {
        boolean present = jdbc.sql("SELECT COUNT(*) FROM student_number_counter WHERE school_code = ? AND entry_year = ?")
                .params(schoolCode, year).query(Integer.class).single() > 0;
        if (present) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> {
                Integer existing = jdbc.sql("""
                                SELECT MAX(CAST(SUBSTRING(student_number, ?) AS INTEGER)) FROM student
                                WHERE school_code = ? AND student_number LIKE ?""")
                        .params(sequenceStart(schoolCode), schoolCode, schoolCode + year + "%").query(Integer.class).optional().orElse(null);
                jdbc.sql("INSERT INTO student_number_counter (school_code, entry_year, last_value) VALUES (?, ?, ?)")
                        .params(schoolCode, year, existing == null ? 0 : existing).update();
            });
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // created concurrently
        }
    }

    /**
     * Where the sequence starts in a 学籍号 of this school (1-based): after the school code, whatever its length
     * (R-REG-8), and the four digits of the entry year.
     */
    static int sequenceStart(String schoolCode) {
        return schoolCode.length() + 4 + 1;
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
