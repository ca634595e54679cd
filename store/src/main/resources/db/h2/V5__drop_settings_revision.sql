-- The settings revision served a server's group commit of check-ins on PostgreSQL, which is gone.
ALTER TABLE person DROP COLUMN settings_revision;
