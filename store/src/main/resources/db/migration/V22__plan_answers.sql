-- Each person's last answers to the plan's six questions (see Assessment), shown again next time.
-- Like V1, written for both PostgreSQL and H2 in MODE=PostgreSQL. Answering again replaces the row.
CREATE TABLE plan_answers (
    person_id         BIGINT  NOT NULL PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    sitting_hours     INTEGER NOT NULL,
    stress            INTEGER NOT NULL,
    strength_sessions INTEGER NOT NULL,
    slouches          BOOLEAN NOT NULL,
    strain            BOOLEAN NOT NULL,
    glasses_of_water  INTEGER NOT NULL,
    answered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plan_answers_ranges CHECK (
        sitting_hours BETWEEN 0 AND 24
        AND stress BETWEEN 0 AND 10
        AND strength_sessions BETWEEN 0 AND 14
        AND glasses_of_water BETWEEN 0 AND 30)
);
