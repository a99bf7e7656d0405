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
            + "expulsion_ground, state, meeting_date, meeting_minutes_ref, decided_on, final_on, process_instance_id";

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
                        rs.getObject(11, LocalDate.class), rs.getObject(12, LocalDate.class), rs.getString(13)))
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

    void event(String caseKey, String kind, String details) {
        jdbc.sql("INSERT INTO sanction_event (case_key, kind, details, actor, at) VALUES (?, ?, ?, ?, ?)")
                .params(caseKey, kind, details, CurrentUser.idOrSystem(), AppClock.nowOffset()).update();
    }

    List<Event> events(String caseKey) {
        return jdbc.sql("SELECT kind, details, actor FROM sanction_event WHERE case_key = ? ORDER BY id")
                .param(caseKey).query((rs, n) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
