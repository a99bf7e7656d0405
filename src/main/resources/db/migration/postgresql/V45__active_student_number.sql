-- R-REG-8 (PostgreSQL): a 学籍号 is shared by a person's records over time, but two active records never share one.
CREATE UNIQUE INDEX student_active_number_uq ON student (student_number) WHERE active_person_key IS NOT NULL;
