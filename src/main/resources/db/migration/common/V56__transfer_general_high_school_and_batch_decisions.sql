-- R-TRF-3 (第十四条): a general senior-high (普通高中) student transferring in from outside this system has no record
-- here and no out-school in the school table: the case names the source school, keeps the person data (JSON) and
-- when the high-school study began; the record is created at the in-school's term start (R-REG-7).
ALTER TABLE transfer_case ALTER COLUMN student_id DROP NOT NULL;
ALTER TABLE transfer_case ALTER COLUMN out_school_code DROP NOT NULL;
ALTER TABLE transfer_case ADD COLUMN source_kind VARCHAR(30) NOT NULL DEFAULT 'VOCATIONAL_SCHOOL';
ALTER TABLE transfer_case ADD COLUMN source_school_name VARCHAR(200);
ALTER TABLE transfer_case ADD COLUMN person_json VARCHAR(4000);
ALTER TABLE transfer_case ADD COLUMN study_started_on DATE;
ALTER TABLE transfer_case ADD COLUMN expected_graduation DATE;
ALTER TABLE transfer_case ADD CONSTRAINT transfer_case_source_chk CHECK (
    (source_kind = 'VOCATIONAL_SCHOOL' AND student_id IS NOT NULL AND out_school_code IS NOT NULL)
    OR (source_kind = 'GENERAL_HIGH_SCHOOL' AND student_id IS NULL AND out_school_code IS NULL
        AND source_school_name IS NOT NULL AND person_json IS NOT NULL AND study_started_on IS NOT NULL));
