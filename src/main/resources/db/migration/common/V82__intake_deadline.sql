-- Intake deadlines (R-REG-6, R-REG-11): one deadline case per school and intake (20 April, 20 November), opened
-- when the season's timer fires; it reminds the school's registrar and its supervising bureau a configurable number
-- of working days before the deadline and starts the school's registration filing at the deadline, once.
CREATE TABLE intake_deadline (
    school_code      VARCHAR(10)  NOT NULL REFERENCES school (code),
    intake_code      VARCHAR(8)   NOT NULL,
    case_key         VARCHAR(64)  NOT NULL,
    deadline         DATE         NOT NULL,
    reminder_on      DATE         NOT NULL,
    filing_case_key  VARCHAR(64),
    outcome          VARCHAR(200),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (school_code, intake_code),
    CONSTRAINT intake_deadline_case_uq UNIQUE (case_key)
);
