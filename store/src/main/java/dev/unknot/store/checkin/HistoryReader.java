package dev.unknot.store.checkin;

import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.CheckInId;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.HabitId;
import dev.unknot.store.db.PlainQueries;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads check-ins in bulk, in the caller's transaction, through {@link PlainQueries}: through the
 * repository, reading 18,250 check-ins took ~45 ms, most of it in Micronaut Data's generic mapping
 * (converters, introspection, a row record and then the core record); here each row becomes a
 * {@link RecordedCheckIn} directly, and the database sorts.
 */
@Singleton
public class HistoryReader {

    private static final String COLUMNS = "id, habit_id, client_id, done_at, amount, duration_seconds, "
            + "tightness_before, tightness_after, note, symptoms, recorded_at";
    private static final String ALL = "SELECT " + COLUMNS + " FROM check_in WHERE person_id = ? ORDER BY done_at, id";
    private static final String SINCE =
            "SELECT " + COLUMNS + " FROM check_in WHERE person_id = ? AND done_at >= ? ORDER BY done_at, id";
    private static final String FIRST = ALL + " LIMIT 1";
    private static final String REVISION = "SELECT history_revision FROM person WHERE id = ?";

    private final PlainQueries queries;

    HistoryReader(PlainQueries queries) {
        this.queries = queries;
    }

    /** Every check-in of the person, oldest first (by the time done, then by id). */
    public List<RecordedCheckIn> all(long personId) {
        return queries.list(ALL, HistoryReader::recorded, personId);
    }

    /** The person's check-ins done at or after {@code since}, oldest first. */
    public List<RecordedCheckIn> since(long personId, Instant since) {
        return queries.list(SINCE, HistoryReader::recorded, personId, since);
    }

    /** The check-in the person did first. */
    public Optional<RecordedCheckIn> first(long personId) {
        return queries.list(FIRST, HistoryReader::recorded, personId).stream().findFirst();
    }

    /** The person's history revision; empty when there is no such person. */
    public OptionalLong revision(long personId) {
        List<Long> revisions = queries.list(REVISION, row -> row.getLong(1), personId);
        return revisions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(revisions.get(0));
    }

    private static RecordedCheckIn recorded(PlainQueries.Row row) {
        Long durationSeconds = row.getNullableLong(6);
        Integer before = row.getNullableInteger(7);
        Integer after = row.getNullableInteger(8);
        CheckIn checkIn = new CheckIn(
                row.getString(3),
                new HabitId(row.getLong(2)),
                row.getInstant(4),
                row.getDouble(5),
                Optional.ofNullable(durationSeconds).map(Duration::ofSeconds),
                Optional.ofNullable(before).map(Tightness::of),
                Optional.ofNullable(after).map(Tightness::of),
                row.getString(9),
                CheckInRows.symptoms(row.getString(10)));
        return new RecordedCheckIn(new CheckInId(row.getLong(1)), checkIn, row.getInstant(11));
    }
}
