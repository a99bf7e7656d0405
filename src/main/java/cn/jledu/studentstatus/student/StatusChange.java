package cn.jledu.studentstatus.student;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of the status-change history (学籍异动记录): exactly one per applied transition. The monthly change report
 * and the national-system outbox read this history: kind, effective date, status before and after, details,
 * approvals level by level, the case and process instance that decided it, who recorded it and when.
 */
public record StatusChange(long id, long studentId, StatusChangeKind kind, LocalDate effectiveDate,
                           StudentStatus fromStatus, StudentStatus toStatus, String details, List<Approval> approvals,
                           String caseKey, String processInstanceId, String recordedBy, OffsetDateTime recordedAt) {
}
