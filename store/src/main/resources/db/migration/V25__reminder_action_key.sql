-- The key that signs the links a reminder's buttons call (Web Push actions, ntfy's http actions),
-- which carry no bearer token (see docs/reminders.md). Like V1, written for both PostgreSQL and H2
-- in MODE=PostgreSQL. One row, made by the first server that needs it (insert-if-absent, so servers
-- sharing the database agree on one key). Deleting the row makes every link already sent invalid;
-- the next server to need a key makes a new one. Base64url, 32 random bytes.
CREATE TABLE reminder_action_key (
    id         INTEGER     NOT NULL PRIMARY KEY,
    secret     VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT reminder_action_key_one CHECK (id = 1)
);
