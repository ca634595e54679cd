-- bench/workload.sh's data: ACCOUNTS people with 1 to 3 years of history each, written straight into
-- the tables that the server's own migrations made (its first start on the empty database).
--
--   psql -v accounts=2000 -v root=CHECKOUT -d DB -f bench/workload/load.sql
--
-- Only tables that every version measured has are written (person, habit, check_in, access_token,
-- and their columns since the access tokens came); what a version derives from them (kept standings,
-- revisions, in-memory caches) starts empty or at its default, as after an import, and is made when
-- first needed.
--
-- Each person: a time zone and a day start of their own; 5 to 10 habits on real techniques of the
-- built-in plugins (three of those measured against a daily target, the rest yes/no), mostly daily,
-- some on weekdays, some a few times a week, a few every 3 hours; each started on the first day of
-- the person's history or up to four months later; one in twenty archived three months ago.
-- Check-ins: on most scheduled days (each habit has its own adherence, 60 to 98%), none in about one
-- week in thirteen (a holiday, a bad week), at the person's usual time for that habit give or take 40
-- minutes, several a day for a measured or an every-3-hours habit; a quarter with tightness before and
-- after, some with a duration or a note, very few with a red flag. The days run up to yesterday in
-- the person's calendar. Rows go in in the order they were done, people interleaved, as a server
-- that has run for years has them. Two databases loaded on the same (UTC) day hold the same rows,
-- ids included, whichever version's schema they have.
--
-- Each person's one token is 'unk_wl' and their id padded to 41 digits (what the server accepts:
-- 'unk_' and 43 characters); the server keeps its SHA-256 in lower-case hex, as written here.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET maintenance_work_mem = '256MB';
SET work_mem = '64MB';
-- A memoized lateral subquery would hand the same random draws to every row with the same key.
SET enable_memoize = off;
\o /dev/null
SELECT setseed(0.4242);
\o

-- The check-ins' draws: a number in [0, 1) from a key (habit, day, check-in of the day) and a salt
-- (which draw), the same whatever the order rows are made in, so that two databases loaded on the same
-- day hold the same check-ins. (People and habits are drawn with random() from the seed above.)
CREATE FUNCTION pg_temp.draw(key BIGINT, salt BIGINT) RETURNS DOUBLE PRECISION LANGUAGE sql IMMUTABLE AS
$$ SELECT ((hashint8extended(key, salt) >> 11) & 9007199254740991)::DOUBLE PRECISION / 9007199254740992 $$;

BEGIN;

CREATE SCHEMA workload;

-- The techniques of the built-in plugins that every version measured has (39), numbered from 0.
CREATE TEMP TABLE technique ON COMMIT DROP AS
SELECT n, ref, name, coalesce(kind, 'YES_NO') AS metric_kind, unit AS metric_unit,
    target AS metric_target, template AS template_id
FROM (VALUES
    (0, 'breathing/box-breathing', 'Box breathing'),
    (1, 'breathing/meditation', 'Meditation or guided imagery'),
    (2, 'breathing/journaling', 'Journaling or talking it out'),
    (3, 'ergonomics/chair-and-lumbar-support', 'Chair height and lumbar support'),
    (4, 'ergonomics/sit-stand-desk', 'Standing desk or sit-stand switching'),
    (5, 'ergonomics/screen-at-eye-level', 'Screen at eye level'),
    (6, 'ergonomics/mattress-and-pillow', 'Supportive mattress and pillow'),
    (7, 'foam-rolling/upper-back-roll', 'Upper-back roll'),
    (8, 'foam-rolling/lower-back-roll', 'Lower-back roll'),
    (9, 'heat/heating-pad', 'Heating pad or hot-water bottle'),
    (10, 'heat/epsom-salt-bath', 'Warm bath with Epsom salts'),
    (11, 'heat/infrared-heat-wrap', 'Infrared heat wrap'),
    (12, 'massage/massage-gun', 'Massage gun'),
    (13, 'massage/tennis-ball-massage', 'Tennis-ball massage'),
    (14, 'massage/partner-massage', 'Partner massage'),
    (15, 'movement/walk-after-sitting', 'Walk after sitting'),
    (16, 'movement/pelvic-tilts', 'Pelvic tilts'),
    (17, 'movement/hip-circles', 'Hip circles'),
    (18, 'movement/shoulder-rolls', 'Shoulder rolls'),
    (19, 'movement/gentle-yoga-flow', 'Gentle yoga flow'),
    (20, 'nutrition/magnesium-rich-foods', 'Magnesium-rich food every day'),
    (21, 'nutrition/omega-3s', 'Omega-3 fats'),
    (22, 'nutrition/protein', 'Protein for muscle repair'),
    (23, 'nutrition/water', '8 glasses of water a day'),
    (24, 'specialist/red-flag-check', 'Red-flag check'),
    (25, 'specialist/physical-therapy', 'Physical therapy'),
    (26, 'specialist/chiropractic-care', 'Chiropractic care'),
    (27, 'specialist/orthopaedic-consultation', 'Orthopaedic consultation'),
    (28, 'specialist/acupuncture', 'Acupuncture'),
    (29, 'strength/glute-bridges', 'Glute bridges'),
    (30, 'strength/clamshells', 'Clamshells'),
    (31, 'strength/plank', 'Plank'),
    (32, 'strength/dead-bugs', 'Dead bugs'),
    (33, 'strength/rows', 'Rows'),
    (34, 'strength/reverse-flys', 'Reverse flys'),
    (35, 'stretching/childs-pose', 'Child''s pose'),
    (36, 'stretching/cat-cow', 'Cat-cow'),
    (37, 'stretching/knee-to-chest', 'Knee-to-chest stretch'),
    (38, 'stretching/seated-spinal-twist', 'Seated spinal twist')
) AS t(n, ref, name)
LEFT JOIN (VALUES
    ('movement/walk-after-sitting', 'MEASURED', 'minutes', 30::DOUBLE PRECISION, NULL),
    ('nutrition/magnesium-rich-foods', 'MEASURED', 'servings', 2, 'nutrition/daily-magnesium'),
    ('nutrition/water', 'MEASURED', 'glasses', 8, 'nutrition/eight-glasses-of-water')
) AS m(ref, kind, unit, target, template) USING (ref);

