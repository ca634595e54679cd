package dev.unknot.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.token.AccessToken;
import dev.unknot.app.token.TokenService;
import dev.unknot.cli.Shell;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The CLI against a real API server started here: log in with a token made for a web account,
 * then every command works on the server's data, with the same output and exit codes as on the
 * local database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteCommandsTests {

    Path dir;

    TestServer server;

    /** The server's database; PostgreSQL in the subclass. */
    protected Map<String, Object> serverDatabase() {
        return Map.of();
    }

    @BeforeAll
    void startServer() throws IOException {
        dir = Files.createTempDirectory("unknot-remote-cli");
        server = new TestServer(dir.resolve("server"), serverDatabase());
    }

    @AfterAll
    void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    /** {@code unknot login URL --token-stdin} with {@code token} on standard input. */
    static Shell.Result login(Shell shell, String url, String token) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream((token + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return shell.unknot("login", url, "--token-stdin");
        } finally {
            System.setIn(in);
        }
    }

    private static List<CheckIn> checkInsOf(TestServer server, TestServer.Account account) {
        return server.bean(CheckInHistory.class).all(account.person().id()).stream()
                .map(RecordedCheckIn::checkIn)
                .toList();
    }

    private static boolean hasLocalDatabase(Path home) throws IOException {
        if (!Files.exists(home)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(home)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".db"));
        }
    }

    @Test
    void afterLoginEveryCommandWorksOnTheServersData() throws IOException {
        TestServer.Account account = server.account("ada");
        Path home = dir.resolve("ada-laptop");
        Shell shell = Shell.withHome(home);

        Shell.Result login = login(shell, server.url(), account.token());
        assertThat(login.exitCode()).as(login.toString()).isZero();
        assertThat(login.out()).startsWith("Logged in to " + server.url());
        Path file = home.resolve("server.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        assertThat(shell.unknot("settings", "--time-zone", "UTC").outLines())
                .containsExactly(
                        "Time zone:  UTC",
                        "Day starts: 00:00",
                        "Server:     " + server.url() + " (local data: 'unknot logout')");
        Shell.Result added = shell.unknot("habit", "add", "stretching/cat-cow");
        assertThat(added.out()).as(added.toString()).matches("Added habit \\d+: Cat-cow \\(every day, yes/no\\)\\.\\n");
        assertThat(shell.unknot("habit", "add", "Drink", "water", "--target", "8", "--unit", "glasses")
                        .exitCode())
                .isZero();

        Shell.Result checkedIn = shell.unknot(
                "checkin", "cat", "--before", "6", "--after", "3", "--note", "stiff", "--client-id", "laptop-1");
        assertThat(checkedIn.exitCode()).as(checkedIn.toString()).isZero();
        assertThat(checkedIn.outLines().get(0))
                .matches("Checked in: Cat-cow at \\d\\d:\\d\\d, tightness 6 -> 3 \\(stiff\\)");
        assertThat(checkedIn.outLines().get(1)).isEqualTo("Streak: 1 day | best 1 day");
        assertThat(checkInsOf(server, account))
                .singleElement()
                .satisfies(checkIn -> assertThat(checkIn.clientId()).isEqualTo("laptop-1"));

        // A retry (same client id, same values) is answered with the first check-in and counted once.
        Shell.Result retried = shell.unknot(
                "checkin",
                "cat",
                "--before",
                "6",
                "--after",
                "3",
                "--note",
                "stiff",
                "--client-id",
                "laptop-1",
                "--json");
        assertThat(retried.exitCode()).as(retried.toString()).isZero();
        assertThat(retried.json().get("checkIn").get("clientId").getStringValue())
                .isEqualTo("laptop-1");
        assertThat(checkInsOf(server, account)).hasSize(1);

        assertThat(shell.unknot("habits").out()).contains("Cat-cow", "Drink water", "8 glasses a day");
        Shell.Result today = shell.unknot("today");
        assertThat(today.out()).as(today.toString()).contains("done", "Cat-cow", "1 day", "1 to do");
        Shell.Result stats = shell.unknot("stats", "cat");
        assertThat(stats.exitCode()).as(stats.toString()).isZero();
        assertThat(stats.out()).contains("Cat-cow", "1 day");
        assertThat(shell.unknot("today", "--json").json().get("habits").size()).isEqualTo(2);
        assertThat(shell.unknot("habit", "skip", "drink").exitCode()).isZero();
        assertThat(shell.unknot("habit", "unskip", "drink").out()).startsWith("Drink water counts again on ");
        assertThat(shell.unknot("habit", "pause", "drink", "--to", "2099-01-01").exitCode())
                .isZero();
        assertThat(shell.unknot("habit", "resume", "--all").out()).startsWith("Resumed Drink water: due again from ");
        assertThat(shell.unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(1)
                        .get("status")
                        .getStringValue())
                .isEqualTo("due");

        Shell.Result undone = shell.unknot("checkin", "--undo");
        assertThat(undone.out()).startsWith("Removed: Cat-cow at ");
        assertThat(checkInsOf(server, account)).isEmpty();

        assertThat(hasLocalDatabase(home))
                .as("the local database is never opened while logged in")
                .isFalse();

        Shell.Result logout = shell.unknot("logout");
        assertThat(logout.out())
                .isEqualTo("Logged out of " + server.url() + ": commands use the local database again.\n");
        assertThat(file).doesNotExist();
        assertThat(shell.unknot("habits").out()).startsWith("No habits yet");
    }

    @Test
    void theSafetyScreenWorksThroughTheServer() {
        TestServer.Account account = server.account("cleo");
        Shell remote = Shell.withHome(dir.resolve("cleo-laptop"));
        assertThat(login(remote, server.url(), account.token()).exitCode()).isZero();

        Shell.Result answered = remote.unknot("safety", "--yes", "cancer,fever");
        Shell.Result refused = remote.unknot("safety", "--yes", "pain");

        assertThat(answered.exitCode()).as(answered.toString()).isZero();
        assertThat(answered.out()).contains("Act now: See a doctor soon");
        assertThat(server.bean(dev.unknot.app.safety.SafetyScreens.class)
                        .answers(account.person().id())
                        .orElseThrow()
                        .yes())
                .containsExactlyInAnyOrder(
                        dev.unknot.core.checkin.Symptom.CANCER, dev.unknot.core.checkin.Symptom.FEVER);
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines())
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .startsWith("unknot: yes must be among saddle-numbness")
                        .endsWith("was 'pain'"));
        assertThat(remote.unknot("safety", "--show", "--json").json().get("yes").size())
                .isEqualTo(2);
    }

    @Test
    void planRoutineExportAndImportWorkThroughTheServer() throws IOException {
        TestServer.Account account = server.account("barbara");
        Shell remote = Shell.withHome(dir.resolve("barbara-laptop"));
        assertThat(login(remote, server.url(), account.token()).exitCode()).isZero();
        String[] plan = {
            "plan",
            "--sitting-hours",
            "9",
            "--stress",
            "7",
            "--strength-sessions",
            "0",
            "--slouch",
            "yes",
            "--strain",
            "no",
            "--water",
            "4"
        };
        Shell local = Shell.withHome(dir.resolve("barbara-local"));
        assertThat(remote.unknot(plan).out()).isEqualTo(local.unknot(plan).out());

        String[] apply = java.util.Arrays.copyOf(plan, plan.length + 1);
        apply[plan.length] = "--apply";
        Shell.Result applied = remote.unknot(apply);
        assertThat(applied.exitCode()).as(applied.toString()).isZero();
        assertThat(applied.out()).contains("Created habit ");
        assertThat(remote.unknot("habit", "add", "stretching/four-stretch-release")
                        .exitCode())
                .isZero();

        Shell.Result session = remote.unknot(
                "routine", "run", "stretching/four-stretch-release", "--pace", "5000", "--before", "6", "--after", "2");
        assertThat(session.exitCode()).as(session.toString()).isZero();
        assertThat(session.out()).contains("1/4 Cat-cow", "Checked in: Four-stretch release");
        assertThat(checkInsOf(server, account))
                .singleElement()
                .satisfies(checkIn -> assertThat(checkIn.duration())
                        .hasValueSatisfying(
                                duration -> assertThat(duration.toSeconds()).isEqualTo(180)));

        Path export = dir.resolve("barbara.json");
        assertThat(remote.unknot("export", "--output", export.toString()).exitCode())
                .isZero();
        Shell fresh = Shell.withHome(dir.resolve("barbara-fresh"));
        Shell.Result imported = fresh.unknot("import", export.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(fresh.unknot("export").out())
                .isEqualTo(remote.unknot("export").out());
        assertThat(remote.unknot("export", "--csv").out()).startsWith("id,client_id,habit_id");
    }

    @Test
    void theLibraryReadsTheSameFromTheServerAsLocally() {
        TestServer.Account account = server.account("grace");
        Shell local = Shell.withHome(dir.resolve("grace-local"));
        Shell remote = Shell.withHome(dir.resolve("grace-laptop"));
        assertThat(login(remote, server.url(), account.token()).exitCode()).isZero();

        for (String[] command : List.of(
                new String[] {"pillars"},
                new String[] {"techniques", "--pillar", "stretching"},
                new String[] {"technique", "stretching/cat-cow"},
                new String[] {"routines", "--json"},
                new String[] {"templates"},
                new String[] {"technique", "stretching/nope"})) {
            Shell.Result there = remote.unknot(command);
            Shell.Result here = local.unknot(command);
            assertThat(there.exitCode()).as(String.join(" ", command)).isEqualTo(here.exitCode());
            assertThat(there.out()).as(String.join(" ", command)).isEqualTo(here.out());
            assertThat(there.err()).as(String.join(" ", command)).isEqualTo(here.err());
        }
    }

    @Test
    void badInputAndUnknownIdsExitWithTwoAsLocally() {
        TestServer.Account account = server.account("alan");
        Shell remote = Shell.withHome(dir.resolve("alan-laptop"));
        assertThat(login(remote, server.url(), account.token()).exitCode()).isZero();
        assertThat(remote.unknot("habit", "add", "stretching/cat-cow").exitCode())
                .isZero();

        Shell.Result unknown = remote.unknot("checkin", "999");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("unknot: no habit with id 999; choose one of ");

        Shell.Result badZone = remote.unknot("settings", "--time-zone", "Mars/Olympus");
        assertThat(badZone.exitCode()).isEqualTo(2);
        assertThat(badZone.errLines()).singleElement().asString().startsWith("unknot: time zone must be a region");

        Shell.Result badWeeks = remote.unknot("stats", "--weeks", "60");
        assertThat(badWeeks.exitCode()).isEqualTo(2);
    }

    @Test
    void aWrongTokenIsRefusedAtLoginAndNothingIsStored() {
        Path home = dir.resolve("mallory");
        Shell.Result refused = login(Shell.withHome(home), server.url(), "unk_" + "x".repeat(43));

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.errLines())
                .containsExactly("unknot: the server " + server.url()
                        + " refused the token; make a new one in the web UI's Settings and log in again");
        assertThat(home.resolve("server.json")).doesNotExist();

        Shell.Result malformed = login(Shell.withHome(home), server.url(), "password123");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.errLines()).singleElement().asString().contains("not an Unknot access token");
    }

    @Test
    void aRevokedTokenFailsEveryCommandWithOneLine() {
        TestServer.Account account = server.account("eve");
        Shell shell = Shell.withHome(dir.resolve("eve-laptop"));
        assertThat(login(shell, server.url(), account.token()).exitCode()).isZero();
        TokenService tokens = server.bean(TokenService.class);
        AccessToken token = tokens.list(account.person().id()).get(0);
        tokens.revoke(account.person().id(), token.id());

        Shell.Result today = shell.unknot("today");

        assertThat(today.exitCode()).isEqualTo(1);
        assertThat(today.out()).isEmpty();
        assertThat(today.errLines())
                .singleElement()
                .asString()
                .startsWith("unknot: the server " + server.url() + " refused the token");
    }

    @Test
    void aServerThatIsDownIsOneLineAndExitOne() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Shell shell = Shell.withHome(dir.resolve("offline"))
                .with("UNKNOT_SERVER", "http://127.0.0.1:" + closed)
                .with("UNKNOT_TOKEN", "unk_" + "y".repeat(43));

        Shell.Result checkIn = shell.unknot("checkin", "cat");

        assertThat(checkIn.exitCode()).isEqualTo(1);
        assertThat(checkIn.errLines())
                .containsExactly("unknot: cannot reach the Unknot server at http://127.0.0.1:" + closed
                        + ": connection refused (run again with --verbose for details)");
        Shell.Result verbose = shell.unknot("today", "--verbose");
        assertThat(verbose.errLines().get(0))
                .isEqualTo("unknot: data from the Unknot server at http://127.0.0.1:" + closed);
    }

    @Test
    void aServerWithAnUnknownNameIsOneLineAndExitOne() {
        Shell shell = Shell.withHome(dir.resolve("nowhere"))
                .with("UNKNOT_SERVER", "http://unknot.invalid")
                .with("UNKNOT_TOKEN", "unk_" + "y".repeat(43));

        Shell.Result today = shell.unknot("today");

        assertThat(today.exitCode()).isEqualTo(1);
        assertThat(today.errLines())
                .containsExactly("unknot: cannot reach the Unknot server at http://unknot.invalid: unknown host"
                        + " (run again with --verbose for details)");
    }

    @Test
    void aCheckInComesBackFromItsCsvExport() throws IOException {
        TestServer.Account account = server.account("ines");
        Shell shell = Shell.withHome(dir.resolve("ines-laptop"));
        assertThat(login(shell, server.url(), account.token()).exitCode()).isZero();
        assertThat(shell.unknot("habit", "add", "stretching/cat-cow").exitCode())
                .isZero();
        assertThat(shell.unknot("checkin", "cat", "--before", "6", "--note", "a, \"quoted\" note")
                        .exitCode())
                .isZero();
        Path csv = dir.resolve("ines.csv");
        assertThat(shell.unknot("export", "--csv", "--output", csv.toString()).exitCode())
                .isZero();
        assertThat(shell.unknot("checkin", "--undo").exitCode()).isZero();

        Shell.Result imported = shell.unknot("import", csv.toString(), "--csv");
        Shell.Result again = shell.unknot("import", csv.toString(), "--csv");

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(checkInsOf(server, account))
                .singleElement()
                .satisfies(checkIn -> assertThat(checkIn.note()).isEqualTo("a, \"quoted\" note"));
    }

    @Test
    void environmentVariablesChooseAServerForOneRun() {
        TestServer.Account account = server.account("linus");
        Shell shell = Shell.withHome(dir.resolve("linus-ci"))
                .with("UNKNOT_SERVER", server.url())
                .with("UNKNOT_TOKEN", account.token());
        assertThat(shell.unknot("habit", "add", "stretching/cat-cow").exitCode())
                .isZero();

        assertThat(shell.unknot("checkin", "cat", "--client-id", "ci-1").exitCode())
                .isZero();
        assertThat(checkInsOf(server, account)).hasSize(1);

        Shell.Result half = Shell.withHome(dir.resolve("linus-ci"))
                .with("UNKNOT_SERVER", server.url())
                .unknot("today");
        assertThat(half.exitCode()).isEqualTo(2);
        assertThat(half.err()).startsWith("unknot: UNKNOT_SERVER and UNKNOT_TOKEN go together");
    }
}
