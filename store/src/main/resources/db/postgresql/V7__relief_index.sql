-- "What helps you" averages the drop in tightness over every check-in that recorded it before and
-- after: this index holds just those, so the average reads them alone, not a person's whole history.
CREATE INDEX check_in_relief ON check_in (person_id, habit_id) INCLUDE (tightness_before, tightness_after)
    WHERE tightness_before IS NOT NULL AND tightness_after IS NOT NULL;
