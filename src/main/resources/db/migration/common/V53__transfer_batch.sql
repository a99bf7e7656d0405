-- R-TRF-5 (第十四条): joint-programme batch transfers are processed as one batch: the rows of one batch share
-- batch_key, the business key of the batch's process instances; each row keeps its own case_key.
ALTER TABLE transfer_case ADD COLUMN batch_key VARCHAR(40);
CREATE INDEX transfer_case_batch_idx ON transfer_case (batch_key);
