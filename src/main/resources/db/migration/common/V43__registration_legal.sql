-- Legal corrections of registration (issue 8).

-- R-REG-1 / R-DUR-1 (Art. 4, 11): 具有同等学力者 are admitted like junior or senior graduates.
ALTER TABLE student DROP CONSTRAINT student_intake_chk;
ALTER TABLE student ADD CONSTRAINT student_intake_chk
    CHECK (intake_level IN ('PRIMARY', 'JUNIOR', 'SENIOR', 'JUNIOR_EQ', 'SENIOR_EQ'));

-- R-REG-6: an approval after the deadline and the province's grace needs the bureau's explicit late approval
-- with a reason; who decided, when and why.
ALTER TABLE registration_batch ADD COLUMN late_approval_reason VARCHAR(1000);
ALTER TABLE registration_batch ADD COLUMN late_approved_by VARCHAR(64);
ALTER TABLE registration_batch ADD COLUMN late_approved_at TIMESTAMP WITH TIME ZONE;
