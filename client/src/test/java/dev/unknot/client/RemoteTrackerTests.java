package dev.unknot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.checkin.CheckInResult;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import dev.unknot.wire.error.UnavailableException;
import dev.unknot.wire.settings.SettingsChange;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RemoteTracker against a real, tiny HTTP server (the JDK's) that answers as the API would. */
class RemoteTrackerTests {

    private static final String TOKEN = "unk_" + "a".repeat(43);
    private static final JsonMapper JSON = JsonMapper.createDefault();

    /** What the server received. */
    record Received(String method, String path, String authorization, String contentType, String accept, String body) {}

    /** What the server answers next. */
    interface Answer {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    HttpServer server;
    final Queue<Received> received = new ConcurrentLinkedQueue<>();
    volatile Answer answer;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath()
                            + (exchange.getRequestURI().getRawQuery() == null
                                    ? ""
                                    : "?" + exchange.getRequestURI().getRawQuery()),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Accept"),
                    new String(body, StandardCharsets.UTF_8)));
            try {
                answer.answer(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private RemoteTracker tracker() {
        return new RemoteTracker(address(), TOKEN, JSON, Duration.ofSeconds(2));
    }

    private static Answer json(int status, String body) {
        return exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
            if (status != 204) {
                exchange.getResponseBody().write(bytes);
            }
        };
    }

    private static Answer error(int status, String kind, String field, String message) {
        return json(
                status,
                "{\"error\":\"" + kind + "\",\"field\":" + (field == null ? "null" : "\"" + field + "\"")
                        + ",\"message\":\"" + message + "\"}");
    }

    private static final String RECORDED = "{\"checkIn\":{\"id\":\"7\",\"clientId\":\"c-1\",\"habit\":{\"id\":\"3\","
            + "\"name\":\"Cat-cow\",\"target\":{\"kind\":\"technique\",\"id\":\"stretching/cat-cow\",\"text\":\"x\"},"
            + "\"schedule\":{\"kind\":\"daily\",\"description\":\"every day\",\"days\":[],\"times\":null,\"hours\":null,"
            + "\"from\":null,\"until\":null},\"metric\":{\"kind\":\"yes-no\",\"unit\":null,\"dailyTarget\":null},"
            + "\"startsOn\":\"2026-03-01\",\"status\":\"active\"},\"at\":\"2026-03-01T08:30:00Z\",\"day\":\"2026-03-01\","
            + "\"amount\":1.0,\"durationSeconds\":null,\"before\":6,\"after\":null,\"note\":\"\",\"symptoms\":[]},"
            + "\"streak\":{\"current\":1,\"best\":1,\"unit\":\"days\"},\"advice\":[]}";

    private static CheckInBody checkIn() {
        return new CheckInBody("c-1", "3", null, 1.0, null, 6, null, null, List.of());
    }

    @Test
    void readsTheSettingsWithTheBearerToken() {
        answer = json(200, "{\"timeZone\":\"Europe/Berlin\",\"dayStart\":\"04:00\"}");

        assertThat(tracker().settings().timeZone()).isEqualTo("Europe/Berlin");
        Received request = received.remove();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/api/v1/settings");
        assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void sendsBodiesAsJsonAndIdsAsPathSegments() {
        answer = json(200, "{\"timeZone\":\"UTC\",\"dayStart\":\"00:00\"}");
        tracker().changeSettings(new SettingsChange("UTC", null));
        Received put = received.remove();
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.contentType()).startsWith("application/json");
        assertThat(put.body()).contains("\"timeZone\":\"UTC\"");

        answer = error(404, "not-found", null, "no technique stretching/nope");
        assertThatThrownBy(() -> tracker().technique("stretching/nope")).isInstanceOf(NotFoundException.class);
        assertThat(received.remove().path()).isEqualTo("/api/v1/techniques/stretching/nope");

        answer = json(204, "");
        tracker().deleteCheckIn("7");
        Received delete = received.remove();
        assertThat(delete.method() + " " + delete.path()).isEqualTo("DELETE /api/v1/check-ins/7");
    }

    @Test
    void errorsBecomeTheStoresExceptionsWithTheServersWords() {
        answer = error(400, "invalid-input", "before", "before must be between 0 and 10, was 11");
        assertThatThrownBy(() -> tracker().checkIn(checkIn()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("before");
                    assertThat(e.getMessage()).isEqualTo("before must be between 0 and 10, was 11");
                });

        answer = error(404, "not-found", null, "no habit 3");
        assertThatThrownBy(() -> tracker().habit("3"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no habit 3");

        answer = error(409, "conflict", null, "client id c-1 was recorded before with other values");
        assertThatThrownBy(() -> tracker().checkIn(checkIn()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("client id c-1 was recorded before with other values");

        answer = error(503, "unavailable", null, "the database does not answer");
        assertThatThrownBy(() -> tracker().today()).isInstanceOf(UnavailableException.class);
    }

    @Test
    void aRefusedTokenAndAFailingServerAreOneLineNamingTheServer() {
        answer = error(401, "unauthorized", null, "a valid token is required");
        assertThatThrownBy(() -> tracker().today()).isInstanceOfSatisfying(ServerRefusedException.class, e -> {
            assertThat(e.unauthorized()).isTrue();
            assertThat(e.getMessage())
                    .contains("refused the token")
                    .contains(address().toString().replaceAll("/$", ""));
        });

        answer = exchange -> {
            exchange.sendResponseHeaders(500, 0);
            exchange.getResponseBody().write("<html>oops</html>".getBytes(StandardCharsets.UTF_8));
        };
        assertThatThrownBy(() -> tracker().today())
                .isInstanceOf(ServerRefusedException.class)
                .hasMessageContaining("answered 500")
                .hasMessageNotContaining("\n");

        answer = json(200, "<html>a proxy page</html>");
        assertThatThrownBy(() -> tracker().today())
                .isInstanceOf(ServerRefusedException.class)
                .hasMessageContaining("other than Unknot's API");
    }

    @Test
    void aServerThatIsDownIsUnreachable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        RemoteTracker down =
                new RemoteTracker(URI.create("http://127.0.0.1:" + closed), TOKEN, JSON, Duration.ofSeconds(2));

        assertThatThrownBy(down::today)
                .isInstanceOf(ServerUnreachableException.class)
                .hasMessage("cannot reach the Unknot server at http://127.0.0.1:" + closed + ": connection refused");
        // Refused: nothing was sent, so the check-in is not sent again.
        assertThatThrownBy(() -> down.checkIn(checkIn()))
                .isInstanceOfSatisfying(
                        ServerUnreachableException.class,
                        e -> assertThat(e.requestMayHaveArrived()).isFalse());
    }

    @Test
    void aCheckInThatTimesOutIsSentAgainWithTheSameClientId() {
        AtomicInteger calls = new AtomicInteger();
        answer = exchange -> {
            if (calls.incrementAndGet() == 1) {
                Thread.sleep(3_000); // longer than the tracker's time-out: the answer is lost
            }
            json(calls.get() == 1 ? 201 : 200, RECORDED).answer(exchange);
        };
        RemoteTracker impatient = new RemoteTracker(address(), TOKEN, JSON, Duration.ofMillis(500));

        CheckInResult result = impatient.checkIn(checkIn());

        assertThat(result.recorded().checkIn().id()).isEqualTo("7");
        assertThat(result.created()).isFalse();
        List<Received> sent = List.copyOf(received);
        assertThat(sent).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sent).extracting(Received::body).containsOnly(sent.get(0).body());
        assertThat(sent.get(0).body()).contains("\"clientId\":\"c-1\"");
    }

    @Test
    void aCheckInThatNeverGetsThroughFailsAfterAFewTries() {
        answer = exchange -> Thread.sleep(2_000);
        RemoteTracker impatient = new RemoteTracker(address(), TOKEN, JSON, Duration.ofMillis(300));

        assertThatThrownBy(() -> impatient.checkIn(checkIn()))
                .isInstanceOf(ServerUnreachableException.class)
                .hasMessageContaining("did not answer within");
        assertThat(received).hasSize(RemoteTracker.CHECK_IN_ATTEMPTS);
    }

    @Test
    void aNewCheckInIsCreatedAndARetriedOneIsNot() {
        answer = json(201, RECORDED);
        assertThat(tracker().checkIn(checkIn()).created()).isTrue();
        answer = json(200, RECORDED);
        assertThat(tracker().checkIn(checkIn()).created()).isFalse();
    }

    @Test
    void queriesLeaveOutWhatIsNotGiven() {
        answer = json(200, "{\"checkIns\":[]}");
        tracker().checkIns(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Optional.empty());
        assertThat(received.remove().path()).isEqualTo("/api/v1/check-ins?from=2026-03-01&to=2026-03-31");

        answer = error(404, "not-found", null, "no habit a b");
        assertThatThrownBy(() -> tracker().progress("a b", 12)).isInstanceOf(NotFoundException.class);
        assertThat(received.remove().path()).isEqualTo("/api/v1/habits/a%20b/progress?weeks=12");
    }

    @Test
    void exportsAndImportsPassThroughAsTheServerWritesThem() {
        String csv = "id,client_id,habit_id\n7,c-1,3\n";
        answer = exchange -> {
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
        assertThat(tracker().exportCsv()).isEqualTo(csv);
        Received export = received.remove();
        assertThat(export.method() + " " + export.path()).isEqualTo("GET /api/v1/export.csv");
        assertThat(export.accept()).isEqualTo("text/csv");

        answer = json(200, "{\"habits\":0,\"checkIns\":1,\"alreadyPresent\":0}");
        tracker().importCsv(csv);
        Received imported = received.remove();
        assertThat(imported.method() + " " + imported.path()).isEqualTo("POST /api/v1/import.csv");
        assertThat(imported.contentType()).startsWith("text/csv");
        assertThat(imported.body()).isEqualTo(csv);

        String document = "{\"version\":1,\"habits\":[]}";
        answer = json(200, document);
        assertThat(tracker().exportJson()).isEqualTo(document);
        assertThat(received.remove().accept()).isEqualTo("application/json");
        answer = json(200, "{\"habits\":0,\"checkIns\":0,\"alreadyPresent\":0}");
        tracker().importJson(document);
        Received json = received.remove();
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.body()).isEqualTo(document);
    }

    @Test
    void anUnknownHostIsOneLineNamingIt() {
        RemoteTracker nowhere =
                new RemoteTracker(URI.create("http://unknot.invalid"), TOKEN, JSON, Duration.ofSeconds(2));

        assertThatThrownBy(nowhere::today).isInstanceOfSatisfying(ServerUnreachableException.class, e -> {
            assertThat(e.getMessage())
                    .isEqualTo("cannot reach the Unknot server at http://unknot.invalid: unknown host");
            assertThat(e.requestMayHaveArrived()).isFalse();
        });
    }

    @Test
    void aReadThatTimesOutIsNotSentAgain() {
        answer = exchange -> Thread.sleep(2_000);
        RemoteTracker impatient = new RemoteTracker(address(), TOKEN, JSON, Duration.ofMillis(300));

        assertThatThrownBy(impatient::today)
                .isInstanceOf(ServerUnreachableException.class)
                .hasMessage("the Unknot server at " + address().toString().replaceAll("/$", "")
                        + " did not answer within 1 s");
        assertThat(received).hasSize(1);
    }

    @Test
    void aCheckInWhoseConnectionIsLostIsSentAgainWithTheSameClientId() {
        AtomicInteger calls = new AtomicInteger();
        answer = exchange -> {
            if (calls.incrementAndGet() == 1) {
                return; // closed without an answer
            }
            json(201, RECORDED).answer(exchange);
        };

        CheckInResult result = tracker().checkIn(checkIn());

        assertThat(result.created()).isTrue();
        List<Received> sent = List.copyOf(received);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).body()).isEqualTo(sent.get(0).body());
    }
}
