-- The person's revision now counts every change to their data (check-ins, habits, skips, pauses and
-- their calendar), raised in the same transaction: a process holding anything of theirs in memory
-- tells with one cheap read whether it is still current, whichever process wrote.
ALTER TABLE person RENAME COLUMN history_revision TO revision;

-- Where a habit stood after a settled past day: its streaks and strength folded over every day up
-- to settled_through, so that a page folds only the days after it. A change to a day up to
-- settled_through deletes the row; it is made again, from the check-ins, when next needed.
CREATE TABLE habit_standing (
    habit_id        BIGINT           PRIMARY KEY,
    person_id       BIGINT           NOT NULL,
    settled_through DATE             NOT NULL,
    -- DAYS or WEEKS, as the habit's schedule counts when the row was made.
    streak_unit     VARCHAR(8)       NOT NULL,
    current_length  INTEGER          NOT NULL,
    current_first   DATE,
    current_last    DATE,
    best_length     INTEGER          NOT NULL,
    best_first      DATE,
    best_last       DATE,
    strength        DOUBLE PRECISION NOT NULL,
    CONSTRAINT habit_standing_habit FOREIGN KEY (habit_id, person_id) REFERENCES habit (id, person_id) ON DELETE CASCADE,
    CONSTRAINT habit_standing_unit CHECK (streak_unit IN ('DAYS', 'WEEKS')),
    CONSTRAINT habit_standing_strength CHECK (strength BETWEEN 0 AND 1)
);
CREATE INDEX habit_standing_person ON habit_standing (person_id);
