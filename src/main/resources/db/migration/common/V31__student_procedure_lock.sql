-- PROC-1 (docs/student-record.md): one running procedure per student where procedures conflict (a transfer while
-- a suspension is under review, a cancellation while an expulsion is decided …). The primary key makes a second
-- claim impossible, also when two cases start at the same moment. The row lives from the start of the case to the
-- end of its process (every end path); case_key is the process's business key.
CREATE TABLE student_procedure_lock (
    student_id      BIGINT       NOT NULL PRIMARY KEY REFERENCES student (id),
    procedure_kind  VARCHAR(30)  NOT NULL,
    case_key        VARCHAR(64)  NOT NULL,
    acquired_by     VARCHAR(64)  NOT NULL,
    acquired_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT student_procedure_lock_case_uq UNIQUE (case_key)
);
