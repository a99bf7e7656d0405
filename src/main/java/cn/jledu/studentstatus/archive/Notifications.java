package cn.jledu.studentstatus.archive;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * R-SAN-4 (第三十八条): the school notifies the student or guardian of every school-level or higher reward or
 * sanction. One row per letter, with its full text; the PDF is rendered from the same model by the document
 * service (see DecisionLetter in the sanction package).
 */
@Service
public class Notifications {

    /** A notification as recorded. */
    public record Notification(long id, long studentId, String caseKey, String subject, String recipient,
                               String letterText, LocalDate notifiedOn) {
    }

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long studentId, String caseKey, String subject, String recipient, String letterText,
                       LocalDate notifiedOn) {
        jdbc.sql("""
                        INSERT INTO student_notification (student_id, case_key, subject, recipient, letter_text,
                          notified_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(studentId, caseKey, subject, recipient, letterText, notifiedOn, CurrentUser.idOrSystem(),
                        AppClock.nowOffset())
                .update();
    }

    public List<Notification> forCase(String caseKey) {
        return jdbc.sql("SELECT id, student_id, case_key, subject, recipient, letter_text, notified_on "
                        + "FROM student_notification WHERE case_key = ? ORDER BY id")
                .param(caseKey)
                .query((rs, n) -> new Notification(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)))
                .list();
    }
}
