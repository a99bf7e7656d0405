package cn.jledu.studentstatus.archive;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who did what to which record and when (R-MON-3, R-MON-4). Append-only. */
@Service
public class AuditTrail {

    /** An audit row. */
    public record AuditRecord(String actor, String action, String subjectType, String subjectId, String details) {
    }

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String action, String subjectType, String subjectId, String details) {
        jdbc.sql("INSERT INTO audit_record (actor, action, subject_type, subject_id, details, at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(CurrentUser.idOrSystem(), action, subjectType, subjectId, details, AppClock.nowOffset())
                .update();
    }

    public List<AuditRecord> forSubject(String subjectType, String subjectId) {
        return jdbc.sql("SELECT actor, action, subject_type, subject_id, details FROM audit_record "
                        + "WHERE subject_type = ? AND subject_id = ? ORDER BY id")
                .params(subjectType, subjectId)
                .query((rs, n) -> new AuditRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }
}
