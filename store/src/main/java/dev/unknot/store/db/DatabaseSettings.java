package dev.unknot.store.db;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which database the store opens: PostgreSQL when {@code UNKNOT_DATABASE_URL} is set, else the
 * embedded H2 file {@code $UNKNOT_HOME/unknot}.
 *
 * <p>The H2 file is opened in H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}): the first
 * process to open it serves it over a local TCP port that it records in the lock file, and every
 * later process (the web server, a CLI command) connects through that port, so several processes
 * share one database file safely. When the serving process ends, the next one to connect takes over.
 * {@link EmbeddedDatabase} says how processes open and close it so that this works when many start
 * at once, and how it is kept from other users of the machine.
 * H2 runs in PostgreSQL mode so that the repositories, compiled for PostgreSQL, work on both.
 *
 * @param url the JDBC URL
 * @param schema the schema to use instead of the user's default one; PostgreSQL only, for
 *     deployments and tests that share one database
 */
public record DatabaseSettings(String url, Optional<String> user, Optional<String> password, Optional<String> schema) {

    static {
        // Before any H2 class reads its settings: H2's server for other processes on the loopback address only.
        EmbeddedDatabase.listenOnLoopbackOnly();
    }

    /**
     * What H2 needs to understand the SQL generated for PostgreSQL, and {@code MAX_COMPACT_TIME=0}:
     * no compaction while the database closes. H2 2.3's compaction on close can trip over its own
     * chunk bookkeeping (h2database issue 4086, an {@code AssertionError} in
     * {@code RandomAccessStore.moveChunkInside}); the close then ends before the clean-shutdown
     * header is written, and the next opening reads the file as it was before the last writes, so
     * a committed change is lost. The cost is a file that does not shrink when it is closed; the
     * space freed inside it is reused by later writes.
     */
    static final String H2_OPTIONS =
            ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;MAX_COMPACT_TIME=0";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(schema, "schema");
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException(
                    "UNKNOT_DATABASE_URL must be a PostgreSQL or H2 JDBC URL (jdbc:postgresql://host/db), was " + url);
        }
    }

    /** The settings for the given values; blank ones count as absent. */
    public static DatabaseSettings resolve(
            Optional<String> url,
            Optional<String> user,
            Optional<String> password,
            Optional<String> schema,
            Path home) {
        Optional<String> givenUrl = url.map(String::strip).filter(value -> !value.isEmpty());
        return new DatabaseSettings(
                givenUrl.orElseGet(() -> embeddedUrl(home)),
                user.filter(value -> !value.isBlank()),
                password,
                schema.map(String::strip).filter(value -> !value.isEmpty()));
    }

    /** The URL of the embedded database file under {@code home}. */
    public static String embeddedUrl(Path home) {
        return "jdbc:h2:file:" + home.toAbsolutePath().resolve("unknot") + H2_OPTIONS;
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:");
    }

    /** The kind of database, as its migrations' folder is named: {@code h2} or {@code postgresql}. */
    String vendor() {
        return isEmbedded() ? "h2" : "postgresql";
    }

    /** The URL and user, for a person to read: never the password. */
    public String describe() {
        return url
                + user.map(name -> " as " + name).orElse("")
                + schema.map(name -> ", schema " + name).orElse("");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + "]";
    }
}
