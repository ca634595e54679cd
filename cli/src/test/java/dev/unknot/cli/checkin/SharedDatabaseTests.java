package dev.unknot.cli.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import dev.unknot.cli.UnknotCli;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unknot checkin} works while another process (the web server, say) holds the same
 * embedded database open: here a child JVM that opened the H2 file first and serves it.
 */
class SharedDatabaseTests {

    @TempDir
    Path home;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void checkInWhileAnotherProcessHoldsTheDatabase() throws Exception {
        Process holder = new ProcessBuilder(
                        java(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DatabaseHolder.class.getName(),
                        home.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader fromHolder =
                        new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
                Writer toHolder = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8)) {
            assertThat(readUntil(fromHolder, "ready")).as("the holder started").isTrue();

            Shell.Result inProcess = Shell.withHome(home).unknot("checkin", "cat", "--before", "5");
            assertThat(inProcess.exitCode()).as(inProcess.toString()).isZero();
            assertThat(inProcess.out()).startsWith("Checked in: Cat-cow");

            ProcessBuilder cli = new ProcessBuilder(
                            java(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            UnknotCli.class.getName(),
                            "checkin",
                            "cat")
                    .redirectOutput(home.resolve("out.txt").toFile())
                    .redirectError(home.resolve("err.txt").toFile());
            cli.environment().keySet().removeIf(name -> name.startsWith("UNKNOT_"));
            cli.environment().put("UNKNOT_HOME", home.toString());
            Process started = cli.start();
            assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(started.exitValue())
                    .as(Files.readString(home.resolve("err.txt")))
                    .isZero();
            assertThat(Files.readString(home.resolve("out.txt"))).startsWith("Checked in: Cat-cow");

            toHolder.write("count\n");
            toHolder.flush();
            assertThat(fromHolder.readLine())
                    .as("the holder sees both check-ins")
                    .isEqualTo("2");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroy();
            }
        }
        assertThat(Shell.withHome(home)
                        .unknot("today", "--json")
                        .json()
                        .get("habits")
                        .get(0)
                        .get("status")
                        .getStringValue())
                .as("after the holder ended")
                .isEqualTo("done");
    }

    private static boolean readUntil(BufferedReader in, String expected) throws Exception {
        List<String> seen = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.equals(expected)) {
                return true;
            }
            seen.add(line);
        }
        throw new AssertionError("the holder ended without '" + expected + "': " + seen);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
