package dev.unknot.client;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The server a CLI is logged in to, and the token it uses there: {@code server.json} in the
 * data directory, readable by its owner alone (created with permissions 600, never widened
 * afterwards).
 *
 * @param server the server's address, {@code http} or {@code https}, e.g. {@code https://unknot.example.org}
 * @param token a personal access token, {@code unk_} and 43 base64url characters
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record ServerLogin(String server, String token) {

    public static final String FILE = "server.json";

    /** What a personal access token looks like: {@code unk_} and 256 random bits in base64url. */
    public static final Pattern TOKEN = Pattern.compile("unk_[A-Za-z0-9_-]{43}");

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** @throws IllegalArgumentException naming what is wrong with {@code server} or {@code token} */
    public ServerLogin {
        server = address(server).toString();
        Objects.requireNonNull(token, "token");
        token = token.strip();
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("that is not an Unknot access token (they look like unk_ followed by"
                    + " 43 letters, digits, - and _; make one in the web UI's Settings)");
        }
    }

    /**
     * A server's address as a person types it: {@code http://localhost:8080}, {@code https://host/};
     * a trailing slash is dropped.
     *
     * @throws IllegalArgumentException when it is not an http or https address with a host
     */
    public static URI address(String text) {
        String trimmed = text == null ? "" : text.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a server address (e.g. https://unknot.example.org)");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getQuery() != null
                || uri.getFragment() != null
                || uri.getUserInfo() != null) {
            throw new IllegalArgumentException(
                    "'" + text
                            + "' is not a server address: give http:// or https:// and the host, e.g. https://unknot.example.org");
        }
        return uri;
    }

    public URI uri() {
        return URI.create(server);
    }

    /** The login stored in {@code home}, if any. */
    public static Optional<ServerLogin> read(Path home, JsonMapper json) {
        Path file = home.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(
                    json.readValue(Files.readString(file, StandardCharsets.UTF_8), ServerLogin.class));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "cannot read " + file + " (" + e.getMessage() + "); run 'unknot logout' and log in again", e);
        }
    }

    /**
     * Stores this login in {@code home}: written to a new file created with permissions 600, then
     * moved over {@code server.json} in one step, so that no reader ever sees the token in a file
     * others may read, nor half a file.
     */
    public Path write(Path home, JsonMapper json) {
        try {
            Files.createDirectories(home);
            Path file = home.resolve(FILE);
            Path fresh = home.resolve("." + FILE + "." + UUID.randomUUID() + ".tmp");
            try {
                Files.createFile(fresh, ownerOnly(home));
                Files.writeString(fresh, json.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(fresh);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the login into " + home + ": " + e.getMessage(), e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    /** Forgets the login stored in {@code home}; the login there before, if any. */
    public static Optional<ServerLogin> delete(Path home, JsonMapper json) {
        Optional<ServerLogin> login;
        try {
            login = read(home, json);
        } catch (IllegalStateException unreadable) {
            login = Optional.empty();
        }
        try {
            Files.deleteIfExists(home.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + home.resolve(FILE) + ": " + e.getMessage(), e);
        }
        return login;
    }

    /** Never the token itself. */
    @Override
    public String toString() {
        return "ServerLogin[server=" + server + ", token=unk_…]";
    }
}
