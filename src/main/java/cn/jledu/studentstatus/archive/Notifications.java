package cn.jledu.studentstatus.archive;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * R-SAN-4 (第三十八条): the school notifies the student or guardian of every school-level or higher reward or
 * sanction. One row per letter, with its full text (what the student sees) and, when the letter was printed by the
 * document service, the id of its PDF in the {@code document} table.
 */
@Service
public class Notifications {

    /** A notification as recorded. */
    public record Notification(long id, long studentId, String caseKey, String subject, String recipient,
                               String letterText, LocalDate notifiedOn, Long documentId) {
    }

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a letter given as text only. */
    public long record(long studentId, String caseKey, String subject, String recipient, String letterText,
                       LocalDate notifiedOn) {
        return record(studentId, caseKey, subject, recipient, letterText, notifiedOn, null);
    }

    /** Records a letter: its text and, if printed, the id of its PDF document (else null). Returns the row's id. */
    public long record(long studentId, String caseKey, String subject, String recipient, String letterText,
                       LocalDate notifiedOn, Long documentId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO student_notification (student_id, case_key, subject, recipient, letter_text,
                          notified_on, document_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(studentId, caseKey, subject, recipient, letterText, notifiedOn, documentId,
                        CurrentUser.idOrSystem(), AppClock.nowOffset())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Notification> forCase(String caseKey) {
        return jdbc.sql("SELECT id, student_id, case_key, subject, recipient, letter_text, notified_on, document_id "
                        + "FROM student_notification WHERE case_key = ? ORDER BY id")
                .param(caseKey)
                .query((rs, n) -> new Notification(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getObject(8, Long.class)))
                .list();
    }
}
