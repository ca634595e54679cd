package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unknot} as its own process, through {@link UnknotCli#main}: what a shell sees. */
class UnknotProcessTests {

    @TempDir
    Path home;

    @Test
    void theExitCodeReachesTheShell() throws Exception {
        assertThat(unknot("pillars").exitCode()).isZero();
        assertThat(unknot("technique", "stretching/nope").exitCode()).isEqualTo(2);
    }

    @Test
    void onlyTheCommandsOutputReachesTheTerminal() throws Exception {
        Finished finished = unknot("technique", "stretching/nope");

        assertThat(finished.out()).isEmpty();
        assertThat(finished.err())
                .isEqualTo("unknot: no technique 'stretching/nope'; run 'unknot techniques' to list them"
                        + System.lineSeparator());
        assertThat(unknot("pillars").err()).isEmpty();
    }

    @Test
    void outputIsUtf8EvenWhenThePlatformCharsetIsAscii() throws Exception {
        Finished finished = unknot("techniques", "--pillar", "stretching");

        assertThat(finished.out()).contains("hold 20–30 s");
    }

    /**
     * The first command creates and migrates the database with Flyway; a later one finds the
     * database's migration fingerprint current and never loads a Flyway class.
     */
    @Test
    void aCommandOnACurrentDatabaseLoadsNoFlywayClass() throws Exception {
        Path migrating = home.resolve("migrating-classes.txt");
        Path current = home.resolve("current-classes.txt");

        assertThat(unknot(List.of(classLog(migrating)), "habit", "add", "stretching/cat-cow")
                        .exitCode())
                .isZero();
        assertThat(unknot(List.of(classLog(current)), "today").exitCode()).isZero();

        assertThat(Files.readAllLines(migrating)).anyMatch(line -> line.contains(" org.flywaydb."));
        assertThat(Files.readAllLines(current))
                .anyMatch(line -> line.contains(" dev.unknot.store.db.ConnectionPool "))
                .noneMatch(line -> line.contains(" org.flywaydb."));
    }

    private static String classLog(Path file) {
        return "-Xlog:class+load=info:file=" + file;
    }

    private Finished unknot(String... args) throws IOException, InterruptedException {
        return unknot(List.of(), args);
    }

    private Finished unknot(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=US-ASCII"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), UnknotCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith(UnknotCli.ENVIRONMENT_PREFIX));
        builder.environment().put("UNKNOT_HOME", home.toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("unknot finished").isTrue();
        return new Finished(
                process.exitValue(),
                Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private record Finished(int exitCode, String out, String err) {}
}
