-- The status-change history (学籍异动记录) records who approved each change at which level: a JSON array of
-- {"level": SCHOOL|COUNTY|CITY|PROVINCE, "authority", "decision", "by", "on"} (docs/student-record.md). The monthly
-- change report and the national-system outbox read it. Rows written before this column have none.
ALTER TABLE status_change ADD COLUMN approvals VARCHAR(4000);
