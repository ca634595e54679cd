-- A counter that every change to a person's check-ins raises (in the same transaction), so that
-- a process holding their history in memory can tell with one cheap query whether it is still
-- current, also after a write by another process on the same database.
ALTER TABLE person ADD COLUMN history_revision BIGINT DEFAULT 0 NOT NULL;
