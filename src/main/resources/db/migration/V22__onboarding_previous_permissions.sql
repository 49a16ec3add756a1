-- What a new hire could do in an environment before Roster set the plan's permissions there ('' for nothing; a
-- comma-separated list as in the plan otherwise), read right before the first attempt, so that a cancellation puts
-- back what they had instead of taking everything away. NULL where it was not read (lines planned before V22).
ALTER TABLE onboarding_plan_item ADD COLUMN previous_permissions VARCHAR(200);