-- People, ids 1..ACCOUNTS in an empty table. Each lateral subquery names its outer row, so that it
-- runs (and draws its random numbers) once per row.
INSERT INTO person (username, password_hash, time_zone, day_start_minute, created_at)
SELECT 'workload-' || g, '{bench}no-password',
    (ARRAY['Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'America/Sao_Paulo',
        'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney', 'UTC', 'Europe/Paris'])[1 + floor(random() * 10)::INT],
    (ARRAY[0, 0, 0, 0, 180, 240, 240, 300])[1 + floor(random() * 8)::INT],
    (current_date - (365 + floor(random() * 731)::INT) + make_interval(mins => floor(random() * 1440)::INT))
        AT TIME ZONE 'UTC'
FROM generate_series(1, :accounts) AS g
ORDER BY g;

-- Their habits, planned with what the check-ins need (ids drawn from the table's own sequence).
CREATE TEMP TABLE plan ON COMMIT DROP AS
SELECT nextval(pg_get_serial_sequence('habit', 'id')) AS id, p.id AS person_id, p.time_zone, t.*, h.k,
    h.first_day, h.last_day, h.starts_on, h.archived, h.adherence, h.minute, h.schedule_draw, h.weekdays_draw,
    h.times_draw
FROM person p
CROSS JOIN LATERAL (SELECT 5 + floor(random() * 6)::INT AS habits, floor(random() * 39)::INT AS first,
        (ARRAY[1, 2, 4, 5, 7, 8, 10, 11])[1 + floor(random() * 8)::INT] AS stride,
        (p.created_at AT TIME ZONE p.time_zone)::DATE AS first_day,
        (now() AT TIME ZONE p.time_zone)::DATE - 1 AS last_day
    WHERE p.id IS NOT NULL) AS pp
CROSS JOIN LATERAL generate_series(0, pp.habits - 1) AS g(k)
CROSS JOIN LATERAL (SELECT g.k, pp.first_day, pp.last_day,
        least(pp.first_day + CASE WHEN g.k = 0 OR random() < 0.6 THEN 0 ELSE floor(random() * 120)::INT END,
            pp.last_day - 30) AS starts_on,
        random() < 0.05 AS archived,
        0.6 + random() * 0.38 AS adherence,
        -- The usual time: mornings and evenings mostly, else any time from 07:00 to 21:30.
        CASE WHEN random() < 0.7 THEN (ARRAY[420, 450, 480, 510, 1140, 1200, 1260, 1290])[1 + floor(random() * 8)::INT]
            ELSE 420 + floor(random() * 870)::INT END AS minute,
        random() AS schedule_draw, random() AS weekdays_draw, 2 + floor(random() * 3)::INT AS times_draw
    WHERE g.k IS NOT NULL) AS h
JOIN technique t ON t.n = (pp.first + g.k * pp.stride) % 39
ORDER BY p.id, g.k;

ALTER TABLE plan ADD COLUMN schedule_kind TEXT, ADD COLUMN weekdays INT, ADD COLUMN times_per_week INT,
    ADD COLUMN every_hours INT, ADD COLUMN end_day DATE;
UPDATE plan SET
    schedule_kind = CASE
        WHEN metric_kind = 'MEASURED' THEN 'DAILY'
        WHEN ref LIKE 'specialist/%' THEN 'TIMES_PER_WEEK'
        WHEN schedule_draw < 0.65 THEN 'DAILY'
        WHEN schedule_draw < 0.80 THEN 'WEEKDAYS'
        WHEN schedule_draw < 0.95 THEN 'TIMES_PER_WEEK'
        ELSE 'EVERY_HOURS' END,
    archived = archived AND last_day - starts_on > 200,
    end_day = CASE WHEN archived AND last_day - starts_on > 200 THEN last_day - 90 ELSE last_day END;
UPDATE plan SET
    -- Monday to Friday, or Monday, Wednesday and Friday (Monday = 1, ..., Sunday = 64).
    weekdays = CASE WHEN schedule_kind = 'WEEKDAYS' THEN CASE WHEN weekdays_draw < 0.5 THEN 31 ELSE 21 END END,
    times_per_week = CASE WHEN schedule_kind = 'TIMES_PER_WEEK'
        THEN CASE WHEN ref LIKE 'specialist/%' THEN 1 ELSE times_draw END END,
    every_hours = CASE WHEN schedule_kind = 'EVERY_HOURS' THEN 3 END;

INSERT INTO habit (id, person_id, name, target_kind, target_ref, schedule_kind, weekdays, times_per_week,
    every_hours, window_from, window_until, metric_kind, metric_unit, metric_target, starts_on, status,
    template_id, created_at)
SELECT id, person_id, name, 'TECHNIQUE', ref, schedule_kind, weekdays, times_per_week, every_hours,
    CASE WHEN every_hours IS NOT NULL THEN 540 END, CASE WHEN every_hours IS NOT NULL THEN 1260 END,
    metric_kind, metric_unit, metric_target, starts_on, CASE WHEN archived THEN 'ARCHIVED' ELSE 'ACTIVE' END,
    template_id, (starts_on + TIME '09:00') AT TIME ZONE time_zone
FROM plan
ORDER BY id;

INSERT INTO access_token (person_id, name, live_name, secret_hash, created_at)
SELECT id, 'workload', 'workload',
    encode(sha256(convert_to('unk_wl' || lpad(id::TEXT, 41, '0'), 'UTF8')), 'hex'), created_at
FROM person
ORDER BY id;

-- check_in's keys, indexes and foreign key are dropped for the load and made again after it (one
-- sort each instead of millions of inserts into them), whatever this version's set of them is.
CREATE TEMP TABLE saved_constraint ON COMMIT DROP AS
SELECT conname, contype, pg_get_constraintdef(oid) AS def
FROM pg_constraint WHERE conrelid = 'check_in'::REGCLASS AND contype IN ('p', 'u', 'f');
CREATE TEMP TABLE saved_index ON COMMIT DROP AS
SELECT indexrelid::REGCLASS::TEXT AS name, pg_get_indexdef(indexrelid) AS def
FROM pg_index WHERE indrelid = 'check_in'::REGCLASS
    AND indexrelid NOT IN (SELECT conindid FROM pg_constraint WHERE conrelid = 'check_in'::REGCLASS);
