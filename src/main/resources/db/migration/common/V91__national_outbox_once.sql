-- Issue 13 §6: a submission to the national system is recorded once per (operation, student, case), also when two
-- nodes or a retried job submit the same case at once (OutboxNationalRegistry checks first; this makes it hold).
CREATE UNIQUE INDEX national_outbox_once_uq ON national_outbox (operation, student_id, case_key);
