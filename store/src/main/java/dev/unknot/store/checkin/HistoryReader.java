package dev.unknot.store.checkin;

import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.HabitId;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads check-ins in bulk with plain JDBC on the connection of the caller's transaction. Through
 * the repository, reading 18,250 check-ins took ~45 ms at best on H2, most of it in Micronaut
 * Data's generic mapping (converters, introspection, a row record and then the core record); here
 * each row becomes a {@link RecordedCheckIn} directly, and the database sorts.
 */
@Singleton
class HistoryReader {

    private static final String COLUMNS = "id, habit_id, client_id, done_at, amount, duration_seconds, "
            + "tightness_before, tightness_after, note, symptoms, recorded_at";
    private static final String ALL = "SELECT " + COLUMNS + " FROM check_in WHERE person_id = ? ORDER BY done_at, id";
    private static final String SINCE =
            "SELECT " + COLUMNS + " FROM check_in WHERE person_id = ? AND done_at >= ? ORDER BY done_at, id";
    private static final String FIRST = ALL + " LIMIT 1";
    private static final String REVISION = "SELECT history_revision FROM person WHERE id = ?";

    private final ConnectionOperations<Connection> connections;

    HistoryReader(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /** Every check-in of the person, oldest first (by the time done, then by id). */
    List<RecordedCheckIn> all(long personId) {
        return query(ALL, personId, null, Integer.MAX_VALUE);
    }

    /** The person's check-ins done at or after {@code since}, oldest first. */
    List<RecordedCheckIn> since(long personId, Instant since) {
        return query(SINCE, personId, since, Integer.MAX_VALUE);
    }

    /** The check-in the person did first. */
    Optional<RecordedCheckIn> first(long personId) {
        return query(FIRST, personId, null, 1).stream().findFirst();
    }

    /** The person's history revision; empty when there is no such person. */
    OptionalLong revision(long personId) {
        try (PreparedStatement statement = connection().prepareStatement(REVISION)) {
            statement.setLong(1, personId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the history revision of person " + personId, e);
        }
    }

    private List<RecordedCheckIn> query(String sql, long personId, Instant since, int expected) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            statement.setLong(1, personId);
            if (since != null) {
                statement.setObject(2, since.atOffset(ZoneOffset.UTC));
            }
            statement.setFetchSize(expected == 1 ? 1 : 1000);
            try (ResultSet rows = statement.executeQuery()) {
                List<RecordedCheckIn> checkIns = new ArrayList<>();
                while (rows.next()) {
                    checkIns.add(recorded(rows));
                }
                return checkIns;
            }
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the check-ins of person " + personId, e);
        }
    }

    private static RecordedCheckIn recorded(ResultSet row) throws SQLException {
        long durationSeconds = row.getLong(6);
        Optional<Duration> duration = row.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(durationSeconds));
        CheckIn checkIn = new CheckIn(row.getString(3), new HabitId(row.getLong(2)), instant(row, 4),
                row.getDouble(5), duration, tightness(row, 7), tightness(row, 8), row.getString(9),
                CheckInService.symptoms(row.getString(10)));
        return new RecordedCheckIn(new CheckInId(row.getLong(1)), checkIn, instant(row, 11));
    }

    private static Optional<Tightness> tightness(ResultSet row, int column) throws SQLException {
        int level = row.getInt(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Tightness.of(level));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private Connection connection() {
        return connections.getConnectionStatus().getConnection();
    }
}
