-- R-APL-4, R-SAN-4: the letter whose decision is in force for a sanction case: the 学生处分决定书, or the appeal
-- decision (学生申诉复查决定书 of the school, 学生申诉处理决定书 of the bureau) that changed or revoked it. The archive
-- entry made when the sanction becomes final links this letter. Null for cases decided before this column.
ALTER TABLE sanction_case ADD COLUMN decision_document_id BIGINT REFERENCES document (id);
