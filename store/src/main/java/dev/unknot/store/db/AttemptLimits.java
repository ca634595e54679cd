package dev.unknot.store.db;

import dev.unknot.wire.error.UnavailableException;
import io.micronaut.transaction.TransactionOperations;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts attempts under {@link AttemptLimit}s in the table {@code attempt_limit}, so that every
 * server on one database shares the count. An attempt is reserved under all its limits in one
 * transaction, each by one {@code UPDATE} that counts it only while the limit allows: the database's
 * row lock makes parallel reservations of one key wait for each other and see each other's count.
 * Keys are taken in one order, so two reservations never wait for each other in a circle.
 */
@Singleton
public class AttemptLimits {

    /** How often, at most, this process deletes the rows of ended windows. */
    static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

    private static final int CLEANUP_BATCH = 500;

    private final TransactionOperations<Connection> transactions;
    private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.MIN);

    AttemptLimits(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Counts one attempt under every limit, or under none when any of them is used up.
     *
     * @return empty when the attempt was counted, else how long until the used-up limit's window ends
     */
    public Optional<Duration> reserve(List<AttemptLimit> limits, Instant now) {
        List<AttemptLimit> ordered = new ArrayList<>(limits);
        ordered.sort(Comparator.comparing(AttemptLimit::key));
        Optional<Duration> refused = transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                for (AttemptLimit limit : ordered) {
                    Optional<Duration> wait = count(connection, limit, now);
                    if (wait.isPresent()) {
                        status.setRollbackOnly();
                        return wait;
                    }
                }
                return Optional.empty();
            } catch (SQLException e) {
                throw unavailable(e);
            }
        });
        cleanUpNowAndThen(now);
        return refused;
    }

    /** Forgets every attempt under {@code key}. */
    public void clear(String key) {
        update("DELETE FROM attempt_limit WHERE limit_key = ?", key);
    }

    /** Takes one attempt back from {@code key}'s count, for an attempt that turned out right. */
    public void refund(String key) {
        update("UPDATE attempt_limit SET attempts = attempts - 1 WHERE limit_key = ? AND attempts > 0", key);
    }

    private static Optional<Duration> count(Connection connection, AttemptLimit limit, Instant now)
            throws SQLException {
        OffsetDateTime at = utc(now);
        OffsetDateTime ends = utc(now.plus(limit.window()));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO attempt_limit (limit_key, window_ends_at, attempts) VALUES (?, ?, 0)"
                        + " ON CONFLICT DO NOTHING")) {
            insert.setString(1, limit.key());
            insert.setObject(2, ends);
            insert.executeUpdate();
        }
        // A window that has ended starts again with this attempt; otherwise the attempt counts
        // only while the window has room for it.
        try (PreparedStatement update = connection.prepareStatement("UPDATE attempt_limit SET"
                + " attempts = CASE WHEN window_ends_at <= ? THEN 1 ELSE attempts + 1 END,"
                + " window_ends_at = CASE WHEN window_ends_at <= ? THEN ? ELSE window_ends_at END"
                + " WHERE limit_key = ? AND (window_ends_at <= ? OR attempts < ?)")) {
            update.setObject(1, at);
            update.setObject(2, at);
            update.setObject(3, ends);
            update.setString(4, limit.key());
            update.setObject(5, at);
            update.setInt(6, limit.max());
            if (update.executeUpdate() == 1) {
                return Optional.empty();
            }
        }
        try (PreparedStatement select =
                connection.prepareStatement("SELECT window_ends_at FROM attempt_limit WHERE limit_key = ?")) {
            select.setString(1, limit.key());
            try (ResultSet row = select.executeQuery()) {
                Instant windowEnds =
                        row.next() ? row.getObject(1, OffsetDateTime.class).toInstant() : now.plus(limit.window());
                Duration wait = Duration.between(now, windowEnds);
                return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
            }
        }
    }

    /**
     * Deletes the rows of ended windows, one short transaction per row so that it never holds a
     * lock that a reservation waits for while it waits for another.
     */
    private void cleanUpNowAndThen(Instant now) {
        Instant last = lastCleanup.get();
        if (now.isBefore(last.plus(CLEANUP_EVERY)) || !lastCleanup.compareAndSet(last, now)) {
            return;
        }
        List<String> ended = transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection()
                    .prepareStatement(
                            "SELECT limit_key FROM attempt_limit WHERE window_ends_at <= ? LIMIT " + CLEANUP_BATCH)) {
                select.setObject(1, utc(now));
                List<String> keys = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
                return keys;
            } catch (SQLException e) {
                throw unavailable(e);
            }
        });
        for (String key : ended) {
            transactions.executeWrite(status -> {
                try (PreparedStatement delete = status.getConnection()
                        .prepareStatement("DELETE FROM attempt_limit WHERE limit_key = ? AND window_ends_at <= ?")) {
                    delete.setString(1, key);
                    delete.setObject(2, utc(now));
                    return delete.executeUpdate();
                } catch (SQLException e) {
                    throw unavailable(e);
                }
            });
        }
    }

    private void update(String sql, String key) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                statement.setString(1, key);
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw unavailable(e);
            }
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The database failed while counting attempts: no attempt may pass uncounted. */
    private static UnavailableException unavailable(SQLException cause) {
        return new UnavailableException("the database is unavailable; try again later", cause);
    }
}
