package dev.unknot.app.reminder;

import dev.unknot.app.person.PersonId;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Posts reminders to the person's ntfy topic with ntfy's publish API: the message as the body,
 * and {@code Title}, {@code Priority}, {@code Tags}, {@code Click} and {@code Actions} headers.
 *
 * <p>When the server knows its public address, a reminder's {@code Actions} are ntfy's most (three):
 * "Open Unknot", and "Done" and "Snooze 10 min" as {@code http} actions, which the ntfy app POSTs to
 * links carrying a {@link ReminderActionTokens token} in place of the person's bearer token.
 */
@Singleton
public class NtfySender implements ReminderSender {

    private final Optional<ReminderActionTokens> actionTokens;
    private final Optional<URI> publicAddress;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Inject
    NtfySender(
            ReminderActionTokens actionTokens, @Property(name = "unknot.public-url") Optional<String> publicAddress) {
        this.actionTokens = Optional.of(actionTokens);
        this.publicAddress = publicAddress.filter(value -> !value.isBlank()).map(URI::create);
    }

    /** A sender without buttons that act on a reminder: only "Open Unknot". */
    NtfySender() {
        this.actionTokens = Optional.empty();
        this.publicAddress = Optional.empty();
    }

    @Override
    public Channel channel() {
        return Channel.NTFY;
    }

    @Override
    public void send(ReminderSettings settings, ReminderMessage message) {
        send(settings, message, Optional.empty());
    }

    @Override
    public void send(PersonId person, ReminderSettings settings, ReminderMessage message) {
        Optional<ReminderActionLinks> links = publicAddress.flatMap(address ->
                actionTokens.flatMap(tokens -> tokens.links(person, message)).map(paths -> paths.on(address)));
        send(settings, message, links);
    }

    private void send(ReminderSettings settings, ReminderMessage message, Optional<ReminderActionLinks> links) {
        URI topic = settings.ntfyTopic().orElseThrow(() -> new SendFailedException("no ntfy topic is set"));
        HttpRequest.Builder request = HttpRequest.newBuilder(topic)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "text/plain; charset=utf-8")
                // Header values are ASCII on the wire; ntfy reads RFC 2047 encoded words for the rest.
                .header("Title", encoded(message.title()))
                .header("Priority", "default")
                .header("Tags", "person_in_lotus_position")
                .POST(HttpRequest.BodyPublishers.ofString(message.body(), StandardCharsets.UTF_8));
        message.open()
                .ifPresent(open -> request.header("Click", open.toString()).header("Actions", actions(open, links)));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new SendFailedException("the ntfy server at " + topic.getHost() + " answered "
                        + response.statusCode() + ": " + firstLine(response.body()));
            }
        } catch (IOException e) {
            throw new SendFailedException(
                    "cannot reach the ntfy server at " + topic.getHost() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailedException("interrupted while posting to ntfy", e);
        }
    }

    /** ntfy's simple form: {@code ACTION, LABEL, URL, key=value...}, actions apart by {@code ;}. */
    static String actions(URI open, Optional<ReminderActionLinks> links) {
        String view = "view, Open Unknot, " + open + ", clear=true";
        return links.map(link -> String.join(
                        "; ",
                        view,
                        "http, Done, " + link.done() + ", method=POST, clear=true",
                        "http, Snooze 10 min, " + link.snoozeShort() + ", method=POST, clear=true"))
                .orElse(view);
    }

    static String encoded(String text) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return text;
        }
        return "=?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
                + "?=";
    }

    private static String firstLine(String body) {
        String line = body.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
