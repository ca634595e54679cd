-- Limits on sign-in and sign-up attempts, shared by every server on one database. A row counts the
-- attempts made under one key (a username, an address, or both) in a window that ends at
-- window_ends_at; an attempt is counted before its password is hashed, by one UPDATE that also
-- checks the limit, so parallel attempts cannot all pass. Rows of ended windows are deleted.
CREATE TABLE attempt_limit (
    limit_key      VARCHAR(400)             NOT NULL PRIMARY KEY,
    window_ends_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts       INTEGER                  NOT NULL,
    CONSTRAINT attempt_limit_attempts CHECK (attempts >= 0)
);
CREATE INDEX attempt_limit_window ON attempt_limit (window_ends_at);
