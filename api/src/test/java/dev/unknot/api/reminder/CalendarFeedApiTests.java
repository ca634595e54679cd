package dev.unknot.api.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The calendar feed read by an independent parser, Python's icalendar (Debian's
 * python3-icalendar): each day's 09:00 reminder stays at 09:00 in Berlin across the change to
 * summer time.
 */
class CalendarFeedApiTests extends ApiServerTest {

    static final Path PYTHON = Path.of("/usr/bin/python3");

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    Answer feed(String path) {
        return send(HttpRequest.newBuilder(server.resolve(path)).GET());
    }

    @Test
    void theFeedKeepsLocalTimesAcrossTheChangeOfTheClocks() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(PYTHON)
                        && new ProcessBuilder(PYTHON.toString(), "-c", "import icalendar")
                                        .start()
                                        .waitFor()
                                == 0,
                "needs /usr/bin/python3 with icalendar (apt install python3-icalendar)");
        Caller caller = newCaller();
        send("PUT", "/api/v1/settings", caller, "{\"timeZone\":\"Europe/Berlin\",\"dayStart\":\"00:00\"}");
        String habit = newHabit(
                caller,
                "{\"from\":\"technique\",\"id\":\"stretching/childs-pose\",\"schedule\":{\"kind\":\"daily\"},"
                        + "\"startsOn\":\"2026-01-01\"}");
        send("PUT", "/api/v1/habits/" + habit + "/reminders", caller, "{\"remind\":\"09:00\"}");
        String path = send("POST", "/api/v1/reminders/calendar", caller, "").text("calendar");

        Answer answer = feed(path);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/calendar");
        // The feed as it reads on 20 March 2026, with the change to summer time ahead.
        String secret = path.substring("/calendar/".length(), path.length() - ".ics".length());
        String body = bean(CalendarFeed.class)
                .of(secret, Instant.parse("2026-03-20T12:00:00Z"))
                .orElseThrow();
        Path file = Files.createTempFile("unknot-feed", ".ics");
        try {
            Files.writeString(file, body);
            String script = String.join(
                    "\n",
                    "import sys, icalendar, zoneinfo",
                    "berlin = zoneinfo.ZoneInfo('Europe/Berlin')",
                    "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())",
                    "for e in cal.walk('VEVENT'):",
                    "    start = e.decoded('DTSTART').astimezone(berlin)",
                    "    alarms = [a.decoded('TRIGGER') for a in e.walk('VALARM')]",
                    "    print(start.strftime('%Y-%m-%d %H:%M'), e.get('SUMMARY'), alarms)");
            Process parse = new ProcessBuilder(PYTHON.toString(), "-c", script, file.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(parse.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(parse.waitFor()).as(out).isZero();
            List<String> lines = out.lines().toList();
            // 21 March to 3 April: the clocks change on 29 March.
            assertThat(lines).hasSize(14);
            assertThat(lines)
                    .allMatch(line ->
                            line.matches("2026-0[34]-[0-9]{2} 09:00 Child's pose \\[datetime.timedelta\\(0\\)\\]"));
            assertThat(body).contains("DTSTART:20260328T080000Z").contains("DTSTART:20260330T070000Z");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aNewLinkShutsTheOldOneOutAtOnce() {
        Caller caller = newCaller();
        String first = send("POST", "/api/v1/reminders/calendar", caller, "").text("calendar");
        assertThat(feed(first).status()).isEqualTo(200);
        String second = send("POST", "/api/v1/reminders/calendar", caller, "").text("calendar");
        assertThat(feed(first).status()).isEqualTo(404);
        assertThat(feed(second).status()).isEqualTo(200);
        assertThat(feed("/calendar/not-a-secret.ics").status()).isEqualTo(404);
    }
}
