-- H2 has no partial indexes: a plain composite index serves the active roster of a school.
CREATE INDEX student_active_roster_idx ON student (school_code, class_id, status);
