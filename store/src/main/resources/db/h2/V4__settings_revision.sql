-- A counter of changes to what a check-in is checked and answered against: the person's calendar
-- and their habits, skips and pauses. On PostgreSQL triggers raise it, and a server's group commit
-- of check-ins (which only runs there) inserts a check-in only while it is the one its cached copy
-- of those was read at. H2 has the column, so that both schemas stay alike, and nothing reads it.
ALTER TABLE person ADD COLUMN settings_revision BIGINT DEFAULT 0 NOT NULL;
