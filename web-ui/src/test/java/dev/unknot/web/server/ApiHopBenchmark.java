package dev.unknot.web.server;

import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonService;
import dev.unknot.store.token.TokenService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * What the web port's proxy adds to an API call: the same calls straight to the API's Netty server
 * and through Jetty's {@code /api} proxy (the web server's own handler), one after another for
 * latency (median, p99) and from several clients at once for throughput. Reads are
 * {@code GET /api/v1/settings}; writes are check-ins. On the embedded database, or on PostgreSQL when
 * {@code UNKNOT_DATABASE_URL} is set. Run by {@code bench/api-hop.sh [REQUESTS] [CLIENTS]}.
 */
public final class ApiHopBenchmark {

    private ApiHopBenchmark() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        // Only the figures: the request log of a thousand calls would be measured too.
        ((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory()).getLoggerList()
                .forEach(logger -> logger.setLevel(ch.qos.logback.classic.Level.ERROR));
        Path home = Files.createTempDirectory("unknot-api-hop");
        Map<String, Object> properties = new HashMap<>();
        properties.put("unknot.home", home.toString());
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            EmbeddedServer api = context.getBean(EmbeddedServer.class).start();
            Server jetty = new Server(0);
            jetty.setHandler(new ContextHandlerCollection(WebServer.apiContext(api.getPort())));
            jetty.start();
            try {
                URI direct = URI.create("http://127.0.0.1:" + api.getPort());
                URI proxied = URI.create("http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort());
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                System.out.printf(Locale.ROOT, "database: %s, %d requests per run, %d clients for throughput%n",
                        System.getenv("UNKNOT_DATABASE_URL") == null ? "embedded H2" : "PostgreSQL", requests, clients);
                for (int round = 0; round < 2; round++) {
                    boolean warmUp = round == 0;
                    for (String kind : List.of("read", "check-in")) {
                        for (URI base : List.of(direct, proxied)) {
                            // A person of its own for each run: a check-in's advice reads the person's
                            // whole history, so runs on one person would slow down one after another.
                            Person person = context.getBean(PersonService.class)
                                    .createAccount("hop-" + UUID.randomUUID().toString().substring(0, 8), "{bench}");
                            String token = context.getBean(TokenService.class).issue(person.id(), "bench").secret();
                            String habit = habit(http, direct, token);
                            Result sequential = sequential(http, base, token, habit, kind, warmUp ? requests / 4 : requests);
                            Result parallel = parallel(http, base, token, habit, kind, warmUp ? requests / 4 : requests, clients);
                            if (!warmUp) {
                                System.out.printf(Locale.ROOT, "%-9s %-8s median %6.2f ms  p99 %6.2f ms  |  %d clients: %7.0f req/s, p99 %6.2f ms%n",
                                        kind, base == direct ? "direct" : "proxied", sequential.median(), sequential.p99(),
                                        clients, parallel.perSecond(), parallel.p99());
                            }
                        }
                    }
                }
            } finally {
                jetty.stop();
            }
        }
    }

    private static String habit(HttpClient http, URI base, String token) throws Exception {
        HttpResponse<String> created = http.send(request(base, "/api/v1/habits", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"from\":\"custom\",\"name\":\"Stretch\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return created.body().replaceAll("^\\{\"id\":\"([0-9]+)\".*", "$1");
    }

    private static HttpRequest.Builder request(URI base, String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private static long call(HttpClient http, URI base, String token, String habit, String kind) throws Exception {
        HttpRequest request = kind.equals("read")
                ? request(base, "/api/v1/settings", token).GET().build()
                : request(base, "/api/v1/check-ins", token).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"clientId\":\"" + UUID.randomUUID() + "\",\"habit\":\"" + habit + "\",\"before\":5,\"after\":3}")).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(kind + " answered " + response.statusCode() + ": " + response.body());
        }
        return took;
    }

    private static Result sequential(HttpClient http, URI base, String token, String habit, String kind, int n) throws Exception {
        long[] times = new long[n];
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            times[i] = call(http, base, token, habit, kind);
        }
        return new Result(times, System.nanoTime() - start);
    }

    private static Result parallel(HttpClient http, URI base, String token, String habit, String kind, int n, int clients)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                parts.add(pool.submit(() -> {
                    long[] times = new long[n / clients];
                    for (int i = 0; i < times.length; i++) {
                        times[i] = call(http, base, token, habit, kind);
                    }
                    return times;
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> part : parts) {
                long[] times = part.get();
                long[] joined = Arrays.copyOf(all, all.length + times.length);
                System.arraycopy(times, 0, joined, all.length, times.length);
                all = joined;
            }
            return new Result(all, System.nanoTime() - start);
        } finally {
            pool.shutdown();
        }
    }

    private record Result(long[] times, long wallNanos) {
        double median() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        double perSecond() {
            return times.length / (wallNanos / 1e9);
        }

        private double percentile(double p) {
            long[] sorted = times.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }
}
