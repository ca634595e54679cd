package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code unknot} launcher script, run by bash on the packaged jar: which Java it chooses, and
 * that a missing, stale or broken start-up cache costs speed only, never output or the exit code.
 *
 * <p>Each test runs a copy of the launcher in a checkout of its own (the jar and lib/ linked from
 * the build), so that the caches it writes never touch the real {@code cli/target}.
 */
class LauncherIT {

    @TempDir
    Path dir;

    private Path root;
    private Path target;
    private Path home;

    @BeforeEach
    void checkout() throws IOException {
        root = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(Path.of(System.getProperty("unknot.launcher")), root.resolve("unknot"));
        // What the launcher looks at to decide whether to build: sources older than the stamp.
        for (String module : List.of("core", "plugins", "wire", "store", "app", "client", "api", "cli")) {
            Files.createDirectories(root.resolve(module));
        }
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        target = Files.createDirectories(root.resolve("cli/target"));
        Files.createSymbolicLink(target.resolve("unknot-cli.jar"), Path.of(System.getProperty("unknot.cli.jar")));
        Files.createSymbolicLink(target.resolve("lib"), Path.of(System.getProperty("unknot.cli.lib")));
        Files.writeString(target.resolve("unknot-built.stamp"), "");
        home = Files.createDirectories(dir.resolve("home"));
    }

    /**
     * A changed source or pom makes the launcher build first (here without a Maven wrapper, so the
     * build fails and says so); build output and generated sources newer than the stamp do not.
     */
    @Test
    void onlySourcesAndPomsNewerThanTheStampMeanABuild() throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("UNKNOT_PRINT_JAVA", "1");
        FileTime later = FileTime.from(Files.getLastModifiedTime(target.resolve("unknot-built.stamp"))
                .toInstant()
                .plusSeconds(60));
        for (Path output : List.of(
                Files.createDirectories(root.resolve("store/target/classes")).resolve("A.class"),
                Files.createDirectories(root.resolve("cli/target/src/main/java"))
                        .resolve("B.java"),
                Files.createDirectories(root.resolve("cli/src/main/frontend/generated"))
                        .resolve("c.js"))) {
            Files.writeString(output, "");
            Files.setLastModifiedTime(output, later);
        }

        Finished untouched = launch(environment);
        assertThat(untouched.exitCode()).as(untouched.err()).isZero();
        assertThat(untouched.err()).isEmpty();

