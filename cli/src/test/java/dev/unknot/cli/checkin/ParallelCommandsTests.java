package dev.unknot.cli.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import dev.unknot.cli.UnknotCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several {@code unknot} processes on one embedded database with no web server running: ten
 * check-ins started at once (a person's terminals, a cron job, a prompt hook) all succeed and all
 * are stored, and a database left open by a killed process is taken over without waiting.
 *
 * <p>Times are compared with a control run under the same load, as ten JVMs starting at once on a
 * shared machine take seconds of processor time whatever the database does: the same ten check-ins
 * on ten homes of their own, and a check-in after a clean close. Each process logs at debug level
 * how long it took to open the database; the figures go to standard output.
 */
class ParallelCommandsTests {

    private static final int PROCESSES = 10;

    /** The goal: sharing one database makes no command more than about this much slower. */
    private static final long SHARING_BOUND_MILLIS = 2_000;

    /**
     * A lock file left by a killed process must not cost what H2 alone makes it cost: it sleeps two
     * seconds before taking a lock file over, and first waits up to two more while the file is recent.
     */
    private static final long STALE_LOCK_BOUND_MILLIS = 1_500;

    private static final Pattern OPENED = Pattern.compile(
            "Opened .* as (its owner|a guest): (\\d+) ms waiting for the opening lock, (\\d+) ms opening");

    @TempDir
    Path home;

    private Path logging;

    private final Map<String, Integer> exitCodes = new HashMap<>();

    @BeforeEach
    void logTheOpenings() throws IOException {
        logging = home.resolve("logback-test.xml");
        Files.writeString(logging, """
                <configuration>
                  <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
                    <target>System.err</target>
                    <encoder><pattern>%-5level %logger - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="dev.unknot.store.db.EmbeddedDatabase" level="DEBUG"/>
                  <root level="WARN"><appender-ref ref="STDERR"/></root>
                </configuration>
                """);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void tenCheckInsAtOnceAllSucceedAndAllAreStored() throws Exception {
        List<Path> homes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            homes.add(home.resolve("alone-" + i));
        }
        Path shared = home.resolve("shared");
        for (Path data : homes) {
            addTheHabit(data);
        }
        addTheHabit(shared);

        List<Long> alone = runAtOnce(homes, "alone");
        List<Long> together = runAtOnce(Collections.nCopies(PROCESSES, shared), "shared");

        for (int i = 0; i < PROCESSES; i++) {
            for (String run : List.of("alone", "shared")) {
                String err = Files.readString(err(run + i));
                assertThat(exitCodes.get(run + i)).as("%s %d: %s", run, i, err).isZero();
                assertThat(Files.readString(out(run + i))).startsWith("Checked in: Cat-cow");
                assertThat(err).as("%s %d", run, i).doesNotContain("unknot:");
            }
        }
        assertThat(checkIns(shared)).as("every check-in stored").isEqualTo(PROCESSES);
        assertThat(shared.resolve("unknot.lock.db"))
                .as("the last process closed the database")
                .doesNotExist();

        long slowestAlone = Collections.max(alone);
        long slowestTogether = Collections.max(together);
        System.out.printf(
                "Ten check-ins at once: on one home %s ms, on ten homes %s ms (the slowest %d against %d)%n",
                together, alone, slowestTogether, slowestAlone);
        for (int i = 0; i < PROCESSES; i++) {
            System.out.println("  " + opening(Files.readString(err("shared" + i))));
        }
        assertThat(slowestTogether)
                .as("the slowest of ten check-ins on one home, against ten homes of their own")
                .isLessThan(slowestAlone + Math.max(SHARING_BOUND_MILLIS, slowestAlone / 4));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aDatabaseLeftOpenByAKilledProcessIsTakenOverAtOnce() throws Exception {
        Path data = home.resolve("data");
        addTheHabit(data);
        assertThat(run(data, "clean", "checkin", "1"))
                .as(Files.readString(err("clean")))
                .isZero();
        long afterCleanClose = openingMillis(Files.readString(err("clean")));

        Process holder = new ProcessBuilder(
                        java(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DatabaseHolder.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader fromHolder =
                    new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(fromHolder.readLine())
                    .as("the holder opened the database")
                    .isEqualTo("ready");
        } finally {
            // kill -9: no shutdown hook runs; H2's lock file stays, naming a server that is gone.
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(data.resolve("unknot.lock.db"))
                .as("the killed process's lock file")
                .exists();

        assertThat(run(data, "stale", "checkin", "1"))
                .as(Files.readString(err("stale")))
                .isZero();
        String err = Files.readString(err("stale"));
        assertThat(Files.readString(out("stale"))).startsWith("Checked in: Cat-cow");
        assertThat(err).contains("Removed the lock file of a process that ended without closing the database");
        assertThat(opening(err)).contains("as its owner");
        long afterKill = openingMillis(err);
        System.out.printf(
                "Opening the database after a clean close: %d ms; after kill -9: %d ms%n", afterCleanClose, afterKill);
        assertThat(afterKill).as(err).isLessThan(afterCleanClose + STALE_LOCK_BOUND_MILLIS);
        assertThat(checkIns(data)).isEqualTo(2);
    }

    private static void addTheHabit(Path data) {
        assertThat(Shell.withHome(data)
                        .unknot("habit", "add", "stretching/cat-cow")
                        .exitCode())
                .isZero();
    }

    private static int checkIns(Path data) {
        return Shell.withHome(data).unknot("export").json().get("checkIns").size();
    }

    /** Starts a check-in on each home at once; answers how long each took, in milliseconds. */
    private List<Long> runAtOnce(List<Path> homes, String run) throws Exception {
        List<Process> processes = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < homes.size(); i++) {
            starts.add(System.nanoTime());
            processes.add(unknot(homes.get(i), run + i, "checkin", "cat-cow", "--before", "6", "--after", "3"));
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            Process process = processes.get(i);
            assertThat(process.waitFor(4, TimeUnit.MINUTES))
                    .as(run + " " + i + " ended")
                    .isTrue();
            millis.add((System.nanoTime() - starts.get(i)) / 1_000_000);
            exitCodes.put(run + i, process.exitValue());
        }
        return millis;
    }

    private int run(Path data, String name, String... args) throws Exception {
        Process process = unknot(data, name, args);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(name + " ended").isTrue();
        return process.exitValue();
    }

    private static String opening(String err) {
        Matcher opened = OPENED.matcher(err);
        assertThat(opened.find()).as("the process opened the database: %s", err).isTrue();
        return opened.group();
    }

    /** The time from asking to open the database to having it open, as the process logged it. */
    private static long openingMillis(String err) {
        Matcher opened = OPENED.matcher(opening(err));
        assertThat(opened.matches()).isTrue();
        return Long.parseLong(opened.group(2)) + Long.parseLong(opened.group(3));
    }

    private Process unknot(Path data, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-Dlogback.configurationFile=" + logging,
                "-cp",
                System.getProperty("java.class.path"),
                UnknotCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out(name).toFile())
                .redirectError(err(name).toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("UNKNOT_"));
        builder.environment().put("UNKNOT_HOME", data.toString());
        return builder.start();
    }

    private Path out(String name) {
        return home.resolve(name + ".out.txt");
    }

    private Path err(String name) {
        return home.resolve(name + ".err.txt");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
