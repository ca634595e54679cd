package dev.unknot.app.reminder;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Posts reminders to the person's ntfy topic with ntfy's publish API: the message as the body,
 * and {@code Title}, {@code Priority}, {@code Tags}, {@code Click} and {@code Actions} headers.
 */
@Singleton
public class NtfySender implements ReminderSender {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public Channel channel() {
        return Channel.NTFY;
    }

    @Override
    public void send(ReminderSettings settings, ReminderMessage message) {
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
                .ifPresent(open -> request.header("Click", open.toString())
                        .header("Actions", "view, Open Unknot, " + open + ", clear=true"));
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
