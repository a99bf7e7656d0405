package cn.jledu.studentstatus.student;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of the status-change history (学籍异动记录). */
public record StatusChange(long id, long studentId, StatusChangeKind kind, LocalDate effectiveDate,
                           StudentStatus fromStatus, StudentStatus toStatus, String details, String caseKey,
                           String recordedBy, OffsetDateTime recordedAt) {
}
