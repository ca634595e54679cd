-- Whether the routine player's tones are muted: the person's choice, the same in every browser
-- they sign in from. Written for both PostgreSQL and H2 in MODE=PostgreSQL.
ALTER TABLE person ADD COLUMN cues_muted BOOLEAN DEFAULT FALSE NOT NULL;
