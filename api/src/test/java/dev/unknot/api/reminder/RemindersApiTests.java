package dev.unknot.api.reminder;

import static dev.unknot.api.testing.Bodies.CHILDS_POSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RemindersApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void aHabitsReminderTimesAreSetAndListed() {
        Caller caller = newCaller();
        String habit = newHabit(caller, CHILDS_POSE);
        assertThat(get("/api/v1/habits/" + habit + "/reminders", caller).body())
                .isEqualTo("{\"habitId\":\"" + habit + "\",\"remind\":\"off\"}");

        Answer changed = send("PUT", "/api/v1/habits/" + habit + "/reminders", caller, "{\"remind\":\"21:00, 09:00\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("remind")).isEqualTo("09:00,21:00");
        Answer upcoming = get("/api/v1/reminders?hours=48", caller);
        assertThat(upcoming.status()).isEqualTo(200);
        assertThat(upcoming.body())
                .contains("\"hours\":48")
                .contains("\"habitId\":\"" + habit + "\"")
                .contains("\"channels\":[]")
                .containsPattern("\"local\":\"[0-9-]+T(09|21):00\"");
    }

    @Test
    void slotsForADailyHabitAre400NamingTheField() {
        Caller caller = newCaller();
        String habit = newHabit(caller, CHILDS_POSE);
        Answer answer = send("PUT", "/api/v1/habits/" + habit + "/reminders", caller, "{\"remind\":\"slots\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("field")).isEqualTo("remind");
        assertThat(answer.text("message")).contains("every-N-hours");
    }

    @Test
    void anotherPersonsHabitIs404() {
        String habit = newHabit(newCaller(), CHILDS_POSE);
        Answer answer = send("PUT", "/api/v1/habits/" + habit + "/reminders", newCaller(), "{\"remind\":\"09:00\"}");
        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void settingsChangeWhatIsGivenAndTheCalendarLinkIsNewEachTime() {
        Caller caller = newCaller();
        Answer empty = get("/api/v1/reminders/settings", caller);
        assertThat(empty.body()).startsWith("{\"channels\":[]");
        assertThat(empty.text("emailUnavailable")).contains("UNKNOT_SMTP_URL");

        Answer changed = send(
                "PUT",
                "/api/v1/reminders/settings",
                caller,
                "{\"channels\":[\"ntfy\"],\"ntfyTopic\":\"https://ntfy.sh/my-back\",\"quietHours\":\"22:00-07:00\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body())
                .contains("\"channels\":[\"ntfy\"]")
                .contains("\"ntfyTopic\":\"https://ntfy.sh/my-back\"")
                .contains("\"quietHours\":\"22:00-07:00\"");

        Answer bad = send("PUT", "/api/v1/reminders/settings", caller, "{\"quietHours\":\"late\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text("field")).isEqualTo("quietHours");
        Answer email = send("PUT", "/api/v1/reminders/settings", caller, "{\"channels\":[\"email\"]}");
        assertThat(email.status()).isEqualTo(400);
        assertThat(email.text("field")).isEqualTo("channels");
        assertThat(email.text("message")).contains("UNKNOT_SMTP_URL");
        Answer pigeon = send("PUT", "/api/v1/reminders/settings", caller, "{\"channels\":[\"pigeon\"]}");
        assertThat(pigeon.text("message"))
                .isEqualTo("a reminder channel is one of email, ntfy, web-push, was 'pigeon'");

        String first = send("POST", "/api/v1/reminders/calendar", caller, "").text("calendar");
        String second = send("POST", "/api/v1/reminders/calendar", caller, "").text("calendar");
        assertThat(first).matches("/calendar/[A-Za-z0-9_-]{32}\\.ics");
        assertThat(second).isNotEqualTo(first);
        assertThat(get("/api/v1/reminders/settings", caller).text("calendar")).isEqualTo(second);
    }

    @Test
    void aTestReminderGoesToTheNtfyTopic() throws Exception {
        List<String> titles = new CopyOnWriteArrayList<>();
        HttpServer ntfy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ntfy.createContext("/", exchange -> {
            titles.add(exchange.getRequestHeaders().getFirst("Title"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        ntfy.start();
        try {
            Caller caller = newCaller();
            String topic = "http://127.0.0.1:" + ntfy.getAddress().getPort() + "/back";
            send(
                    "PUT",
                    "/api/v1/reminders/settings",
                    caller,
                    "{\"channels\":[\"ntfy\"],\"ntfyTopic\":\"" + topic + "\"}");

            Answer sent = send("POST", "/api/v1/reminders/test?channel=ntfy", caller, "");

            assertThat(sent.status()).isEqualTo(200);
            assertThat(sent.body()).isEqualTo("{\"channel\":\"ntfy\"}");
            assertThat(titles).containsExactly("Unknot: a test reminder");
            Answer email = send("POST", "/api/v1/reminders/test?channel=email", caller, "");
            assertThat(email.status()).isEqualTo(409);
            assertThat(email.text("message")).contains("UNKNOT_SMTP_URL");
        } finally {
            ntfy.stop(0);
        }
    }

    @Test
    void aReminderRemindingNowSnoozesAndDoneChecksIn() {
        Caller caller = newCaller();
        String habit = newHabit(caller, CHILDS_POSE);
        Answer nothing = send("POST", "/api/v1/reminders/" + habit + "/snooze", caller, "{\"minutes\":10}");
        assertThat(nothing.status()).isEqualTo(409);
        assertThat(nothing.text("message")).contains("is not reminding you now");

        // The server's now (its clock may be a test's fixed one), read from a check-in it records.
        String clock = newHabit(caller, "{\"from\":\"technique\",\"id\":\"stretching/cat-cow\"}");
        java.time.Instant serverNow = java.time.Instant.parse(
                get("/api/v1/check-ins/" + newCheckIn(caller, clock), caller).text("at"));
        java.time.ZoneId zone =
                java.time.ZoneId.of(get("/api/v1/settings", caller).text("timeZone"));
        String now = java.time.LocalTime.ofInstant(serverNow, zone)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .toString();
        send("PUT", "/api/v1/habits/" + habit + "/reminders", caller, "{\"remind\":\"" + now + "\"}");

        Answer odd = send("POST", "/api/v1/reminders/" + habit + "/snooze", caller, "{\"minutes\":5}");
        assertThat(odd.status()).isEqualTo(400);
        assertThat(odd.text("field")).isEqualTo("minutes");
        Answer snoozed = send("POST", "/api/v1/reminders/" + habit + "/snooze", caller, "{\"minutes\":60}");
        assertThat(snoozed.status()).as(snoozed.body()).isEqualTo(200);
        assertThat(snoozed.text("habit")).isEqualTo(habit);
        assertThat(snoozed.text("untilLocal")).matches("[0-9-]+T[0-9]{2}:[0-9]{2}");
        Answer again = send("POST", "/api/v1/reminders/" + habit + "/snooze", caller, "{\"minutes\":10}");
        assertThat(again.status()).as("snoozed: no longer reminding").isEqualTo(409);

        Answer done = send("POST", "/api/v1/reminders/" + habit + "/done", caller, null);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        assertThat(done.body()).contains("\"id\":\"" + habit + "\"");
        assertThat(send("POST", "/api/v1/reminders/" + newHabit(newCaller(), CHILDS_POSE) + "/done", caller, null)
                        .status())
                .isEqualTo(404);
    }
}
