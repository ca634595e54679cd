package dev.unknot.store.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections of a process that runs one command and ends: one connection, opened once and
 * lent out again and again, instead of a pool with its threads. A CLI command borrows and returns
 * a connection for every transaction; opening a new one each time would cost far more (and closing
 * the last connection to an embedded H2 file closes the database).
 *
 * <p>Should a second connection be asked for while the kept one is lent out (another thread, or a
 * transaction independent of the current one), a fresh connection is opened for it and closed when
 * it is returned, so transactions never share a connection by accident.
 *
 * <p>When the kept connection comes back, an unfinished transaction is rolled back and its
 * auto-commit and read-only modes are reset, as a pool would.
 */
final class SingleConnectionDataSource implements DataSource, AutoCloseable {

    private final DatabaseSettings settings;
    private final Connection kept;
    private boolean lent;
    private boolean closed;

    private SingleConnectionDataSource(DatabaseSettings settings, Connection kept) {
        this.settings = settings;
        this.kept = kept;
    }

    /** Opens the connection to keep: a failure to reach the database shows here, not on first use. */
    static SingleConnectionDataSource open(DatabaseSettings settings) throws SQLException {
        return new SingleConnectionDataSource(settings, connect(settings));
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        Properties properties = new Properties();
        settings.user().ifPresent(user -> properties.setProperty("user", user));
        settings.password().ifPresent(password -> properties.setProperty("password", password));
        Connection connection = DriverManager.getConnection(settings.url(), properties);
        try {
            if (settings.schema().isPresent()) {
                connection.setSchema(settings.schema().get());
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        if (closed) {
            throw new SQLException("the database connection is closed");
        }
        if (lent) {
            Connection extra = connect(settings);
            return new LentConnection(extra, extra::close);
        }
        lent = true;
        return new LentConnection(kept, this::giveBack);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the store's connection has its user and password already");
    }

    /** The kept connection, back: ready for the next borrower as a fresh pooled one would be. */
    private synchronized void giveBack() throws SQLException {
        try {
            if (!kept.isClosed()) {
                if (!kept.getAutoCommit()) {
                    kept.rollback();
                    kept.setAutoCommit(true);
                }
                if (kept.isReadOnly()) {
                    kept.setReadOnly(false);
                }
            }
        } finally {
            lent = false;
        }
    }

    /** Closes the kept connection; one still lent out is closed too. */
    @Override
    public synchronized void close() throws SQLException {
        if (!closed) {
            closed = true;
            kept.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Nothing is logged here.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
