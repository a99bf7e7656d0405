-- H2 has no partial index: the service alone keeps one open closure case per school (R-MON-5).
CREATE INDEX school_closure_school_idx ON school_closure (school_code);
