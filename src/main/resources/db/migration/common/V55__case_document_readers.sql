-- A case that spans two schools (a transfer: the out-school and the in-school, R-TRF-4) shares its documents: every
-- document filed under the case key is readable by the staff of each school listed here and by the bureaus that
-- review that school, besides the document's own school. Nobody else may read it.
CREATE TABLE case_document_reader (
    case_key     VARCHAR(100) NOT NULL,
    school_code  VARCHAR(10)  NOT NULL REFERENCES school (code),
    CONSTRAINT case_document_reader_pk PRIMARY KEY (case_key, school_code)
);
