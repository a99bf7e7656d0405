package cn.jledu.studentstatus.sanction;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** sanction_case and its history sanction_event. */
@Repository
class SanctionRepository {

    record Event(String kind, String details, String actor) {
    }

    private static final String COLUMNS = "case_key, student_id, school_code, facts, proposed_level, level, "
            + "expulsion_ground, state, meeting_date, meeting_minutes_ref, decided_on, final_on, process_instance_id, "
            + "proposed_by, proposed_at, school_appeal_working_days";

    private final JdbcClient jdbc;

    SanctionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int countForStudent(long studentId) {
        return jdbc.sql("SELECT COUNT(*) FROM sanction_case WHERE student_id = ?").param(studentId)
                .query(Integer.class).single();
    }

    void insert(String caseKey, long studentId, String schoolCode, String facts, SanctionLevel level,
                ExpulsionGround ground) {
        jdbc.sql("""
                        INSERT INTO sanction_case (case_key, student_id, school_code, facts, proposed_level, level,
                          expulsion_ground, state, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseKey, studentId, schoolCode, facts, level.name(), level.name(),
                        ground == null ? null : ground.name(), SanctionState.PROPOSED.name(), CurrentUser.idOrSystem(),
                        AppClock.nowOffset())
                .update();
    }

    Optional<SanctionCase> find(String caseKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sanction_case WHERE case_key = ?").param(caseKey)
                .query((rs, n) -> new SanctionCase(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        SanctionLevel.valueOf(rs.getString(5)), SanctionLevel.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : ExpulsionGround.valueOf(rs.getString(7)),
                        SanctionState.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class), rs.getString(10),
                        rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class), rs.getString(13),
                        rs.getString(14), rs.getObject(15, java.time.OffsetDateTime.class)
                                .atZoneSameInstant(AppClock.ZONE).toLocalDate(), rs.getObject(16, Integer.class)))
                .optional();
    }

    void processStarted(String caseKey, String processInstanceId) {
        jdbc.sql("UPDATE sanction_case SET process_instance_id = ? WHERE case_key = ?")
                .params(processInstanceId, caseKey).update();
    }

    void state(String caseKey, SanctionState state) {
        jdbc.sql("UPDATE sanction_case SET state = ? WHERE case_key = ?").params(state.name(), caseKey).update();
    }

    void level(String caseKey, SanctionLevel level) {
        jdbc.sql("UPDATE sanction_case SET level = ? WHERE case_key = ?").params(level.name(), caseKey).update();
    }

    void decided(String caseKey, SanctionLevel level, LocalDate meetingDate, String minutesRef, LocalDate on) {
        jdbc.sql("""
                        UPDATE sanction_case SET level = ?, meeting_date = ?, meeting_minutes_ref = ?, decided_on = ?,
                          state = ? WHERE case_key = ?""")
                .params(level.name(), meetingDate, minutesRef, on, SanctionState.DECIDED.name(), caseKey).update();
    }

    /** The letter whose decision is in force (the decision letter, or the appeal decision that changed it). */
    void decisionDocument(String caseKey, long documentId) {
        jdbc.sql("UPDATE sanction_case SET decision_document_id = ? WHERE case_key = ?").params(documentId, caseKey)
                .update();
    }

    Optional<Long> decisionDocumentId(String caseKey) {
        return jdbc.sql("SELECT decision_document_id FROM sanction_case WHERE case_key = ?").param(caseKey)
                .query((rs, n) -> rs.getObject(1, Long.class)).optional();
    }

    void closed(String caseKey, SanctionState state, LocalDate on) {
        jdbc.sql("UPDATE sanction_case SET state = ?, final_on = ? WHERE case_key = ?")
                .params(state.name(), on, caseKey).update();
    }

    /** The school appeal window this case announced and counts (the school's setting at decision time). */
    void schoolAppealWorkingDays(String caseKey, int days) {
        jdbc.sql("UPDATE sanction_case SET school_appeal_working_days = ? WHERE case_key = ?").params(days, caseKey)
                .update();
    }

    /** A final case goes back to not final (an appeal made in time was entered late). */
    void reopened(String caseKey, SanctionState state) {
        jdbc.sql("UPDATE sanction_case SET state = ?, final_on = NULL WHERE case_key = ?").params(state.name(), caseKey)
                .update();
    }

    // ---- the school's appeal window (sanction_school_setting) ----

    Optional<Integer> schoolAppealSetting(String schoolCode) {
        return jdbc.sql("SELECT school_appeal_working_days FROM sanction_school_setting WHERE school_code = ?")
                .param(schoolCode).query(Integer.class).optional();
    }

    void saveSchoolAppealSetting(String schoolCode, int days) {
        int updated = jdbc.sql("""
                        UPDATE sanction_school_setting SET school_appeal_working_days = ?, changed_by = ?, changed_at = ?
                        WHERE school_code = ?""")
                .params(days, CurrentUser.idOrSystem(), AppClock.nowOffset(), schoolCode).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO sanction_school_setting (school_code, school_appeal_working_days, changed_by,
                              changed_at) VALUES (?, ?, ?, ?)""")
                    .params(schoolCode, days, CurrentUser.idOrSystem(), AppClock.nowOffset()).update();
        }
    }

    // ---- deliveries (送达) and appeals ----

    /** The recorded receipt of a letter. */
    record Delivery(long notificationId, String caseKey, LocalDate receivedOn, String method, String recordedBy) {
    }

    Optional<Delivery> delivery(long notificationId) {
        return jdbc.sql("SELECT notification_id, case_key, received_on, method, recorded_by FROM sanction_letter_delivery "
                        + "WHERE notification_id = ?").param(notificationId)
                .query((rs, n) -> new Delivery(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    void insertDelivery(long notificationId, String caseKey, LocalDate receivedOn, String method) {
        jdbc.sql("""
                        INSERT INTO sanction_letter_delivery (notification_id, case_key, received_on, method, recorded_by,
                          recorded_at) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(notificationId, caseKey, receivedOn, method, CurrentUser.idOrSystem(), AppClock.nowOffset())
                .update();
    }

    void correctDelivery(long notificationId, LocalDate receivedOn) {
        jdbc.sql("UPDATE sanction_letter_delivery SET received_on = ?, recorded_by = ?, recorded_at = ? "
                        + "WHERE notification_id = ?")
                .params(receivedOn, CurrentUser.idOrSystem(), AppClock.nowOffset(), notificationId).update();
    }

    /** An appeal as recorded: stage SCHOOL or BUREAU, the day it was made and the day it was received. */
    record Appeal(String stage, LocalDate madeOn, LocalDate receivedOn, String reasons, boolean enteredLate) {
    }

    void insertAppeal(String caseKey, String stage, LocalDate madeOn, LocalDate receivedOn, String reasons,
                      boolean enteredLate) {
        jdbc.sql("""
                        INSERT INTO sanction_appeal (case_key, stage, made_on, received_on, reasons, entered_late,
                          recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseKey, stage, madeOn, receivedOn, reasons, enteredLate, CurrentUser.idOrSystem(),
                        AppClock.nowOffset())
                .update();
    }

    List<Appeal> appeals(String caseKey) {
        return jdbc.sql("SELECT stage, made_on, received_on, reasons, entered_late FROM sanction_appeal "
                        + "WHERE case_key = ? ORDER BY id").param(caseKey)
                .query((rs, n) -> new Appeal(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    void event(String caseKey, String kind, String details) {
        jdbc.sql("INSERT INTO sanction_event (case_key, kind, details, actor, at) VALUES (?, ?, ?, ?, ?)")
                .params(caseKey, kind, details, CurrentUser.idOrSystem(), AppClock.nowOffset()).update();
    }

    List<Event> events(String caseKey) {
        return jdbc.sql("SELECT kind, details, actor FROM sanction_event WHERE case_key = ? ORDER BY id")
                .param(caseKey).query((rs, n) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
