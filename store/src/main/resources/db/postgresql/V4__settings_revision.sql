-- A counter of changes to what a check-in is checked and answered against: the person's calendar
-- and their habits, skips and pauses. The server caches those per person and inserts a check-in
-- only while this is still the revision its copy was read at (see CheckInWriter). Triggers raise
-- it, so that no writer, whichever process or code path, can forget to.
ALTER TABLE person ADD COLUMN settings_revision BIGINT DEFAULT 0 NOT NULL;

CREATE FUNCTION raise_settings_revision() RETURNS trigger LANGUAGE plpgsql
    -- The schema the migration ran in, whichever schema the caller's search path names.
    SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE person SET settings_revision = settings_revision + 1 WHERE id = OLD.person_id;
        RETURN OLD;
    END IF;
    UPDATE person SET settings_revision = settings_revision + 1 WHERE id = NEW.person_id;
    IF TG_OP = 'UPDATE' AND OLD.person_id <> NEW.person_id THEN
        UPDATE person SET settings_revision = settings_revision + 1 WHERE id = OLD.person_id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER habit_settings_revision AFTER INSERT OR UPDATE OR DELETE ON habit
    FOR EACH ROW EXECUTE FUNCTION raise_settings_revision();
CREATE TRIGGER habit_skip_settings_revision AFTER INSERT OR UPDATE OR DELETE ON habit_skip
    FOR EACH ROW EXECUTE FUNCTION raise_settings_revision();
CREATE TRIGGER habit_pause_settings_revision AFTER INSERT OR UPDATE OR DELETE ON habit_pause
    FOR EACH ROW EXECUTE FUNCTION raise_settings_revision();

-- The person's own calendar: a change of time zone or day start moves every check-in's day.
CREATE FUNCTION raise_own_settings_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.settings_revision := OLD.settings_revision + 1;
    RETURN NEW;
END $$;

CREATE TRIGGER person_settings_revision BEFORE UPDATE OF time_zone, day_start_minute ON person
    FOR EACH ROW WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone
        OR OLD.day_start_minute IS DISTINCT FROM NEW.day_start_minute)
    EXECUTE FUNCTION raise_own_settings_revision();
