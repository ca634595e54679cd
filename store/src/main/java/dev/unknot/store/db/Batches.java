package dev.unknot.store.db;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One statement run for many rows in one round trip to the database (a JDBC batch), for the
 * repositories that would otherwise run it once a row: their query methods take one row each.
 */
@Singleton
public final class Batches {

    private final TransactionOperations<Connection> transactions;

    Batches(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Runs {@code sql} once for each of {@code rows}, their values bound in order to its {@code ?}
     * (an {@link Instant} as in {@link InstantColumn}, {@code null} as SQL's), in the caller's transaction if there is one.
     *
     * @return how many rows each run changed, in the order of {@code rows}
     */
    public int[] run(String sql, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                for (List<Object> row : rows) {
                    for (int i = 0; i < row.size(); i++) {
                        Object value = row.get(i);
                        statement.setObject(
                                i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
                    }
                    statement.addBatch();
                }
                int[] counts = statement.executeBatch();
                for (int count : counts) {
                    // Both drivers count each run of a batch; a caller may need to know which changed.
                    if (count < 0) {
                        throw new DataAccessException("the database did not count the rows of a batch");
                    }
                }
                return counts;
            } catch (SQLException e) {
                throw new DataAccessException("a batch failed: " + e.getMessage(), e);
            }
        });
    }
}
