-- R-REG-8: a person keeps one 学籍号 for life. person_student_number maps the person (the key of the ID document,
-- as student.active_person_key: 'CN:<number>' for GB 11643 documents, '<type>:<number>' otherwise) to the one number
-- the person ever received; a re-enrolment after a cancellation, at the same or another school, and a transfer-in
-- carry it. A number therefore no longer identifies one record: the old inactive record and the new active one share
-- it; among active records it stays unique (V45, vendor-specific).

CREATE TABLE person_student_number (
    person_key      VARCHAR(64)  NOT NULL PRIMARY KEY,
    student_number  VARCHAR(20)  NOT NULL,
    assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT person_student_number_uq UNIQUE (student_number)
);

-- Every person already recorded keeps the number of their first record.
INSERT INTO person_student_number (person_key, student_number, assigned_at)
SELECT CASE WHEN s.id_type IN ('RESIDENT_ID', 'HKMO_RESIDENCE_PERMIT', 'TW_RESIDENCE_PERMIT') THEN 'CN:' || s.id_number
            ELSE s.id_type || ':' || s.id_number END,
       s.student_number, s.created_at
FROM student s
WHERE s.student_number IS NOT NULL
  AND s.id = (SELECT MIN(o.id) FROM student o WHERE o.student_number IS NOT NULL AND o.id_number = s.id_number
              AND (CASE WHEN o.id_type IN ('RESIDENT_ID', 'HKMO_RESIDENCE_PERMIT', 'TW_RESIDENCE_PERMIT') THEN 'CN'
                        ELSE o.id_type END)
                = (CASE WHEN s.id_type IN ('RESIDENT_ID', 'HKMO_RESIDENCE_PERMIT', 'TW_RESIDENCE_PERMIT') THEN 'CN'
                        ELSE s.id_type END));

ALTER TABLE student DROP CONSTRAINT student_number_uq;
CREATE INDEX student_number_idx ON student (student_number);