        Path source =
                Files.createDirectories(root.resolve("core/src/main/java")).resolve("Changed.java");
        Files.writeString(source, "");
        Files.setLastModifiedTime(source, later);
        Finished changed = launch(environment);
        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.err()).contains("unknot: building cli");
    }

    @Test
    void unknotJavaIsUsedWhenSet() throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("UNKNOT_JAVA", testJava().toString());
        environment.put("UNKNOT_PRINT_JAVA", "1");

        Finished finished = launch(environment);

        assertThat(finished.out()).startsWith(testJava() + " " + System.getProperty("java.version") + " ");
    }

    @Test
    void theNewestJdk25OrLaterIsPreferred() throws Exception {
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        fakeJdk(jvms.resolve("java-17"), "17.0.15");
        fakeJdk(jvms.resolve("temurin-25"), "25.0.3");
        Path newest = fakeJdk(jvms.resolve("temurin-26"), "26");
        Map<String, String> environment = new HashMap<>();
        environment.put("UNKNOT_JVM_DIR", jvms.toString());
        environment.put("UNKNOT_PRINT_JAVA", "1");

        Finished finished = launch(environment);

        assertThat(finished.out())
                .startsWith(newest.resolve("bin/java") + " 26 " + target.resolve("unknot-cli.jdk-26.aot"));
    }

    @Test
    void withoutAJdk25TheJavaOnThePathRunsWithClassDataSharing() throws Exception {
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        fakeJdk(jvms.resolve("java-17"), "17.0.15");
        Map<String, String> environment = new HashMap<>();
        environment.put("UNKNOT_JVM_DIR", jvms.toString());
        environment.put("UNKNOT_PRINT_JAVA", "1");
        environment.put("PATH", testJava().getParent() + ":/usr/bin:/bin");

        Finished finished = launch(environment);

        assertThat(finished.out())
                .isEqualTo("java " + System.getProperty("java.version") + " " + target.resolve("unknot-cli.jsa")
                        + " missing\n");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void java17RunsWithoutItsArchiveAndMakesOneInTheBackground() throws Exception {
        Map<String, String> environment = onlyJava(testJava());

        Finished first = launch(environment, "checkin", "--help");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Usage: unknot checkin");
        assertThat(first.err()).isEmpty();
        Path archive = target.resolve("unknot-cli.jsa");
        awaitTraining(archive);
        assertThat(archive).isNotEmptyFile();
        assertThat(printJava(environment)).endsWith(" current\n");
        Finished second = launch(environment, "checkin", "--help");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
    }

    @Test
    void aBrokenArchiveCostsOnlySpeed() throws Exception {
        Map<String, String> environment = onlyJava(testJava());
        environment.put("UNKNOT_CACHE_TRAINING", "off");
        Path archive = Files.writeString(target.resolve("unknot-cli.jsa"), "not an archive");
        newerThanTheJar(archive);
        assertThat(printJava(environment)).endsWith(" current\n");

        Finished finished = launch(environment, "technique", "stretching/childs-pose");

        assertThat(finished.exitCode()).as(finished.err()).isZero();
        assertThat(finished.out()).startsWith("Child's pose");
        assertThat(finished.err()).isEmpty();
    }

    @Test
    void aStaleArchiveIsNotUsedAndIsMadeAgain() throws Exception {
        Map<String, String> environment = onlyJava(testJava());
        environment.put("UNKNOT_CACHE_TRAINING", "off");
        Path archive = Files.writeString(target.resolve("unknot-cli.jsa"), "from an older jar");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        assertThat(printJava(environment)).endsWith(" missing\n");
        Finished finished = launch(environment, "pillars");
        assertThat(finished.exitCode()).as(finished.err()).isZero();
        assertThat(finished.err()).isEmpty();
    }

    /**
     * The launcher's own choice on this machine: with a JDK 25+ under /usr/lib/jvm (the development
     * machine has Temurin 25) its AOT cache, else the PATH's Java and its CDS archive. Never skipped.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theChosenJavaRunsWithItsCacheMadeOnFirstUseAndSurvivesABrokenOne() throws Exception {
        Map<String, String> environment = new HashMap<>();
        String[] choice = printJava(environment).strip().split(" ");
        int feature = Integer.parseInt(choice[1].split("\\.")[0]);
        Path cache = Path.of(choice[2]);
        assertThat(cache.getFileName().toString())
                .isEqualTo(feature >= 25 ? "unknot-cli.jdk-" + choice[1] + ".aot" : "unknot-cli.jsa");
        assertThat(choice[3]).isEqualTo("missing");

        Finished first = launch(environment, "habit", "add", "stretching/cat-cow");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Added habit 1: Cat-cow");
        awaitTraining(cache);
        assertThat(printJava(environment)).endsWith(" current\n");

        Finished cached = launch(environment, "checkin", "cat", "--before", "5");
        assertThat(cached.exitCode()).as(cached.err()).isZero();
        assertThat(cached.out()).startsWith("Checked in: Cat-cow");
        assertThat(cached.err()).isEmpty();

        Files.writeString(cache, "not a cache");
        newerThanTheJar(cache);
        Finished broken = launch(environment, "checkin", "cat");
        assertThat(broken.exitCode()).as(broken.err()).isZero();
        assertThat(broken.out()).startsWith("Checked in: Cat-cow");
        assertThat(broken.err()).isEmpty();
    }

    /**
     * The commands that read and write data, on the packaged class path (lib/ leaves out what the
     * tests' class path has, such as Reactor, and adds the bean definitions and services that
     * Micronaut AOT listed at build time): each succeeds and prints nothing on standard error.
     */
    @Test
    void everyDataCommandRunsOnThePackagedClassPath() throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("UNKNOT_CACHE_TRAINING", "off");
        List<List<String>> commands = List.of(
                List.of("habit", "add", "stretching/cat-cow"),
                List.of("checkin", "cat", "--before", "5", "--after", "3", "--note", "after work"),
                List.of("today"),
                List.of("today", "--json"),
                List.of("habits"),
                List.of("stats"),
                List.of("stats", "cat", "--json"),
                List.of("checkin", "--undo"),
                // After the undo: a day with a check-in cannot be skipped.
                List.of("habit", "skip", "cat"),
                List.of("templates"),
                List.of(
                        "plan",
                        "--sitting-hours=8",
                        "--stress=6",
                        "--slouch=yes",
                        "--strain=no",
                        "--strength-sessions=1",
                        "--water=8",
                        "--json"),
                List.of("settings"),
                List.of("export"),
                List.of("plugins"),
                List.of("routines"));
        for (List<String> command : commands) {
            Finished finished = launch(environment, command.toArray(String[]::new));
            assertThat(finished.exitCode()).as(command + ": " + finished.err()).isZero();
            assertThat(finished.err()).as(String.join(" ", command)).isEmpty();
            assertThat(finished.out()).as(String.join(" ", command)).isNotBlank();
        }
        assertThat(Files.list(Path.of(System.getProperty("unknot.cli.lib")))
                        .map(jar -> jar.getFileName().toString()))
                .as("the CLI runs without Reactor, with Micronaut AOT's service lists")
                .noneMatch(jar -> jar.startsWith("reactor-core"))
                .contains("unknot-cli-aot.jar");
    }

    /** An environment whose only choice of Java is {@code java}, with nothing under /usr/lib/jvm. */
    private Map<String, String> onlyJava(Path java) throws IOException {
        Map<String, String> environment = new HashMap<>();
        environment.put(
                "UNKNOT_JVM_DIR",
                Files.createDirectories(dir.resolve("no-jvms")).toString());
        environment.put("UNKNOT_JAVA", java.toString());
        return environment;
    }

    private String printJava(Map<String, String> environment) throws Exception {
        Map<String, String> printing = new HashMap<>(environment);
        printing.put("UNKNOT_PRINT_JAVA", "1");
        Finished finished = launch(printing);
        assertThat(finished.exitCode()).as(finished.err()).isZero();
        return finished.out();
    }

    /** Waits until the background training that the last command started has ended. */
    private void awaitTraining(Path cache) throws InterruptedException {
        Path lock = cache.resolveSibling(cache.getFileName() + ".lock");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while ((Files.exists(lock) || !Files.exists(cache)) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    private void newerThanTheJar(Path cache) throws IOException {
        Instant jar =
                Files.getLastModifiedTime(target.resolve("unknot-cli.jar")).toInstant();
        Instant lib = Files.getLastModifiedTime(target.resolve("lib")).toInstant();
        Instant newer = (jar.isAfter(lib) ? jar : lib).plusSeconds(60);
        Files.setLastModifiedTime(cache, FileTime.from(newer));
    }

    private static Path fakeJdk(Path jdk, String version) throws IOException {
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"fake java " + version + "\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return jdk;
    }

    private static Path testJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private Finished launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of("bash", root.resolve("unknot").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("UNKNOT_") || name.equals("JAVA_HOME"));
        builder.environment().put("UNKNOT_HOME", home.toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES))
                .as("the launcher finished")
                .isTrue();
        return new Finished(
                process.exitValue(),
                Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private record Finished(int exitCode, String out, String err) {}

    static {
        // Fail early and clearly when run outside Maven's failsafe configuration.
        Stream.of("unknot.launcher", "unknot.cli.jar", "unknot.cli.lib").forEach(name -> {
            if (System.getProperty(name) == null) {
                throw new IllegalStateException("system property " + name + " is not set (run through mvn verify)");
            }
        });
    }
}