DO $$
DECLARE r RECORD;
BEGIN
    FOR r IN SELECT * FROM saved_constraint ORDER BY CASE contype WHEN 'f' THEN 0 WHEN 'u' THEN 1 ELSE 2 END LOOP
        EXECUTE format('ALTER TABLE check_in DROP CONSTRAINT %I', r.conname);
    END LOOP;
    FOR r IN SELECT * FROM saved_index LOOP
        EXECUTE format('DROP INDEX %s', r.name);
    END LOOP;
END $$;

INSERT INTO check_in (person_id, habit_id, client_id, done_at, amount, duration_seconds, tightness_before,
    tightness_after, note, symptoms, recorded_at)
SELECT person_id, habit_id, client_id, done_at, amount, duration_seconds, tightness_before, tightness_after, note,
    symptoms, done_at + make_interval(secs => floor(pg_temp.draw(key, 14) * 300)) AS recorded_at
FROM (
    SELECT r.person_id, r.habit_id, 'load-' || r.habit_id || '-' || (r.day - r.starts_on) || '-' || r.k AS client_id,
        (r.day + make_interval(mins => CASE WHEN r.times = 1
                THEN r.usual - 40 + floor(pg_temp.draw(r.key, 4) * 81)::INT
                ELSE 450 + (r.k - 1) * 180 + floor(pg_temp.draw(r.key, 4) * 60)::INT END)) AT TIME ZONE r.time_zone
            AS done_at,
        CASE r.ref
            WHEN 'nutrition/water' THEN 2 + floor(pg_temp.draw(r.key, 5) * 2)
            WHEN 'movement/walk-after-sitting' THEN 10 + floor(pg_temp.draw(r.key, 5) * 31)
            ELSE 1 END AS amount,
        CASE WHEN pg_temp.draw(r.key, 6) < 0.2 THEN 60 + floor(pg_temp.draw(r.key, 7) * 1140)::BIGINT END
            AS duration_seconds,
        CASE WHEN pg_temp.draw(r.key, 8) < 0.25 THEN t.before END AS tightness_before,
        CASE WHEN pg_temp.draw(r.key, 8) < 0.25 THEN greatest(0, t.before - floor(pg_temp.draw(r.key, 10) * 4)::INT) END
            AS tightness_after,
        CASE WHEN pg_temp.draw(r.key, 11) < 0.03 THEN (ARRAY['Felt better afterwards.', 'Stiff this morning.',
            'Long day at the desk.', 'Skipped the second set.', 'Much easier than last week.', 'Sore after the gym.',
            'Did it twice today.', 'Back tight after driving.'])[1 + floor(pg_temp.draw(r.key, 12) * 8)::INT]
            ELSE '' END AS note,
        CASE WHEN pg_temp.draw(r.key, 13) < 0.001 THEN 'pain' WHEN pg_temp.draw(r.key, 13) < 0.0013 THEN 'numbness'
            ELSE '' END AS symptoms,
        r.key
    FROM (
        SELECT h.person_id, h.id AS habit_id, h.ref, h.minute AS usual, h.time_zone, h.starts_on, d.day, n.times,
            s.k, d.key + s.k AS key
        FROM plan h
        CROSS JOIN LATERAL generate_series(h.starts_on, h.end_day, INTERVAL '1 day') AS g
        CROSS JOIN LATERAL (SELECT g::DATE AS day,
                h.id * 1048576 + (g::DATE - DATE '2000-01-01') * 8 AS key) AS d
        CROSS JOIN LATERAL (SELECT CASE
                WHEN h.ref = 'nutrition/water' THEN 2 + floor(pg_temp.draw(d.key, 3) * 3)::INT
                WHEN h.ref = 'nutrition/magnesium-rich-foods' THEN 1 + floor(pg_temp.draw(d.key, 3) * 2)::INT
                WHEN h.schedule_kind = 'EVERY_HOURS' THEN 2 + floor(pg_temp.draw(d.key, 3) * 4)::INT
                ELSE 1 END AS times) AS n
        CROSS JOIN LATERAL generate_series(1, n.times) AS s(k)
        WHERE CASE h.schedule_kind
                WHEN 'WEEKDAYS' THEN (h.weekdays & (1 << (extract(isodow FROM d.day)::INT - 1))) <> 0
                WHEN 'TIMES_PER_WEEK' THEN pg_temp.draw(d.key, 1) < h.times_per_week / 7.0
                ELSE true END
            AND pg_temp.draw(d.key, 2) < h.adherence
            -- About one week in thirteen without any check-in of this habit.
            AND (hashint8(h.id * 10000 + (d.day - DATE '2000-01-03') / 7) & 1023) >= 80
    ) AS r
    CROSS JOIN LATERAL (SELECT 2 + floor(pg_temp.draw(r.key, 9) * 7)::INT AS before) AS t
) AS c
ORDER BY done_at, habit_id, client_id;

DO $$
DECLARE r RECORD;
BEGIN
    FOR r IN SELECT * FROM saved_constraint WHERE contype <> 'f'
            ORDER BY CASE contype WHEN 'p' THEN 0 ELSE 1 END, conname LOOP
        EXECUTE format('ALTER TABLE check_in ADD CONSTRAINT %I %s', r.conname, r.def);
    END LOOP;
    FOR r IN SELECT * FROM saved_index ORDER BY name LOOP
        EXECUTE r.def;
    END LOOP;
    FOR r IN SELECT * FROM saved_constraint WHERE contype = 'f' ORDER BY conname LOOP
        EXECUTE format('ALTER TABLE check_in ADD CONSTRAINT %I %s', r.conname, r.def);
    END LOOP;
END $$;

-- Written last: a database without this row was not loaded to the end.
CREATE TABLE workload.loaded AS
SELECT :accounts AS accounts, (SELECT count(*) FROM habit) AS habits, (SELECT count(*) FROM check_in) AS check_ins,
    now() AS loaded_at, :'root'::TEXT AS root;

COMMIT;
