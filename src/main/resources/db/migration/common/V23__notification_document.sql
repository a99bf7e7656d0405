-- R-SAN-4: a notification links the PDF of its decision letter (document service); older rows and letters that
-- are only text (reward notices) have none.
ALTER TABLE student_notification ADD COLUMN document_id BIGINT REFERENCES document (id);
