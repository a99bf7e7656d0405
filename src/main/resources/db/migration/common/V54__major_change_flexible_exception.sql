-- R-CHG-1 (第十三条): a flexible-learning student's major change goes through the supervising bureau's explicit
-- exception task; the case keeps whether it needed one and, if granted, who granted it and why (written into the
-- status-change row as well).
ALTER TABLE major_change_case ADD COLUMN flexible_learning BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE major_change_case ADD COLUMN exemption VARCHAR(1200);
ALTER TABLE major_change_case ADD COLUMN exception_by VARCHAR(64);
ALTER TABLE major_change_case ADD COLUMN exception_on DATE;
