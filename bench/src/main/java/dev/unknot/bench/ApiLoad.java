package dev.unknot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load generator for the REST API's check-ins: {@code concurrency} workers, each
 * POSTing one check-in with a new client id as soon as its previous one was answered, for a warm-up
 * and then a measured period. Only answers that arrive inside the measured period count; their
 * latencies go into a {@link LatencyHistogram}.
 *
 * <pre>
 * java -cp ... dev.unknot.bench.ApiLoad --url=http://127.0.0.1:18300/api/v1/check-ins \
 *     (--credentials=FILE | --token=unk_... --habit=1) [--concurrency=8] [--warmup=5] [--duration=20] [--label=proxy]
 * </pre>
 *
 * <p>{@code --credentials} names a file of {@code <token> <habit id>} lines (what {@link ApiSetup}
 * prints, with or without its {@code credential=}): worker {@code i} checks in as line
 * {@code i mod lines}, so that the load comes from several people, as on a real server.
 *
 * <p>It prints one line for people and one {@code RESULT} line for scripts:
 * {@code RESULT label requests rows_per_s p50_ms p99_ms errors}.
 */
public final class ApiLoad {

    /** What one run measured. */
    record Result(String label, long requests, double seconds, LatencyHistogram latencies, long errors,
            String firstError, double clientCpuMillisPerRequest) {

        double perSecond() {
            return requests / seconds;
        }

        double p50Millis() {
            return latencies.percentile(50) / 1000.0;
        }

        double p99Millis() {
            return latencies.percentile(99) / 1000.0;
        }

        String resultLine() {
            return String.format(Locale.ROOT, "RESULT %s %d %.1f %.2f %.2f %d", label, requests, perSecond(),
                    p50Millis(), p99Millis(), errors);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%s: %d check-ins in %.1f s = %.1f/s, latency p50 %.2f ms, p99 %.2f ms, max %.2f ms, %d errors%s;"
                            + " load generator CPU %.2f ms a request",
                    label, requests, seconds, perSecond(), p50Millis(), p99Millis(), latencies.max() / 1000.0,
                    errors, firstError.isEmpty() ? "" : " (first: " + firstError + ")", clientCpuMillisPerRequest);
        }
    }

    /** Who a worker checks in as, and on which of their habits. */
    record Credential(String token, String habit) {

        Credential {
            if (token.isBlank() || habit.isBlank()) {
                throw new IllegalArgumentException("a credential needs a token and a habit id");
            }
        }

        static Credential parse(String line) {
            String[] parts = line.strip().replaceFirst("^credential=", "").split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("credential lines look like '<token> <habit id>', was '" + line + "'");
            }
            return new Credential(parts[0], parts[1]);
        }
    }

    record Options(URI url, List<Credential> credentials, int concurrency, Duration warmup, Duration duration,
            String label) {

        Options {
            credentials = List.copyOf(credentials);
            if (credentials.isEmpty()) {
                throw new IllegalArgumentException("give --credentials=FILE, or --token and --habit");
            }
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
            }
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException("duration must be positive, was " + duration);
            }
        }

        static Options parse(String... args) {
            Map<String, String> given = new HashMap<>();
            for (String arg : args) {
                int equals = arg.indexOf('=');
                if (!arg.startsWith("--") || equals < 0) {
                    throw new IllegalArgumentException("options look like --name=value, was '" + arg + "'");
                }
                given.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
            List<Credential> credentials;
            if (given.containsKey("credentials")) {
                try {
                    credentials = Files.readAllLines(Path.of(given.get("credentials"))).stream()
                            .filter(line -> !line.isBlank()).map(Credential::parse).toList();
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read --credentials: " + e.getMessage());
                }
            } else {
                credentials = List.of(new Credential(required(given, "token"), required(given, "habit")));
            }
            return new Options(
                    URI.create(required(given, "url")),
                    credentials,
                    Integer.parseInt(given.getOrDefault("concurrency", "8")),
                    Duration.ofMillis((long) (Double.parseDouble(given.getOrDefault("warmup", "5")) * 1000)),
                    Duration.ofMillis((long) (Double.parseDouble(given.getOrDefault("duration", "20")) * 1000)),
                    given.getOrDefault("label", "api"));
        }

        private static String required(Map<String, String> given, String name) {
            String value = given.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }
    }

    private ApiLoad() {}

    public static void main(String[] args) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("api-load: " + e.getMessage());
            System.exit(2);
            return;
        }
        Result result = run(options);
        System.out.println(result);
        System.out.println(result.resultLine());
    }

    static Result run(Options options) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        // Unique per run, so that a second run on the same database never repeats a client id.
        String run = UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        long measureFrom = start + options.warmup().toNanos();
        long measureUntil = measureFrom + options.duration().toNanos();
        List<Worker> workers = new ArrayList<>();
        AtomicReference<String> firstError = new AtomicReference<>("");
        for (int i = 0; i < options.concurrency(); i++) {
            Credential credential = options.credentials().get(i % options.credentials().size());
            Worker worker = new Worker(client, options.url(), credential, run + "-" + i, measureFrom, measureUntil,
                    firstError);
            workers.add(worker);
            worker.thread.start();
        }
        LatencyHistogram all = new LatencyHistogram();
        long errors = 0;
        long sent = 0;
        for (Worker worker : workers) {
            worker.thread.join();
            all.add(worker.latencies);
            errors += worker.errors;
            sent += worker.sent;
        }
        // The generator shares the machine with the server: what it costs is part of the picture.
        double cpuMillis = processCpuNanos() / 1e6;
        return new Result(options.label(), all.count(), options.duration().toNanos() / 1e9, all, errors,
                firstError.get(), sent == 0 ? 0 : cpuMillis / sent);
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** One client in the closed loop: sends, waits for the answer, sends the next. */
    private static final class Worker implements Runnable {

        final Thread thread;
        final LatencyHistogram latencies = new LatencyHistogram();
        long errors;
        long sent;

        private final HttpClient client;
        private final URI url;
        private final Credential credential;
        private final String clientIdPrefix;
        private final long measureFrom;
        private final long measureUntil;
        private final AtomicReference<String> firstError;

        Worker(HttpClient client, URI url, Credential credential, String clientIdPrefix, long measureFrom,
                long measureUntil, AtomicReference<String> firstError) {
            this.client = client;
            this.url = url;
            this.credential = credential;
            this.clientIdPrefix = clientIdPrefix;
            this.measureFrom = measureFrom;
            this.measureUntil = measureUntil;
            this.firstError = firstError;
            this.thread = new Thread(this, "api-load-" + clientIdPrefix);
        }

        @Override
        public void run() {
            for (long sequence = 0; System.nanoTime() < measureUntil; sequence++) {
                HttpRequest request = HttpRequest.newBuilder(url)
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + credential.token())
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"bench-" + clientIdPrefix + "-"
                                + sequence + "\",\"habit\":\"" + credential.habit() + "\"}"))
                        .build();
                sent++;
                long started = System.nanoTime();
                String failure = null;
                try {
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 201) {
                        String body = response.body();
                        failure = "HTTP " + response.statusCode() + " "
                                + (body.length() > 200 ? body.substring(0, 200) : body);
                    }
                } catch (IOException e) {
                    failure = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long answered = System.nanoTime();
                if (started >= measureFrom && answered <= measureUntil) {
                    if (failure == null) {
                        latencies.record((answered - started) / 1000);
                    } else {
                        errors++;
                    }
                }
                if (failure != null) {
                    firstError.compareAndSet("", failure);
                }
            }
        }
    }
}
