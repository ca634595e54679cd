-- The fingerprint of the migrations that last brought this database up to date (see
-- SchemaFingerprint): a short command that finds its own build's fingerprint here knows the
-- schema is current and leaves Flyway unloaded. One row at most.
CREATE TABLE unknot_schema_fingerprint (
    fingerprint VARCHAR(64) NOT NULL
);
