-- PostgreSQL gets a partial index for the relief averages; H2 has no partial indexes, and an
-- embedded database holds one person's history.
SELECT 1;
