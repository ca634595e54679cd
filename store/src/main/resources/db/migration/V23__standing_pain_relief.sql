-- A kept standing's relief also sums the pain of the check-ins that rated pain before and after:
-- how many, their drops and their pain before, so that "what helps you" can say what a technique
-- does to pain as it does to tightness. Standings are made again from the check-ins when missing,
-- so the old rows simply go (as in V9 and V16).
DELETE FROM habit_standing;
ALTER TABLE habit_standing ADD COLUMN pain_relief_check_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE habit_standing ADD COLUMN pain_relief_drop BIGINT NOT NULL DEFAULT 0;
ALTER TABLE habit_standing ADD COLUMN pain_relief_before BIGINT NOT NULL DEFAULT 0;
ALTER TABLE habit_standing ADD CONSTRAINT habit_standing_pain_relief CHECK (pain_relief_check_ins >= 0);
