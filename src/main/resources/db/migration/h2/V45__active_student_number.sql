-- R-REG-8 (H2 has no partial indexes): a generated column holds the number of active records only, and is unique;
-- a person's records over time share their 学籍号, two active records never do.
ALTER TABLE student ADD COLUMN active_student_number VARCHAR(20)
    GENERATED ALWAYS AS (CASE WHEN active_person_key IS NOT NULL THEN student_number END);
ALTER TABLE student ADD CONSTRAINT student_active_number_uq UNIQUE (active_student_number);
