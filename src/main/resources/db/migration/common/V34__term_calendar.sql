-- The school term calendar (学期): what transfer (R-TRF-2, R-TRF-6, R-REG-7), major change (R-MJC-3), suspension
-- (R-SUS-1 class hours) and graduation read. scope = a school code, or 'PROVINCE' for the provincial default that
-- every school without its own row follows. school_year 2026 = the 2026–2027 school year; term 1 = autumn, 2 = spring.
CREATE TABLE school_term (
    scope        VARCHAR(10)  NOT NULL,
    school_year  INTEGER      NOT NULL,
    term_no      INTEGER      NOT NULL,
    starts_on    DATE         NOT NULL,
    ends_on      DATE         NOT NULL,
    class_hours  INTEGER      NOT NULL,
    updated_by   VARCHAR(64),
    updated_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT school_term_pk PRIMARY KEY (scope, school_year, term_no),
    CONSTRAINT school_term_no_chk CHECK (term_no IN (1, 2)),
    CONSTRAINT school_term_dates_chk CHECK (ends_on > starts_on),
    CONSTRAINT school_term_hours_chk CHECK (class_hours > 0)
);

-- Provincial default [U]: autumn term 1 September – 20 January, spring term 1 March – 10 July, 20 teaching weeks
-- of 28 class hours (560). Unverified: administrators replace it with the province's and each school's calendar
-- (PUT /api/terms/{schoolYear}).
INSERT INTO school_term (scope, school_year, term_no, starts_on, ends_on, class_hours) VALUES
('PROVINCE', 2018, 1, DATE '2018-09-01', DATE '2019-01-20', 560), ('PROVINCE', 2018, 2, DATE '2019-03-01', DATE '2019-07-10', 560),
('PROVINCE', 2019, 1, DATE '2019-09-01', DATE '2020-01-20', 560), ('PROVINCE', 2019, 2, DATE '2020-03-01', DATE '2020-07-10', 560),
('PROVINCE', 2020, 1, DATE '2020-09-01', DATE '2021-01-20', 560), ('PROVINCE', 2020, 2, DATE '2021-03-01', DATE '2021-07-10', 560),
('PROVINCE', 2021, 1, DATE '2021-09-01', DATE '2022-01-20', 560), ('PROVINCE', 2021, 2, DATE '2022-03-01', DATE '2022-07-10', 560),
('PROVINCE', 2022, 1, DATE '2022-09-01', DATE '2023-01-20', 560), ('PROVINCE', 2022, 2, DATE '2023-03-01', DATE '2023-07-10', 560),
('PROVINCE', 2023, 1, DATE '2023-09-01', DATE '2024-01-20', 560), ('PROVINCE', 2023, 2, DATE '2024-03-01', DATE '2024-07-10', 560),
('PROVINCE', 2024, 1, DATE '2024-09-01', DATE '2025-01-20', 560), ('PROVINCE', 2024, 2, DATE '2025-03-01', DATE '2025-07-10', 560),
('PROVINCE', 2025, 1, DATE '2025-09-01', DATE '2026-01-20', 560), ('PROVINCE', 2025, 2, DATE '2026-03-01', DATE '2026-07-10', 560),
('PROVINCE', 2026, 1, DATE '2026-09-01', DATE '2027-01-20', 560), ('PROVINCE', 2026, 2, DATE '2027-03-01', DATE '2027-07-10', 560),
('PROVINCE', 2027, 1, DATE '2027-09-01', DATE '2028-01-20', 560), ('PROVINCE', 2027, 2, DATE '2028-03-01', DATE '2028-07-10', 560),
('PROVINCE', 2028, 1, DATE '2028-09-01', DATE '2029-01-20', 560), ('PROVINCE', 2028, 2, DATE '2029-03-01', DATE '2029-07-10', 560),
('PROVINCE', 2029, 1, DATE '2029-09-01', DATE '2030-01-20', 560), ('PROVINCE', 2029, 2, DATE '2030-03-01', DATE '2030-07-10', 560),
('PROVINCE', 2030, 1, DATE '2030-09-01', DATE '2031-01-20', 560), ('PROVINCE', 2030, 2, DATE '2031-03-01', DATE '2031-07-10', 560);
