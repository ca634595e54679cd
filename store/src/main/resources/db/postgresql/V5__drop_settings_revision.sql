-- The settings revision served a server's group commit of check-ins, which is gone: a person checks
-- in a few times a day, and one insert per check-in is plenty. Its triggers go with it.
DROP TRIGGER person_settings_revision ON person;
DROP TRIGGER habit_pause_settings_revision ON habit_pause;
DROP TRIGGER habit_skip_settings_revision ON habit_skip;
DROP TRIGGER habit_settings_revision ON habit;
DROP FUNCTION raise_own_settings_revision();
DROP FUNCTION raise_settings_revision();
ALTER TABLE person DROP COLUMN settings_revision;
