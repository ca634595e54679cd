package dev.unknot.store.checkin;

import dev.unknot.store.db.DatabaseSettings;
import dev.unknot.store.db.PlainQueries;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The writes of every new check-in through {@link PlainQueries}: the insert answers with the new
 * row's id (no read of the row after it), the revision raise with the new revision (no read of the
 * person after it). On PostgreSQL both are one statement, one round trip (a data-modifying
 * {@code WITH}, which H2 does not have; there they are two).
 */
@Singleton
public class HistoryWriter {

    /** A check-in inserted, and the history revision its insert raised the person's to. */
    public record Inserted(long id, long revision) {}

    private static final String INSERT_UNLESS_RECORDED = """
            INSERT INTO check_in (person_id, habit_id, client_id, done_at, amount, duration_seconds,
                tightness_before, tightness_after, note, symptoms, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String RAISE_REVISION =
            "UPDATE person SET history_revision = history_revision + 1 WHERE id = ?";
    /** The insert, and the raise only when it inserted; no row when the client id was recorded. */
    private static final String INSERT_AND_RAISE = """
            WITH inserted AS (
                INSERT INTO check_in (person_id, habit_id, client_id, done_at, amount, duration_seconds,
                    tightness_before, tightness_after, note, symptoms, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                RETURNING id),
            raised AS (
                UPDATE person SET history_revision = history_revision + 1
                WHERE id = ? AND EXISTS (SELECT 1 FROM inserted)
                RETURNING history_revision)
            SELECT inserted.id, raised.history_revision FROM inserted, raised""";

    private final PlainQueries queries;
    private final boolean oneStatement;

    HistoryWriter(PlainQueries queries, DatabaseSettings database) {
        this.queries = queries;
        this.oneStatement = !database.isEmbedded();
    }

    /**
     * Inserts the row unless the person already has a check-in with its client id and, when it
     * did, raises the person's history revision in the same transaction; empty when nothing was
     * inserted (nothing is raised then). The unique constraint decides, as in
     * {@link #insertUnlessRecorded}.
     */
    public Optional<Inserted> insertAndRaiseRevision(CheckInRow row) {
        if (!oneStatement) {
            return insertUnlessRecorded(row)
                    .map(id -> new Inserted(id, raiseRevision(row.personId()).orElseThrow()));
        }
        return queries
                .list(
                        INSERT_AND_RAISE,
                        each -> new Inserted(each.getLong(1), each.getLong(2)),
                        row.personId(),
                        row.habitId(),
                        row.clientId(),
                        row.doneAt(),
                        row.amount(),
                        row.durationSeconds(),
                        row.tightnessBefore(),
                        row.tightnessAfter(),
                        row.note(),
                        row.symptoms(),
                        row.recordedAt(),
                        row.personId())
                .stream()
                .findFirst();
    }

    /**
     * Inserts the row unless the person already has a check-in with its client id, and answers
     * with the new row's id; empty when nothing was inserted. The unique constraint decides, so
     * two processes racing with the same client id store one row, and neither transaction fails.
     */
    public Optional<Long> insertUnlessRecorded(CheckInRow row) {
        List<Long> ids = queries.change(
                INSERT_UNLESS_RECORDED,
                List.of("id"),
                each -> each.getLong(1),
                row.personId(),
                row.habitId(),
                row.clientId(),
                row.doneAt(),
                row.amount(),
                row.durationSeconds(),
                row.tightnessBefore(),
                row.tightnessAfter(),
                row.note(),
                row.symptoms(),
                row.recordedAt());
        return ids.stream().findFirst();
    }

    /**
     * Raises the person's history revision and answers with the new one; empty when there is no
     * such person. The raise locks the person's row until the transaction ends, so the answer stays
     * the revision in the database for the rest of it.
     */
    public OptionalLong raiseRevision(long personId) {
        List<Long> revisions =
                queries.change(RAISE_REVISION, List.of("history_revision"), each -> each.getLong(1), personId);
        return revisions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(revisions.get(0));
    }
}
