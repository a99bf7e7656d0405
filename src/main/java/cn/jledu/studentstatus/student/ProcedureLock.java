package cn.jledu.studentstatus.student;

import java.time.OffsetDateTime;

/** A row of {@code student_procedure_lock}: the one procedure running for a student, and its case. */
public record ProcedureLock(long studentId, StudentProcedure procedure, String caseKey, String acquiredBy,
                            OffsetDateTime acquiredAt) {
}
