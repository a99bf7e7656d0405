-- At most one open closure case per school (R-MON-5); the service checks it too.
CREATE UNIQUE INDEX school_closure_open_uq ON school_closure (school_code) WHERE status = 'OPEN';
