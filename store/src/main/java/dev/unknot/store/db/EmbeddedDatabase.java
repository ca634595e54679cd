package dev.unknot.store.db;

import dev.unknot.wire.error.UnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.PooledConnection;
import org.h2.engine.SysProperties;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file as the processes of one home share it: the web server and any number of
 * CLI commands at the same time.
 *
 * <p>H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}) does the sharing: the process that opens
 * the file (the <em>owner</em>) serves it over a TCP port, which it records with a random key in
 * H2's lock file {@code unknot.lock.db}; every other process (a <em>guest</em>) reads both there
 * and connects through that port. Two things in it fail when several short commands start at once,
 * and this class handles them, once per process:
 *
 * <ul>
 *   <li><b>Opening.</b> H2's lock file protocol is cooperative and slow on purpose: a process that
 *       finds the lock file written in the last two seconds, but no server in it yet, waits for it
 *       to age and then fails ("Lock file recently modified"); one that finds a lock file left by a
 *       killed process sleeps two seconds before taking it over. So a process opens the file only
 *       under an operating-system lock on {@code unknot.opening.lock}, held alone, which the kernel
 *       releases when a process dies; every owner writes its server into the lock file, and removes
 *       the lock file, under it. A process that finds a lock file naming a server that answers
 *       joins that owner straight through the server, with the key, under the same lock shared with
 *       other joining guests (so many join at once, but never while an owner opens or closes). A
 *       lock file whose server does not answer, seen under the lock held alone, was left by a
 *       killed process: it is removed, and H2 opens the database without waiting.
 *   <li><b>Closing.</b> When the owner closes the database, H2 stops the server and rolls back
 *       every guest's open transaction ("Database is already closed"). So an owner that is done
 *       waits, before it closes, until no guest is connected any more, for at most
 *       {@link #GUESTS_WAIT}; it closes under the opening lock, so no new guest joins meanwhile.
 * </ul>
 *
 * <p>Each process keeps one connection of its own (the <em>anchor</em>) while it uses the database:
 * in the owner it keeps the database open whatever the pools do with their connections, and in a
 * guest it keeps the owner waiting for it. Pools get their connections through this class
 * ({@link DataSource} for HikariCP, {@link ConnectionPoolDataSource} for H2's pool), which reopens
 * the anchor, as owner if need be, when a guest finds its owner gone.
 *
 * <p>The owner's server listens on the loopback address only (H2's {@code h2.bindAddress}), and the
 * lock file that holds its key is private to the owner of the home ({@link DataDirectory}).
 */
final class EmbeddedDatabase implements DataSource, ConnectionPoolDataSource {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** The address H2's server in automatic mixed mode listens on and writes into its lock file. */
    static final String LOOPBACK = "127.0.0.1";

    /**
     * How long an owner that is done waits for its guests to leave before it closes the database
     * anyway. A guest is another command (done in about a second, an import of years of data in
     * a few) or a web server that started while a command had the database open, which never
     * leaves: that command then ends this much later, and the web server opens the file itself.
     */
    static final Duration GUESTS_WAIT = Duration.ofSeconds(30);

    /**
     * How often a waiting owner counts its guests: H2 tells no one when a session ends, so it asks,
     * with one query on its own connection.
     */
    private static final long GUESTS_POLL_MILLIS = 20;

    /** How long the stale-lock check waits for the recorded server to accept a connection. */
    private static final int SERVER_CHECK_MILLIS = 1_000;

    private static final Map<Path, EmbeddedDatabase> BY_FILE = new HashMap<>();

    static {
        listenOnLoopbackOnly();
    }

    private final Path file;
    private final DataDirectory directory;
    private final JdbcDataSource h2;
    private final String options;
    private int leases;
    private Connection anchor;
    private JdbcDataSource connections;

    private EmbeddedDatabase(Path file, JdbcDataSource h2) {
        this.file = file;
        this.directory = DataDirectory.prepare(file.getParent());
        this.h2 = h2;
        this.connections = h2;
        // A guest connects with the same settings, but straight to the owner's server.
        int semicolon = h2.getURL().indexOf(';');
        this.options = semicolon < 0 ? "" : h2.getURL().substring(semicolon).replaceAll("(?i);AUTO_SERVER=TRUE", "");
    }

    /**
     * Makes H2's servers listen on the loopback address only, unless {@code h2.bindAddress} is set:
     * H2 reads it once, when its system properties are first used, so this runs before any H2 class
     * does ({@link DatabaseSettings} calls it too).
     */
    static void listenOnLoopbackOnly() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", LOOPBACK);
        }
    }

    /** The file of the embedded database in {@code url} ({@code jdbc:h2:file:...}), if it names one. */
    static Optional<Path> fileOf(String url) {
        String prefix = "jdbc:h2:file:";
        if (!url.startsWith(prefix)) {
            return Optional.empty();
        }
        int options = url.indexOf(';');
        return Optional.of(Path.of(url.substring(prefix.length(), options < 0 ? url.length() : options))
                .toAbsolutePath()
                .normalize());
    }

    /**
     * The database of {@code settings} (an embedded file) for one user in this process, opened:
     * served by this process, or joined as a guest of the one that serves it. {@link #release}
     * ends the use; the last one in the process closes or leaves the database.
     */
    static EmbeddedDatabase lease(DatabaseSettings settings) {
        Path file = fileOf(settings.url())
                .orElseThrow(() -> new IllegalArgumentException("not an embedded file: " + settings.describe()));
        requireLoopback();
        EmbeddedDatabase database;
        synchronized (BY_FILE) {
            database = BY_FILE.computeIfAbsent(file, named -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL(settings.url());
                h2.setUser(settings.user().orElse(""));
                h2.setPassword(settings.password().orElse(""));
                return new EmbeddedDatabase(named, h2);
            });
        }
        database.acquire();
        return database;
    }

    /** Work on the files of a database that no process has open, such as a restore. */
    interface ClosedWork<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code work} under the opening lock held alone, so that no process opens the database
     * meanwhile, after making sure that none has it open now (H2's lock file is there while one does).
     *
     * @throws UnavailableException when a process has the database open
     */
    static <T> T whileClosed(Path file, ClosedWork<T> work) {
        DataDirectory directory = DataDirectory.prepare(file.getParent());
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock.db");
        try (OpeningLock lock =
                OpeningLock.take(directory, file.resolveSibling(file.getFileName() + ".opening.lock"), false)) {
            synchronized (BY_FILE) {
                EmbeddedDatabase open = BY_FILE.get(file);
                if (Files.exists(lockFile) || (open != null && open.anchor != null)) {
                    throw new UnavailableException(
                            "the database " + file + " is open (the web server or a command is running); stop it first",
                            null);
                }
                return work.run();
            }
        } catch (IOException e) {
            throw new UnavailableException("cannot work on the database " + file + ": " + firstLine(e), e);
        }
    }

    private static void requireLoopback() {
        String bindAddress = SysProperties.BIND_ADDRESS;
        boolean loopback;
        try {
            loopback = bindAddress != null && InetAddress.getByName(bindAddress).isLoopbackAddress();
        } catch (IOException e) {
            loopback = false;
        }
        if (!loopback) {
            throw new UnavailableException(
                    "the embedded database would be served beyond this machine: h2.bindAddress is " + bindAddress
                            + ", not a loopback address",
                    null);
        }
    }

    private synchronized void acquire() {
        leases++;
        try {
            keepOpen();
        } catch (SQLException | IOException | RuntimeException e) {
            leases--;
            throw new UnavailableException("cannot open the database " + file + ": " + firstLine(e), e);
        }
    }

    /** Ends one use; the last one closes the database after its guests left, or leaves its owner. */
    synchronized void release() {
        if (--leases > 0 || anchor == null) {
            return;
        }
        Connection closing = anchor;
        anchor = null;
        try {
            if (!closing.isClosed() && !isGuest(closing)) {
                closeAfterGuests(closing);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.debug("Closing {}", file, e);
        } finally {
            closeQuietly(closing);
        }
    }

    /**
     * Opens the anchor when there is none or it lost its owner: as a guest of the owner that H2's
     * lock file names, if it answers, under the opening lock shared with other joining guests; else
     * as the owner, under the opening lock alone.
     */
    private void keepOpen() throws SQLException, IOException {
        if (anchor != null && !anchor.isClosed() && (!isGuest(anchor) || anchor.isValid(1))) {
            return;
        }
        closeQuietly(anchor);
        anchor = null;
        connections = h2;
        long started = System.nanoTime();
        long waited = 0;
        for (int attempt = 1; ; attempt++) {
            long asked = System.nanoTime();
            try (OpeningLock lock = OpeningLock.take(directory, lockFile("opening.lock"), true)) {
                waited += System.nanoTime() - asked;
                Optional<Owner> owner = recordedOwner().filter(Owner::answers);
                if (owner.isPresent() && join(owner.get())) {
                    opened("a guest", waited, started);
                    return;
                }
            }
            asked = System.nanoTime();
            try (OpeningLock lock = OpeningLock.take(directory, lockFile("opening.lock"), false)) {
                waited += System.nanoTime() - asked;
                Optional<Owner> owner = recordedOwner();
                boolean live = owner.isPresent() && owner.get().answers();
                if (live && attempt < 3) {
                    // Another process opened the file while this one waited: join it.
                    continue;
                }
                if (owner.isPresent() && !live) {
                    // Every owner writes its server, and removes the lock file, under this lock alone:
                    // a lock file whose server does not answer was left by a process that was killed.
                    Files.deleteIfExists(lockFile("lock.db"));
                    LOG.info(
                            "Removed the lock file of a process that ended without closing the database: {}",
                            lockFile("lock.db"));
                }
                // Private from the start: H2 writes a new database into an empty file, and appends to a
                // trace file (its errors, with the SQL that caused them) that exists.
                directory.createPrivateFile(dataFile());
                directory.createPrivateFile(lockFile("trace.db"));
                anchor = h2.getConnection();
                boolean guest = isGuest(anchor);
                if (!guest) {
                    // The lock file (with the key) and any trace file are H2's, created with the process's umask.
                    directory.makePrivate();
                }
                opened(guest ? "a guest" : "its owner", waited, started);
                return;
            }
        }
    }

    /** Connects the anchor, and from now on the pools, straight to the owner's server with its key. */
    private boolean join(Owner owner) {
        JdbcDataSource guest = new JdbcDataSource();
        guest.setURL("jdbc:h2:tcp://" + owner.server() + "/" + owner.key() + options);
        guest.setUser(h2.getUser());
        guest.setPassword(h2.getPassword());
        try {
            anchor = guest.getConnection();
        } catch (SQLException e) {
            LOG.debug("Could not join the owner of {} at {}", file, owner.server(), e);
            return false;
        }
        connections = guest;
        return true;
    }

    private void opened(String as, long waitedNanos, long startedNanos) {
        LOG.debug(
                "Opened {} as {}: {} ms waiting for the opening lock, {} ms opening",
                file,
                as,
                waitedNanos / 1_000_000,
                (System.nanoTime() - startedNanos - waitedNanos) / 1_000_000);
    }

    /** The owner H2's lock file names: empty without a lock file, or without a server in it. */
    private Optional<Owner> recordedOwner() throws IOException {
        Properties recorded = new Properties();
        try (InputStream in = Files.newInputStream(lockFile("lock.db"))) {
            recorded.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String server = recorded.getProperty("server");
        String key = recorded.getProperty("id");
        return server == null || key == null || server.lastIndexOf(':') < 0
                ? Optional.empty()
                : Optional.of(new Owner(server, key));
    }

    /** The process that has the database open, as its lock file names it: its server and key. */
    private record Owner(String server, String key) {

        /** Whether something listens at the server's address: if not, its process is gone. */
        boolean answers() {
            int colon = server.lastIndexOf(':');
            try (Socket socket = new Socket()) {
                socket.connect(
                        new InetSocketAddress(
                                server.substring(0, colon), Integer.parseInt(server.substring(colon + 1))),
                        SERVER_CHECK_MILLIS);
                return true;
            } catch (ConnectException e) {
                return false;
            } catch (IOException | NumberFormatException e) {
                // Unknown: let H2 decide, as if it answered.
                return true;
            }
        }
    }

    private void closeAfterGuests(Connection own) throws SQLException, IOException {
        long started = System.nanoTime();
        long deadline = started + GUESTS_WAIT.toNanos();
        while (true) {
            boolean late = System.nanoTime() - deadline >= 0;
            if (late || guests(own) == 0) {
                try (OpeningLock lock = OpeningLock.take(directory, lockFile("opening.lock"), false)) {
                    int guests = guests(own);
                    if (guests == 0 || late) {
                        if (guests > 0) {
                            LOG.warn(
                                    "Closing {} with {} other processes still connected, after waiting {}",
                                    file,
                                    guests,
                                    GUESTS_WAIT);
                        }
                        own.close();
                        LOG.debug(
                                "Closed {} after {} ms waiting for its guests",
                                file,
                                (System.nanoTime() - started) / 1_000_000);
                        return;
                    }
                }
            }
            try {
                Thread.sleep(GUESTS_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The sessions of other processes: only they come through the server and have its address. */
    private static int guests(Connection own) throws SQLException {
        try (Statement statement = own.createStatement();
                ResultSet count = statement.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static boolean isGuest(Connection connection) throws SQLException {
        return connection.unwrap(JdbcConnection.class).getSession().isRemote();
    }

    private Path dataFile() {
        return lockFile("mv.db");
    }

    private Path lockFile(String suffix) {
        return file.resolveSibling(file.getFileName() + "." + suffix);
    }

    // A new connection, after making sure this process still has the database open or is its guest.

    @Override
    public Connection getConnection() throws SQLException {
        ensureOpen();
        return connections.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        ensureOpen();
        return connections.getConnection(user, password);
    }

    @Override
    public PooledConnection getPooledConnection() throws SQLException {
        ensureOpen();
        return connections.getPooledConnection();
    }

    @Override
    public PooledConnection getPooledConnection(String user, String password) throws SQLException {
        ensureOpen();
        return connections.getPooledConnection(user, password);
    }

    private synchronized void ensureOpen() throws SQLException {
        try {
            keepOpen();
        } catch (IOException e) {
            throw new SQLException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return h2.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        h2.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return h2.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // A connection to an owner that is gone: nothing left to close.
        }
    }

    private static String firstLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /**
     * The operating-system lock the processes of a home open and close the database under; the
     * kernel releases it when its process ends, however it ends. Within a process the database's
     * monitor already lets one thread at a time take it.
     */
    private record OpeningLock(FileChannel channel, FileLock lock) implements AutoCloseable {

        /** Waits for the lock: {@code shared} with other joining guests, else alone. */
        static OpeningLock take(DataDirectory directory, Path path, boolean shared) throws IOException {
            FileChannel channel = FileChannel.open(
                    path,
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                    directory.privateFileAttributes());
            try {
                return new OpeningLock(channel, channel.lock(0, Long.MAX_VALUE, shared));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
