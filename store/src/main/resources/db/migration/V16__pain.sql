-- Pain on the numeric rating scale, 0 (none) to 10 (the worst imaginable), before and after a
-- check-in, beside its tightness. Optional, as tightness is.
ALTER TABLE check_in ADD COLUMN pain_before INTEGER;
ALTER TABLE check_in ADD COLUMN pain_after INTEGER;
ALTER TABLE check_in ADD CONSTRAINT check_in_pain_before CHECK (pain_before BETWEEN 0 AND 10);
ALTER TABLE check_in ADD CONSTRAINT check_in_pain_after CHECK (pain_after BETWEEN 0 AND 10);

-- A kept standing's relief also sums the tightness before of the check-ins it counts, so that a
-- relief sentence can judge before against after as a meaningful change. Standings are made again
-- from the check-ins when missing, so the old rows simply go (as in V9).
DELETE FROM habit_standing;
ALTER TABLE habit_standing ADD COLUMN relief_before BIGINT NOT NULL DEFAULT 0;
