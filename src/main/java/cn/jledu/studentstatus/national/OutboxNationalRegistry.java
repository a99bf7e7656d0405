package cn.jledu.studentstatus.national;

import cn.jledu.studentstatus.platform.AppClock;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Default adapter: every submission becomes a row of {@code national_outbox} in the same transaction as the
 * change itself; {@link #exportCsv} produces the file that staff upload to the national system, and
 * {@link #markReviewed} records the national system's review (R-MON-2: submitted and reviewed in the month).
 */
@Component
public class OutboxNationalRegistry implements NationalRegistry {

    /** One outbox row. */
    public record Entry(long id, String operation, long studentId, String schoolCode, String caseKey, String payload,
                        OffsetDateTime createdAt, OffsetDateTime submittedAt, OffsetDateTime reviewedAt,
                        String reviewResult) {
    }

    private final JdbcClient jdbc;

    OutboxNationalRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void submit(Operation operation, long studentId, String schoolCode, String caseKey, String payload) {
        boolean present = jdbc.sql("SELECT COUNT(*) FROM national_outbox WHERE operation = ? AND student_id = ? AND case_key = ?")
                .params(operation.name(), studentId, caseKey).query(Integer.class).single() > 0;
        if (!present) {
            OffsetDateTime now = AppClock.nowOffset();
            jdbc.sql("""
                            INSERT INTO national_outbox (operation, student_id, school_code, case_key, payload, created_at,
                              submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(operation.name(), studentId, schoolCode, caseKey, payload, now, now)
                    .update();
        }
    }

    public List<Entry> entries(String schoolCode, YearMonth month) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(AppClock.ZONE).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(AppClock.ZONE).toOffsetDateTime();
        return jdbc.sql("""
                        SELECT id, operation, student_id, school_code, case_key, payload, created_at, submitted_at,
                               reviewed_at, review_result
                        FROM national_outbox WHERE school_code = ? AND created_at >= ? AND created_at < ? ORDER BY id""")
                .params(schoolCode, from, to)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class), rs.getString(10)))
                .list();
    }

    public List<Entry> forStudent(long studentId) {
        return jdbc.sql("""
                        SELECT id, operation, student_id, school_code, case_key, payload, created_at, submitted_at,
                               reviewed_at, review_result
                        FROM national_outbox WHERE student_id = ? ORDER BY id""")
                .param(studentId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class), rs.getString(10)))
                .list();
    }

    public java.util.Optional<Entry> entry(long id) {
        return jdbc.sql("""
                        SELECT id, operation, student_id, school_code, case_key, payload, created_at, submitted_at,
                               reviewed_at, review_result
                        FROM national_outbox WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class), rs.getString(10)))
                .optional();
    }

    /** Records that the national system reviewed an entry. */
    public int markReviewed(long entryId, String result) {
        return jdbc.sql("UPDATE national_outbox SET reviewed_at = ?, review_result = ? WHERE id = ?")
                .params(AppClock.nowOffset(), result, entryId).update();
    }

    /** The export file of a school's month (UTF-8 CSV with BOM, Chinese headers). */
    public byte[] exportCsv(String schoolCode, YearMonth month) {
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("编号", "业务", "学生内部编号", "学校代码", "案卷号", "报送内容", "生成时间", "报送时间", "审核时间", "审核结果")
                .build())) {
            for (Entry e : entries(schoolCode, month)) {
                csv.printRecord(cn.jledu.studentstatus.platform.SpreadsheetText.csvRow(e.id(),
                        NationalRegistry.Operation.valueOf(e.operation()).label(), e.studentId(), e.schoolCode(),
                        e.caseKey(), e.payload(), e.createdAt(), e.submittedAt(), e.reviewedAt(), e.reviewResult()));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
