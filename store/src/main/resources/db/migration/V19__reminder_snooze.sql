-- Snoozed reminders and the open app's channel (see docs/reminders.md). Written for both PostgreSQL
-- and H2 in MODE=PostgreSQL.

-- A reminder put off: it comes back at until_at on every channel, the open app's included. One row
-- per habit and slot; snoozing again moves until_at and counts one more snooze.
CREATE TABLE reminder_snooze (
    habit_id  BIGINT      NOT NULL,
    slot      VARCHAR(16) NOT NULL,
    person_id BIGINT      NOT NULL,
    -- When the reminder first fell due: the schedule is asked again then whether it is still open.
    due_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    until_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    snoozes   INTEGER     NOT NULL,
    CONSTRAINT reminder_snooze_key PRIMARY KEY (habit_id, slot),
    CONSTRAINT reminder_snooze_habit FOREIGN KEY (habit_id, person_id) REFERENCES habit (id, person_id) ON DELETE CASCADE,
    CONSTRAINT reminder_snooze_count CHECK (snoozes >= 1)
);
CREATE INDEX reminder_snooze_person ON reminder_snooze (person_id, until_at);

-- A snoozed reminder is delivered again: its deliveries are told apart by how often it was snoozed.
ALTER TABLE reminder_delivery ADD COLUMN snoozes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE reminder_delivery DROP CONSTRAINT reminder_delivery_once;
ALTER TABLE reminder_delivery ADD CONSTRAINT reminder_delivery_once UNIQUE (habit_id, slot, channel, snoozes);

-- Whether the open app (a banner on Today, a browser notification) reminds; on until switched off.
ALTER TABLE reminder_settings ADD COLUMN in_app BOOLEAN DEFAULT TRUE NOT NULL;
