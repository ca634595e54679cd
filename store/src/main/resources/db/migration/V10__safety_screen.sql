-- Each person's latest safety screen (see SafetyScreen): the symptoms answered yes, as ids
-- separated by commas, empty when every answer was no. A screen offered and put off is a row with
-- answered false, so that it is offered once and not at every start; taking it again replaces the row.
CREATE TABLE safety_screen (
    person_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    answered   BOOLEAN      NOT NULL,
    yes        VARCHAR(400) NOT NULL,
    taken_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
