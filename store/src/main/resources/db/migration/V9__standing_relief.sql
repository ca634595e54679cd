-- A kept standing also holds its habit's relief through settled_through: how many check-ins
-- recorded a tightness before and after, and the sum of their drops. "What helps you" then adds
-- only the days since, instead of summing a person's whole history on every progress page.
-- Standings are made again from the check-ins when missing, so the old rows simply go.
DELETE FROM habit_standing;
ALTER TABLE habit_standing ADD COLUMN relief_check_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE habit_standing ADD COLUMN relief_drop BIGINT NOT NULL DEFAULT 0;
ALTER TABLE habit_standing ADD CONSTRAINT habit_standing_relief CHECK (relief_check_ins >= 0);

-- PostgreSQL's partial index for the whole-history sums (V7) has no reader left; H2 never had it.
DROP INDEX IF EXISTS check_in_relief;
