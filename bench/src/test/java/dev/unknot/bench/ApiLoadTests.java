package dev.unknot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load generator against a tiny local endpoint that checks what it is sent. */
class ApiLoadTests {

    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":\"([^\"]+)\"");

    private HttpServer server;
    private final Set<String> clientIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final Map<String, AtomicInteger> perToken = new ConcurrentHashMap<>();

    private static final List<ApiLoad.Credential> TWO_PEOPLE = List.of(
            new ApiLoad.Credential("unk_a", "7"), new ApiLoad.Credential("unk_b", "8"));

    private URI start(int status) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/api/v1/check-ins", exchange -> answer(exchange, status));
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/check-ins");
    }

    private void answer(HttpExchange exchange, int status) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.incrementAndGet();
        Matcher clientId = CLIENT_ID.matcher(body);
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        // Each token's own habit: unk_a checks in on habit 7, unk_b on habit 8.
        String habit = Map.of("Bearer unk_a", "7", "Bearer unk_b", "8").get(authorization);
        boolean wellFormed = exchange.getRequestMethod().equals("POST")
                && habit != null
                && "application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))
                && body.contains("\"habit\":\"" + habit + "\"")
                && clientId.find();
        if (!wellFormed) {
            refused.incrementAndGet();
        } else {
            clientIds.add(clientId.group(1));
            perToken.computeIfAbsent(authorization, key -> new AtomicInteger()).incrementAndGet();
        }
        byte[] answer = "{\"checkIn\":{}}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(wellFormed ? status : 400, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsCheckInsWithNewClientIdsAndCountsOnlyTheMeasuredPeriod() throws Exception {
        URI url = start(201);

        ApiLoad.Result result = ApiLoad.run(new ApiLoad.Options(url, TWO_PEOPLE, 4, Duration.ofMillis(300),
                Duration.ofSeconds(1), "local"));

        assertThat(refused.get()).isZero();
        assertThat(result.errors()).isZero();
        assertThat(result.requests()).isPositive();
        // The warm-up's answers are not counted; every request had a client id of its own.
        assertThat(result.requests()).isLessThan(received.get());
        assertThat(clientIds).hasSize(received.get());
        // Four workers on two credentials: each person gets two workers' load.
        assertThat(perToken).containsOnlyKeys("Bearer unk_a", "Bearer unk_b");
        assertThat(result.perSecond()).isEqualTo(result.requests() / 1.0);
        assertThat(result.p50Millis()).isPositive().isLessThanOrEqualTo(result.p99Millis());
        assertThat(result.resultLine()).matches("RESULT local \\d+ [\\d.]+ [\\d.]+ [\\d.]+ 0");
    }

    @Test
    void answersOtherThanCreatedAreErrors() throws Exception {
        URI url = start(500);

        ApiLoad.Result result = ApiLoad.run(new ApiLoad.Options(url, TWO_PEOPLE, 2, Duration.ZERO,
                Duration.ofMillis(500), "failing"));

        assertThat(result.requests()).isZero();
        assertThat(result.errors()).isPositive();
        assertThat(result.firstError()).startsWith("HTTP 500");
    }

    @Test
    void optionsAreParsedAndChecked(@TempDir Path directory) throws IOException {
        ApiLoad.Options single = ApiLoad.Options.parse("--url=http://127.0.0.1:1/api/v1/check-ins", "--token=unk_x",
                "--habit=3", "--concurrency=16", "--warmup=2.5", "--duration=20", "--label=direct");
        Path file = Files.writeString(directory.resolve("credentials"), "credential=unk_a 7\n\nunk_b   8\n");
        ApiLoad.Options fromFile = ApiLoad.Options.parse("--url=http://x", "--credentials=" + file);

        assertThat(single.credentials()).containsExactly(new ApiLoad.Credential("unk_x", "3"));
        assertThat(single.concurrency()).isEqualTo(16);
        assertThat(single.warmup()).isEqualTo(Duration.ofMillis(2500));
        assertThat(single.label()).isEqualTo("direct");
        assertThat(fromFile.credentials()).isEqualTo(TWO_PEOPLE);
        assertThat(fromFile.concurrency()).isEqualTo(8);
        assertThatThrownBy(() -> ApiLoad.Options.parse("--url=http://x", "--habit=3"))
                .hasMessage("--token is required");
        assertThatThrownBy(() -> ApiLoad.Options.parse("--url=http://x", "--token=t", "--habit=3", "--concurrency=0"))
                .hasMessage("concurrency must be at least 1, was 0");
        assertThatThrownBy(() -> ApiLoad.Options.parse("url")).hasMessage("options look like --name=value, was 'url'");
        Files.writeString(file, "unk_a\n");
        assertThatThrownBy(() -> ApiLoad.Options.parse("--url=http://x", "--credentials=" + file))
                .hasMessage("credential lines look like '<token> <habit id>', was 'unk_a'");
    }
}
