package dev.unknot.web.packaged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged web UI started the way the launcher starts it, as a separate process:
 * {@code java -cp "target/unknot-web-ui.jar:target/lib/*" dev.unknot.web.UnknotWeb}, on a free
 * port and with its own {@code UNKNOT_HOME}.
 */
final class PackagedApp implements AutoCloseable {

    /** A minute, or {@code -Dunknot.web.start-timeout-seconds} on a machine busy with other work. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("unknot.web.start-timeout-seconds", 60));

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final Path log;
    private final URI uri;
    private Duration startUp = Duration.ZERO;

    private PackagedApp(Process process, Path log, URI uri) {
        this.process = process;
        this.log = log;
        this.uri = uri;
    }

    /** Starts the app and waits, at most {@link #START_TIMEOUT}, until {@code /} answers 200. */
    static PackagedApp start(Path home) {
        return start(home, java.util.Map.of());
    }

    /** {@link #start(Path)} with more environment variables, e.g. a PostgreSQL database. */
    static PackagedApp start(Path home, java.util.Map<String, String> environment) {
        Path jar = Path.of(System.getProperty("unknot.web.jar", "target/unknot-web-ui.jar"))
                .toAbsolutePath();
        Path lib = Path.of(System.getProperty("unknot.web.lib", "target/lib")).toAbsolutePath();
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new IllegalStateException("package the web UI first: " + jar + " or " + lib + " is missing");
        }
        int port = freePort();
        Path log = home.resolve("unknot-web.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        jar + java.io.File.pathSeparator + lib + "/*",
                        "dev.unknot.web.UnknotWeb"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("UNKNOT_PORT", Integer.toString(port));
        builder.environment().put("UNKNOT_HOME", home.toString());
        builder.environment().remove("UNKNOT_PLUGINS_DIR");
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the web UI", e);
        }
        PackagedApp app = new PackagedApp(process, log, URI.create("http://localhost:" + port + "/"));
        try {
            app.awaitFirstPage(started);
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
        app.startUp = Duration.ofNanos(System.nanoTime() - started);
        return app;
    }

    private void awaitFirstPage(long started) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = started + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the web UI exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the web UI", e);
            }
            sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException(
                "the web UI did not answer 200 on " + uri + " within " + START_TIMEOUT + ":\n" + output());
    }

    URI uri() {
        return uri;
    }

    /** From starting the process to the first 200 on {@code /}. */
    Duration startUp() {
        return startUp;
    }

    Process process() {
        return process;
    }

    /** What the app printed so far. */
    String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Asks the app to stop (SIGTERM) and waits for it; kills it when it does not stop in time. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the web UI", e);
        }
    }
}
