-- R-MON-5: a closed (撤销) or merged school is removed from monthly reporting and oversight once no student remains
-- 在籍. closed_on is the day the closure was recorded; active becomes FALSE at the same time.
ALTER TABLE school ADD COLUMN closed_on DATE;
ALTER TABLE school ADD COLUMN closure_case_key VARCHAR(64);
