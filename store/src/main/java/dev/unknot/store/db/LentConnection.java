package dev.unknot.store.db;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.ShardingKey;
import java.sql.Statement;
import java.sql.Struct;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * One borrower's view of a {@link SingleConnectionDataSource}'s connection: closing it gives the
 * connection back instead, once, and any later use is refused. Written out rather than a
 * {@link java.lang.reflect.Proxy}, whose class is generated at run time (some 20 ms of every
 * command) and which makes every JDBC call a reflective one.
 */
final class LentConnection implements Connection {

    /** What closing the lent connection does with the real one. */
    @FunctionalInterface
    interface Returner {
        void giveBack() throws SQLException;
    }

    private final Connection connection;
    private final Returner returner;
    private boolean returned;

    LentConnection(Connection connection, Returner returner) {
        this.connection = connection;
        this.returner = returner;
    }

    private Connection open() throws SQLException {
        if (returned) {
            throw new SQLException("the connection was returned (closed) already");
        }
        return connection;
    }

    private Connection openForClientInfo() throws SQLClientInfoException {
        if (returned) {
            throw new SQLClientInfoException("the connection was returned (closed) already", Map.of());
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        if (!returned) {
            returned = true;
            returner.giveBack();
        }
    }

    @Override
    public boolean isClosed() throws SQLException {
        return returned || connection.isClosed();
    }

    /** The driver's own connection, as from a pool's. */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return open().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return open().isWrapperFor(type);
    }

    @Override
    public String toString() {
        return "lent " + connection;
    }

    @Override
    public Statement createStatement() throws SQLException {
        return open().createStatement();
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        return open().prepareStatement(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        return open().prepareCall(sql);
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        return open().nativeSQL(sql);
    }

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        open().setAutoCommit(autoCommit);
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        return open().getAutoCommit();
    }

    @Override
    public void commit() throws SQLException {
        open().commit();
    }

    @Override
    public void rollback() throws SQLException {
        open().rollback();
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        return open().getMetaData();
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        open().setReadOnly(readOnly);
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        return open().isReadOnly();
    }

    @Override
    public void setCatalog(String catalog) throws SQLException {
        open().setCatalog(catalog);
    }

    @Override
    public String getCatalog() throws SQLException {
        return open().getCatalog();
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        open().setTransactionIsolation(level);
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        return open().getTransactionIsolation();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return open().getWarnings();
    }

    @Override
    public void clearWarnings() throws SQLException {
        open().clearWarnings();
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        return open().createStatement(resultSetType, resultSetConcurrency);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        return open().prepareStatement(sql, resultSetType, resultSetConcurrency);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        return open().prepareCall(sql, resultSetType, resultSetConcurrency);
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        return open().getTypeMap();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        open().setTypeMap(map);
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        open().setHoldability(holdability);
    }

    @Override
    public int getHoldability() throws SQLException {
        return open().getHoldability();
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        return open().setSavepoint();
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        return open().setSavepoint(name);
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        open().rollback(savepoint);
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        open().releaseSavepoint(savepoint);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        return open().createStatement(resultSetType, resultSetConcurrency, resultSetHoldability);
    }

    @Override
    public PreparedStatement prepareStatement(
            String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        return open().prepareStatement(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
    }

    @Override
    public CallableStatement prepareCall(
            String sql, int resultSetType, int resultSetConcurrency, int resultSetHoldability) throws SQLException {
        return open().prepareCall(sql, resultSetType, resultSetConcurrency, resultSetHoldability);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        return open().prepareStatement(sql, autoGeneratedKeys);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        return open().prepareStatement(sql, columnIndexes);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        return open().prepareStatement(sql, columnNames);
    }

    @Override
    public Clob createClob() throws SQLException {
        return open().createClob();
    }

    @Override
    public Blob createBlob() throws SQLException {
        return open().createBlob();
    }

    @Override
    public NClob createNClob() throws SQLException {
        return open().createNClob();
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        return open().createSQLXML();
    }

    @Override
    public boolean isValid(int timeoutSeconds) throws SQLException {
        return open().isValid(timeoutSeconds);
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        openForClientInfo().setClientInfo(name, value);
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        openForClientInfo().setClientInfo(properties);
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        return open().getClientInfo(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        return open().getClientInfo();
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        return open().createArrayOf(typeName, elements);
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        return open().createStruct(typeName, attributes);
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        open().setSchema(schema);
    }

    @Override
    public String getSchema() throws SQLException {
        return open().getSchema();
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        open().abort(executor);
    }

    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        open().setNetworkTimeout(executor, milliseconds);
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        return open().getNetworkTimeout();
    }

    @Override
    public void beginRequest() throws SQLException {
        open().beginRequest();
    }

    @Override
    public void endRequest() throws SQLException {
        open().endRequest();
    }

    @Override
    public boolean setShardingKeyIfValid(ShardingKey shardingKey, ShardingKey superShardingKey, int timeout)
            throws SQLException {
        return open().setShardingKeyIfValid(shardingKey, superShardingKey, timeout);
    }

    @Override
    public boolean setShardingKeyIfValid(ShardingKey shardingKey, int timeout) throws SQLException {
        return open().setShardingKeyIfValid(shardingKey, timeout);
    }

    @Override
    public void setShardingKey(ShardingKey shardingKey, ShardingKey superShardingKey) throws SQLException {
        open().setShardingKey(shardingKey, superShardingKey);
    }

    @Override
    public void setShardingKey(ShardingKey shardingKey) throws SQLException {
        open().setShardingKey(shardingKey);
    }
}
