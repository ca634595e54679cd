package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The embedded database is its owner's alone: its directory and files are private, H2's server for
 * the other processes of the home listens on the loopback address only, it refuses a connection
 * without the key from the lock file, and another user of the machine can neither read that key
 * nor connect.
 */
class PrivateDatabaseTests {

    /** The second user of the machine, created when the tests run as root (as CI does). */
    private static final String OTHER_USER = "unknot-other";

    private Path root;

    @BeforeEach
    void onPosix() {
        assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "file permissions are POSIX ones only on POSIX file systems");
        root = TestDatabase.temporaryDirectory();
    }

    @AfterEach
    void removeTheHomes() {
        if (root != null) {
            new TestDatabase.H2(root).close();
        }
    }

    @Test
    void aNewHomeIsCreatedPrivate() throws IOException {
        Path home = root.resolve("new").resolve("home");
        try (ApplicationContext context = open(home)) {
            assertPrivate(home);
            assertThat(home.resolve("unknot.lock.db")).exists();
        }
        assertPrivate(home);
    }

    @Test
    void anExistingHomeIsMadePrivate() throws IOException {
        Path home = root.resolve("home");
        try (ApplicationContext context = open(home)) {
            // creates the database
        }
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(home.resolve("unknot.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(home.resolve("unknot.trace.db"), "an old trace\n");
        Files.setPosixFilePermissions(home.resolve("unknot.trace.db"), PosixFilePermissions.fromString("rw-rw-rw-"));

        try (ApplicationContext context = open(home)) {
            assertPrivate(home);
        }
    }

    @Test
    void theServerListensOnTheLoopbackAddressOnly() throws Exception {
        Path home = root.resolve("home");
        try (ApplicationContext context = open(home)) {
            InetSocketAddress server = server(home);
            assertThat(server.getAddress().isLoopbackAddress())
                    .as("the address in the lock file, %s", server)
                    .isTrue();
            try (Socket socket = new Socket()) {
                socket.connect(server, 5_000);
            }
            List<InetAddress> others = nonLoopbackAddresses();
            for (InetAddress other : others) {
                assertThatThrownBy(() -> {
                            try (Socket socket = new Socket()) {
                                socket.connect(new InetSocketAddress(other, server.getPort()), 5_000);
                            }
                        })
                        .as("port %d on %s", server.getPort(), other)
                        .isInstanceOf(ConnectException.class);
            }
            System.out.println("The server listens on " + server + ", not on " + others);
        }
    }

    @Test
    void aConnectionWithoutTheKeyIsRefused() throws Exception {
        Path home = root.resolve("home");
        try (ApplicationContext context = open(home)) {
            InetSocketAddress server = server(home);
            String address = "jdbc:h2:tcp://" + server.getHostString() + ":" + server.getPort() + "/";

            for (String guess : List.of("unknot", home.resolve("unknot").toString(), "0123456789abcdef")) {
                assertThatThrownBy(() -> connect(address + guess).close())
                        .as("connecting to %s", guess)
                        .isInstanceOfSatisfying(
                                SQLException.class,
                                refused ->
                                        assertThat(refused.getErrorCode()).isEqualTo(ErrorCode.WRONG_USER_OR_PASSWORD));
            }
            // With the key, as the processes of the home connect: the refusals above are about the key.
            try (Connection withKey = connect(address + lockFile(home).getProperty("id"));
                    Statement statement = withKey.createStatement()) {
                assertThat(statement.executeQuery("SELECT 1").next()).isTrue();
            }
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void anotherUserCanNeitherReadTheKeyNorConnect() throws Exception {
        assumeTrue(
                "root".equals(System.getProperty("user.name")),
                "a second user of the machine can only be created as root (CI runs as root)");
        createTheOtherUser();
        Path home = root.resolve("home");
        Path h2 = readableByAll(h2Jar());
        try (ApplicationContext context = open(home)) {
            InetSocketAddress server = server(home);

            Result listing = asOtherUser("ls", home.toString());
            assertThat(listing.exitCode()).as(listing.output()).isNotZero();
            assertThat(listing.output()).contains("Permission denied");

            Result key = asOtherUser("cat", home.resolve("unknot.lock.db").toString());
            assertThat(key.exitCode()).as(key.output()).isNotZero();
            assertThat(key.output()).contains("Permission denied").doesNotContain("id=");

            Result data = asOtherUser("cat", home.resolve("unknot.mv.db").toString());
            assertThat(data.exitCode()).as(data.output()).isNotZero();

            // Without the key, the best the other user can do is guess the database's name.
            Result connection = asOtherUser(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    h2.toString(),
                    "org.h2.tools.Shell",
                    "-url",
                    "jdbc:h2:tcp://" + server.getHostString() + ":" + server.getPort() + "/" + home.resolve("unknot"),
                    "-user",
                    "",
                    "-password",
                    "",
                    "-sql",
                    "SELECT COUNT(*) FROM person");
            assertThat(connection.exitCode()).as(connection.output()).isNotZero();
            assertThat(connection.output()).contains(String.valueOf(ErrorCode.WRONG_USER_OR_PASSWORD));
        }
    }

    private static ApplicationContext open(Path home) {
        ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("unknot.home", home.toString(), "unknot.test.real-clock", "true"))
                .start();
        context.getBean(PersonService.class).local();
        return context;
    }

    private static void assertPrivate(Path home) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home)))
                .as("the home")
                .isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as("%s", file.getFileName())
                        .isEqualTo("rw-------");
            }
        }
    }

    private static Properties lockFile(Path home) throws IOException {
        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("unknot.lock.db"))) {
            lock.load(in);
        }
        return lock;
    }

    private static InetSocketAddress server(Path home) throws IOException {
        String server = lockFile(home).getProperty("server");
        int colon = server.lastIndexOf(':');
        return new InetSocketAddress(
                InetAddress.getByName(server.substring(0, colon)), Integer.parseInt(server.substring(colon + 1)));
    }

    private static Connection connect(String url) throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("");
        h2.setPassword("");
        return h2.getConnection();
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream()
                        .filter(address -> address instanceof Inet4Address)
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }

    private static void createTheOtherUser() throws Exception {
        if (run(List.of("id", OTHER_USER)).exitCode() == 0) {
            return;
        }
        Result created =
                run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", OTHER_USER));
        assertThat(created.exitCode()).as(created.output()).isZero();
    }

    private static Result asOtherUser(String... command) throws Exception {
        List<String> asOther = new ArrayList<>(
                List.of("setpriv", "--reuid", OTHER_USER, "--regid", OTHER_USER, "--init-groups", "--"));
        asOther.addAll(List.of(command));
        return run(asOther);
    }

    /** The H2 jar of this test's class path, copied where the other user can read it. */
    private Path readableByAll(Path jar) throws IOException {
        Path shared = Files.createDirectories(root.resolve("shared"));
        Path copy = Files.copy(jar, shared.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        return copy;
    }

    private static Path h2Jar() throws Exception {
        return Path.of(org.h2.Driver.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    private static Result run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {}
}
