package dev.unknot.store.checkin;

import dev.unknot.store.db.DatabaseSettings;
import dev.unknot.store.db.GroupCommit;
import dev.unknot.store.db.PlainQueries;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * New check-ins written many at once on a server's PostgreSQL: the check-ins that arrive while one
 * write is under way go together in the next (a {@link GroupCommit}), each write one statement and
 * its commit. That statement inserts the check-ins and raises each person's history revision, so
 * a busy server pays one round trip and one commit for a batch rather than a transaction of
 * several statements for every check-in.
 *
 * <p>A check-in is inserted only while its person's {@code settings_revision} (raised by triggers
 * whenever their calendar, habits, skips or pauses change) is the one the caller checked it
 * against; otherwise the answer is {@link Stale} and nothing is written for it. A client id the
 * person recorded before, or twice in one batch, is {@link Taken}. Either way the caller takes the
 * ordinary path, which reads everything afresh and says what is wrong, if anything.
 *
 * <p>PostgreSQL only (a data-modifying {@code WITH}, and the triggers), and only with a pool: the
 * CLI's one kept connection and H2 use {@link CheckInService}'s transactions.
 */
@Singleton
class CheckInWriter {

    /** What became of one check-in. */
    sealed interface Written permits Inserted, Stale, Taken {}

    /**
     * Stored under {@code id}; the person's history revision went from {@code revision - added} to
     * {@code revision} with this write, {@code added} being how many of the batch were theirs.
     */
    record Inserted(long id, long revision, int added) implements Written {}

    /** Not written: the person's calendar, habits, skips or pauses changed since they were read, or the person is gone. */
    record Stale() implements Written {}

    /** Not written: the person has a check-in with this client id, or one is being written in the same batch. */
    record Taken() implements Written {}

    /** A check-in to insert, and the person's settings revision it was checked against. */
    record Pending(CheckInRow row, long settingsRevision) {}

    /** The most check-ins in one statement; a statement binds 13 values for each. */
    static final int MAX_BATCH = 64;

    private static final String COLUMNS = "person_id, habit_id, client_id, done_at, amount, duration_seconds, "
            + "tightness_before, tightness_after, note, symptoms, recorded_at";
    private static final String ONE_ROW = "(?::int, ?::bigint, ?::bigint, ?::varchar, ?::timestamptz, "
            + "?::double precision, ?::bigint, ?::int, ?::int, ?::varchar, ?::varchar, ?::timestamptz, ?::bigint)";

    private final PlainQueries queries;
    private final boolean available;
    private final GroupCommit<Pending, Written> group;
    private final Map<Integer, String> statements = new ConcurrentHashMap<>();

    /**
     * @param writers {@code unknot.check-ins.writers}: how many batches may be under way at once,
     *     so that one gathers while another commits
     */
    CheckInWriter(
            PlainQueries queries, DatabaseSettings database, @Value("${unknot.check-ins.writers:1}") int writers) {
        this.queries = queries;
        this.group = new GroupCommit<>(this::writeAll, MAX_BATCH, writers);
        this.available = !database.isEmbedded() && queries.connectionsOfItsOwn();
    }

    /** Whether check-ins can be written this way here: on PostgreSQL, with a pool. */
    boolean available() {
        return available;
    }

    /**
     * Writes one check-in, together with whatever others are waiting, and answers when it is
     * committed (or not written).
     *
     * @throws io.micronaut.data.exceptions.DataAccessException when the batch's statement failed:
     *     then none of the batch is stored
     */
    Written write(CheckInRow row, long settingsRevision) {
        if (!available) {
            throw new IllegalStateException("check-ins are written in groups only on PostgreSQL, with a pool");
        }
        return group.submit(new Pending(row, settingsRevision));
    }

