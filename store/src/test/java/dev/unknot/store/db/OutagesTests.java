package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.wire.error.UnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class OutagesTests {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsAnOutage() {
        assertThat(Outages.of(new RuntimeException(new SQLTransientConnectionException("pool timed out"))))
                .isPresent();
        assertThat(Outages.of(new RuntimeException(new SQLException("Connection refused", "08001"))))
                .isPresent();
        assertThat(Outages.of(new SQLException("terminating connection due to administrator command", "57P01")))
                .isPresent();
        assertThat(Outages.of(new io.micronaut.data.connection.exceptions.ConnectionException(
                        "Could not set JDBC Connection read-only", new SQLException("Connection is closed"))))
                .isPresent();
        UnavailableException unavailable = new UnavailableException("cannot open the database", null);
        assertThat(Outages.of(new IllegalStateException(unavailable))).containsSame(unavailable);
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Outages.of(new SQLException("duplicate key", "23505"))).isEmpty();
        assertThat(Outages.of(new IllegalStateException("a bug"))).isEmpty();
        assertThat(Outages.of(new SQLException("no state"))).isEmpty();
    }
}
