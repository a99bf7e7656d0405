-- PostgreSQL only: partial index for the active roster of a school and a case-insensitive name search.
CREATE INDEX student_active_roster_idx ON student (school_code, class_id) WHERE active_person_key IS NOT NULL;
CREATE INDEX student_name_lower_idx ON student (lower(name));
