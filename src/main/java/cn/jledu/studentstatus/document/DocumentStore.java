package cn.jledu.studentstatus.document;

import cn.jledu.studentstatus.platform.AppClock;
import cn.jledu.studentstatus.platform.CurrentUser;
import cn.jledu.studentstatus.platform.NotFound;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Keeps generated documents in the {@code document} table (db/migration/{vendor}/V5__document.sql). */
@Repository
public class DocumentStore {

    private static final String COLUMNS = "id, kind, title, file_name, content_type, content, size, school_code, "
            + "case_key, student_id, created_by, created_at";

    private final JdbcClient jdbc;

    public DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves a document made by the current user (or "system") now; returns its id. */
    public long save(NewDocument document) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document (kind, title, file_name, content_type, content, size, school_code, case_key,
                                      student_id, created_by, created_at)
                VALUES (:kind, :title, :fileName, :contentType, :content, :size, :schoolCode, :caseKey,
                        :studentId, :createdBy, :createdAt)""")
                .param("kind", document.kind())
                .param("title", document.title())
                .param("fileName", document.fileName())
                .param("contentType", document.contentType())
                .param("content", document.content())
                .param("size", (long) document.content().length)
                .param("schoolCode", document.schoolCode())
                .param("caseKey", document.caseKey())
                .param("studentId", document.studentId())
                .param("createdBy", CurrentUser.idOrSystem())
                .param("createdAt", AppClock.nowOffset())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<StoredDocument> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE id = :id").param("id", id)
                .query(DocumentStore::map).optional();
    }

    /** The document, or {@link NotFound} (HTTP 404). */
    public StoredDocument load(long id) {
        return find(id).orElseThrow(() -> new NotFound("文书不存在：" + id));
    }

    /**
     * Lets the staff of another school (and the bureaus that review it) read every document filed under the case
     * key, e.g. the in-school of a transfer reads the out-school's papers (V55). Idempotent.
     */
    public void shareCase(String caseKey, String schoolCode) {
        jdbc.sql("""
                INSERT INTO case_document_reader (case_key, school_code)
                SELECT :caseKey, :school WHERE NOT EXISTS (
                  SELECT 1 FROM case_document_reader WHERE case_key = :caseKey AND school_code = :school)""")
                .param("caseKey", caseKey).param("school", schoolCode).update();
    }

    /** The schools whose readers may open the document: its own school and those its case is shared with. */
    public List<String> readerSchools(StoredDocument document) {
        List<String> schools = new java.util.ArrayList<>(List.of(document.schoolCode()));
        if (document.caseKey() != null) {
            jdbc.sql("SELECT school_code FROM case_document_reader WHERE case_key = :caseKey ORDER BY school_code")
                    .param("caseKey", document.caseKey()).query(String.class).list().stream()
                    .filter(code -> !schools.contains(code)).forEach(schools::add);
        }
        return schools;
    }

    /** The documents of one case of a school, oldest first. */
    public List<StoredDocument> ofCase(String schoolCode, String caseKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE school_code = :school AND case_key = :caseKey "
                        + "ORDER BY id")
                .param("school", schoolCode).param("caseKey", caseKey).query(DocumentStore::map).list();
    }

    private static StoredDocument map(ResultSet rs, int row) throws SQLException {
        long student = rs.getLong("student_id");
        Long studentId = rs.wasNull() ? null : student;
        return new StoredDocument(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
                rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content"), rs.getLong("size"),
                rs.getString("school_code"), rs.getString("case_key"), studentId,
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
