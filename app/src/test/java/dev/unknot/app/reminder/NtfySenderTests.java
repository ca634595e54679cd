package dev.unknot.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ntfy channel against a real HTTP server that records what ntfy's publish API would receive. */
class NtfySenderTests {

    record Received(String method, String path, Headers headers, String body) {}

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders(),
                    body));
            byte[] answer = (status == 200 ? "{\"id\":\"x\"}" : "{\"error\":\"limit reached\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    ReminderSettings toTopic() {
        return new ReminderSettings(
                Set.of(Channel.NTFY),
                Optional.empty(),
                Optional.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/my-back")),
                Optional.empty());
    }

    @Test
    void postsToTheTopicWithNtfysHeaders() {
        new NtfySender()
                .send(
                        toTopic(),
                        new ReminderMessage(
                                "Time for: Walk",
                                "Walk is due (Mon 10 Mar, 12:30).",
                                Optional.of(URI.create("https://unknot.example.org/"))));

        assertThat(received).hasSize(1);
        Received post = received.get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/my-back");
        assertThat(post.body()).isEqualTo("Walk is due (Mon 10 Mar, 12:30).");
        assertThat(post.headers().getFirst("Title")).isEqualTo("Time for: Walk");
        assertThat(post.headers().getFirst("Priority")).isEqualTo("default");
        assertThat(post.headers().getFirst("Tags")).isEqualTo("person_in_lotus_position");
        assertThat(post.headers().getFirst("Click")).isEqualTo("https://unknot.example.org/");
        assertThat(post.headers().getFirst("Actions"))
                .isEqualTo("view, Open Unknot, https://unknot.example.org/, clear=true");
    }

    @Test
    void aRemindersActionsAreOpenDoneAndSnoozeInNtfysSimpleForm() {
        ReminderActionLinks links = new ReminderActionLinks(
                        "/api/v1/reminder-actions/abc.def/done",
                        "/api/v1/reminder-actions/abc.def/snooze?minutes=10",
                        "/api/v1/reminder-actions/abc.def/snooze?minutes=60")
                .on(URI.create("https://unknot.example.org/"));

        assertThat(NtfySender.actions(URI.create("https://unknot.example.org/?remind=7"), Optional.of(links)))
                .isEqualTo("view, Open Unknot, https://unknot.example.org/?remind=7, clear=true; "
                        + "http, Done, https://unknot.example.org/api/v1/reminder-actions/abc.def/done, "
                        + "method=POST, clear=true; "
                        + "http, Snooze 10 min, "
                        + "https://unknot.example.org/api/v1/reminder-actions/abc.def/snooze?minutes=10, "
                        + "method=POST, clear=true");
    }

    @Test
    void aTitleBeyondAsciiIsSentAsAnEncodedWord() {
        new NtfySender().send(toTopic(), new ReminderMessage("Time for: Nackenrolle ü", "body", Optional.empty()));
        assertThat(received.get(0).headers().getFirst("Title"))
                .isEqualTo("=?UTF-8?B?VGltZSBmb3I6IE5hY2tlbnJvbGxlIMO8?=");
        assertThat(received.get(0).headers().containsKey("Click")).isFalse();
    }

    @Test
    void aRefusalSaysWhatTheServerAnswered() {
        status = 429;
        assertThatThrownBy(() -> new NtfySender().send(toTopic(), new ReminderMessage("t", "b", Optional.empty())))
                .isInstanceOf(ReminderSender.SendFailedException.class)
                .hasMessage("the ntfy server at 127.0.0.1 answered 429: {\"error\":\"limit reached\"}");
    }
}