    private List<Written> writeAll(List<Pending> batch) {
        List<Written> written = new ArrayList<>(batch.size());
        List<Pending> distinct = new ArrayList<>(batch.size());
        Set<String> clientIds = new HashSet<>();
        for (Pending pending : batch) {
            // The same client id twice in one statement would be inserted once, and both callers
            // would think it theirs: the second is told it is taken, and looks it up once this commits.
            boolean first =
                    clientIds.add(pending.row().personId() + " " + pending.row().clientId());
            written.add(first ? null : new Taken());
            if (first) {
                distinct.add(pending);
            }
        }
        Object[] parameters = new Object[distinct.size() * 13];
        for (int i = 0; i < distinct.size(); i++) {
            CheckInRow row = distinct.get(i).row();
            int at = i * 13;
            parameters[at] = i;
            parameters[at + 1] = row.personId();
            parameters[at + 2] = row.habitId();
            parameters[at + 3] = row.clientId();
            parameters[at + 4] = row.doneAt();
            parameters[at + 5] = row.amount();
            parameters[at + 6] = row.durationSeconds();
            parameters[at + 7] = row.tightnessBefore();
            parameters[at + 8] = row.tightnessAfter();
            parameters[at + 9] = row.note();
            parameters[at + 10] = row.symptoms();
            parameters[at + 11] = row.recordedAt();
            parameters[at + 12] = distinct.get(i).settingsRevision();
        }
        // One row per check-in, in the order of their numbers.
        List<Written> outcomes = queries.listOnItsOwn(
                statement(distinct.size()),
                each -> {
                    Long id = each.getNullableLong(3);
                    if (each.getLong(2) == 0) {
                        return new Stale();
                    }
                    return id == null ? new Taken() : new Inserted(id, each.getLong(4), (int) each.getLong(5));
                },
                parameters);
        if (outcomes.size() != distinct.size()) {
            throw new IllegalStateException(
                    "a group of " + distinct.size() + " check-ins was answered with " + outcomes.size() + " rows");
        }
        int next = 0;
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i) == null) {
                written.set(i, outcomes.get(next++));
            }
        }
        return written;
    }

    /**
     * The statement for {@code size} check-ins. Per check-in it answers: its number; 1 when the
     * person's settings revision was the expected one (else 0, and nothing is inserted); the new id
     * (null when the client id was taken); the person's history revision after this statement; and
     * how many of the batch's check-ins were theirs. The people's rows are locked in the order of
     * their ids, so that two batches under way at once, each raising several people's revisions,
     * cannot deadlock.
     */
    private String statement(int size) {
        return statements.computeIfAbsent(size, count -> {
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < count; i++) {
                values.append(i == 0 ? "" : ", ").append(ONE_ROW);
            }
            return """
                    WITH input (number, %1$s, settings_revision) AS (VALUES %2$s),
                    current AS (
                        SELECT input.* FROM input
                        JOIN person ON person.id = input.person_id AND person.settings_revision = input.settings_revision),
                    inserted AS (
                        INSERT INTO check_in (%1$s)
                        SELECT %1$s FROM current ORDER BY number
                        ON CONFLICT DO NOTHING
                        RETURNING id, person_id, client_id),
                    added AS (SELECT person_id, count(*) AS added FROM inserted GROUP BY person_id),
                    locked AS (
                        SELECT id FROM person WHERE id IN (SELECT person_id FROM added) ORDER BY id FOR NO KEY UPDATE),
                    raised AS (
                        UPDATE person SET history_revision = history_revision + added.added
                        FROM added JOIN locked ON locked.id = added.person_id WHERE person.id = added.person_id
                        RETURNING person.id, person.history_revision, added.added)
                    SELECT input.number, CASE WHEN current.number IS NULL THEN 0 ELSE 1 END,
                        inserted.id, raised.history_revision, raised.added
                    FROM input
                    LEFT JOIN current ON current.number = input.number
                    LEFT JOIN inserted ON inserted.person_id = input.person_id AND inserted.client_id = input.client_id
                    LEFT JOIN raised ON raised.id = input.person_id AND inserted.id IS NOT NULL
                    ORDER BY input.number""".formatted(COLUMNS, values);
        });
    }
}
