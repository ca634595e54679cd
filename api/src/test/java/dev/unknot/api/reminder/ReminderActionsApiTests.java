package dev.unknot.api.reminder;

import static dev.unknot.api.testing.Bodies.CHILDS_POSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.app.reminder.ReminderDelivery;
import dev.unknot.store.reminder.ReminderActionKeyRepository;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * A reminder's buttons by their links alone, with no bearer token: the links ntfy's {@code http}
 * actions (and a Web Push notification's, through the service worker) POST to. The server knows its
 * public address, so a reminder sent to an ntfy topic (a real HTTP server here) carries them.
 */
class ReminderActionsApiTests extends ApiServerTest {

    private static final Pattern ACTIONS = Pattern.compile("view, Open Unknot, (\\S+), clear=true; "
            + "http, Done, (\\S+), method=POST, clear=true; "
            + "http, Snooze 10 min, (\\S+), method=POST, clear=true");

    private static final Pattern LINK = Pattern.compile(".*/api/v1/reminder-actions/([\\w.-]+)/done");

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Override
    protected Map<String, Object> properties(ApiDatabase database) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        int port = freePort();
        properties.put("micronaut.server.port", port);
        properties.put("unknot.public-url", "http://127.0.0.1:" + port + "/");
        return properties;
    }

    /** The server's now (its clock may be a test's fixed one), read from a check-in it records. */
    private Instant serverNow(Caller caller) {
        String clock = newHabit(caller, "{\"from\":\"technique\",\"id\":\"stretching/cat-cow\"}");
        return Instant.parse(
                get("/api/v1/check-ins/" + newCheckIn(caller, clock), caller).text("at"));
    }

    /** A habit of the caller's reminding now; the server's now. */
    private Instant remindingNow(Caller caller, String habit) {
        Instant now = serverNow(caller);
        ZoneId zone = ZoneId.of(get("/api/v1/settings", caller).text("timeZone"));
        String minute =
                LocalTime.ofInstant(now, zone).truncatedTo(ChronoUnit.MINUTES).toString();
        send("PUT", "/api/v1/habits/" + habit + "/reminders", caller, "{\"remind\":\"" + minute + "\"}");
        return now;
    }

    private Answer post(String pathOrAddress) {
        return send(HttpRequest.newBuilder(server.resolve(pathOrAddress))
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void ntfysButtonsSnoozeAndCheckInByTheirLinksAlone() throws Exception {
        List<String> actions = new CopyOnWriteArrayList<>();
        HttpServer ntfy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ntfy.createContext("/", exchange -> {
            actions.add(exchange.getRequestHeaders().getFirst("Actions"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        ntfy.start();
        try {
            Caller caller = newCaller();
            String habit = newHabit(caller, CHILDS_POSE);
            String topic = "http://127.0.0.1:" + ntfy.getAddress().getPort() + "/back";
            send(
                    "PUT",
                    "/api/v1/reminders/settings",
                    caller,
                    "{\"channels\":[\"ntfy\"],\"ntfyTopic\":\"" + topic + "\"}");
            Instant now = remindingNow(caller, habit);

            // Sent by this run, or by the server's own job if it came first.
            bean(ReminderDelivery.class).deliverDue(now);
            long waitUntil = System.nanoTime() + 30_000_000_000L;
            while (actions.isEmpty() && System.nanoTime() < waitUntil) {
                Thread.sleep(100);
            }
            assertThat(actions).hasSize(1);
            Matcher buttons = ACTIONS.matcher(actions.get(0));
            assertThat(buttons.matches()).as(actions.get(0)).isTrue();
            assertThat(buttons.group(1)).isEqualTo(server + "/?remind=" + habit);
            Matcher done = LINK.matcher(buttons.group(2));
            assertThat(done.matches()).as(buttons.group(2)).isTrue();
            assertThat(buttons.group(2)).startsWith(server + "/api/v1/reminder-actions/");
            assertThat(buttons.group(3))
                    .isEqualTo(server + "/api/v1/reminder-actions/" + done.group(1) + "/snooze?minutes=10");

            Answer snoozed = post(buttons.group(3));
            assertThat(snoozed.status()).as(snoozed.body()).isEqualTo(200);
            assertThat(snoozed.text("action")).isEqualTo("snoozed");
            assertThat(snoozed.text("untilLocal")).matches("[0-9-]+T[0-9]{2}:[0-9]{2}");
            assertThat(snoozed.text("message")).matches("Snoozed until [0-9]{2}:[0-9]{2}\\.");
            Answer again = post(buttons.group(3));
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.text("message")).isEqualTo("this reminder is not reminding now: nothing to snooze");

            Answer checkedIn = post(buttons.group(2));
            assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
            assertThat(checkedIn.body())
                    .isEqualTo("{\"action\":\"done\",\"until\":null,\"untilLocal\":null,\"message\":\"Checked in.\"}");
            Answer twice = post(buttons.group(2));
            assertThat(twice.status()).isEqualTo(200);
            assertThat(twice.text("message")).isEqualTo("Already checked in for this reminder.");
            String day = today(caller).toString();
            Answer recorded = get("/api/v1/check-ins?from=" + day + "&to=" + day + "&habit=" + habit, caller);
            assertThat(recorded.json().get("checkIns").size())
                    .as(recorded.body())
                    .isEqualTo(1);
            assertThat(recorded.body()).contains("\"clientId\":\"reminder-" + habit + "-");
        } finally {
            ntfy.stop(0);
        }
    }

    @Test
    void aForgedOrUnknownLinkIs404AndSaysNothingOfAnyone() {
        Caller caller = newCaller();
        String habit = newHabit(caller, CHILDS_POSE);
        Instant now = remindingNow(caller, habit);
        String valid = token(caller.person().id().value(), Long.parseLong(habit), now.plusSeconds(3600));
        String payload = valid.substring(0, valid.indexOf('.'));
        Caller someoneElse = newCaller();
        String theirs = newHabit(someoneElse, CHILDS_POSE);

        for (String forged : List.of(
                "abc",
                payload + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                // Signed by this server, but for a habit the person does not have.
                token(caller.person().id().value(), Long.parseLong(theirs), now.plusSeconds(3600)))) {
            for (String action : List.of("done", "snooze?minutes=10")) {
                Answer answer = post("/api/v1/reminder-actions/" + forged + "/" + action);
                assertThat(answer.status()).as(forged + " " + action).isEqualTo(404);
                assertThat(answer.text("error")).isEqualTo("not-found");
                assertThat(answer.text("message")).isEqualTo("no reminder has this link");
            }
        }
        String day = today(someoneElse).toString();
        assertThat(get("/api/v1/check-ins?from=" + day + "&to=" + day + "&habit=" + theirs, someoneElse)
                        .json()
                        .get("checkIns")
                        .size())
                .isZero();
        assertThat(post("/api/v1/reminder-actions/" + valid + "/done").status()).isEqualTo(201);
    }

    @Test
    void anExpiredLinkIs410() {
        Caller caller = newCaller();
        String habit = newHabit(caller, CHILDS_POSE);
        String expired = token(
                caller.person().id().value(),
                Long.parseLong(habit),
                serverNow(caller).minusSeconds(1));

        Answer done = post("/api/v1/reminder-actions/" + expired + "/done");
        assertThat(done.status()).isEqualTo(410);
        assertThat(done.text("error")).isEqualTo("gone");
        assertThat(done.text("message")).isEqualTo("this reminder's buttons have expired: open Unknot to check in");
        assertThat(post("/api/v1/reminder-actions/" + expired + "/snooze?minutes=10")
                        .status())
                .isEqualTo(410);
    }

    @Test
    void aSnoozeForAnotherTimeThanTenOrSixtyMinutesIs400() {
        Caller caller = newCaller();
        String habit = newHabit(caller, CHILDS_POSE);
        Instant now = remindingNow(caller, habit);
        String token = token(caller.person().id().value(), Long.parseLong(habit), now.plusSeconds(3600));

        for (String query : List.of("", "?minutes=5", "?minutes=soon")) {
            Answer answer = post("/api/v1/reminder-actions/" + token + "/snooze" + query);
            assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.text("field")).isEqualTo("minutes");
        }
    }

    @Test
    void onlyTheButtonsRoutesGoWithoutABearerToken() {
        assertThat(post("/api/v1/reminder-actions/abc/undo").status()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(server.resolve("/api/v1/habits")).GET())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theButtonsRoutesLeaveTheBearerRoutesOperationIdsAsTheyWere() throws Exception {
        String document = java.net.http.HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.resolve("/api/openapi.yml"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(document)
                .contains("operationId: done\n", "operationId: snooze\n")
                .contains("operationId: doneByLink\n", "operationId: snoozeByLink\n")
                .doesNotContain("operationId: done_1", "operationId: snooze_1");
    }

    /**
     * A token as the server makes them ({@code PAYLOAD.MAC}, HMAC-SHA256 under the key it keeps),
     * for the reminder of {@code habit} at noon today, expiring at {@code expires}: made here to
     * test what the server cannot be asked to make (an expired one, one for another's habit).
     */
    private String token(long person, long habit, Instant expires) {
        String slot = java.time.LocalDate.ofInstant(expires, ZoneId.of("UTC")) + "T12:00";
        byte[] payload = (person + "|" + habit + "|" + slot + "|" + expires.getEpochSecond())
                .getBytes(StandardCharsets.US_ASCII);
        String key = bean(ReminderActionKeyRepository.class)
                .findById(1)
                .orElseGet(() -> {
                    // The server makes its key on first use: a link of a test reminder's.
                    bean(dev.unknot.app.reminder.ReminderActionTokens.class)
                            .issue(
                                    new dev.unknot.app.person.PersonId(person),
                                    new dev.unknot.core.habit.HabitId(habit),
                                    java.time.LocalDateTime.parse(slot));
                    return bean(ReminderActionKeyRepository.class).findById(1).orElseThrow();
                })
                .secret();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(key), "HmacSHA256"));
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            return base64.encodeToString(payload) + "." + base64.encodeToString(mac.doFinal(payload));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
