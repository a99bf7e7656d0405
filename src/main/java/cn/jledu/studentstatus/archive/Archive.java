package cn.jledu.studentstatus.archive;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/** The student archive: typed entries appended by procedures; removal keeps an audit record (R-SAN-2). */
@Service
public class Archive {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Archive(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public long add(long studentId, ArchiveEntryKind kind, String title, String content, String caseKey,
                    Long documentId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO archive_entry (student_id, kind, title, content, case_key, document_id,
                          in_personal_archive, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
                .params(studentId, kind.name(), title, content, caseKey, documentId, CurrentUser.idOrSystem(),
                        AppClock.nowOffset())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The personal archive as the student and school see it. */
    public List<ArchiveEntry> personalArchive(long studentId) {
        return query("WHERE student_id = ? AND in_personal_archive ORDER BY id", studentId);
    }

    /** Every entry including removed ones (auditors only). */
    public List<ArchiveEntry> allEntries(long studentId) {
        return query("WHERE student_id = ? ORDER BY id", studentId);
    }

    /** Removes an entry from the personal archive; the removal itself is audited with the reason. */
    public void removeFromPersonalArchive(long entryId, String reason) {
        jdbc.sql("UPDATE archive_entry SET in_personal_archive = FALSE WHERE id = ?").param(entryId).update();
        audit.record("ARCHIVE_ENTRY_REMOVED", "archive_entry", String.valueOf(entryId), reason);
    }

    private List<ArchiveEntry> query(String where, Object param) {
        return jdbc.sql("""
                        SELECT id, student_id, kind, title, content, case_key, document_id, in_personal_archive,
                               recorded_by, recorded_at FROM archive_entry""" + " " + where)
                .param(param)
                .query((rs, n) -> new ArchiveEntry(rs.getLong(1), rs.getLong(2),
                        ArchiveEntryKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        (Long) rs.getObject(7, Long.class), rs.getBoolean(8), rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class)))
                .list();
    }
}
