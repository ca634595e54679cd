package dev.unknot.app.reminder;

import com.interaso.webpush.WebPush;
import dev.unknot.app.person.PersonId;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes reminders to each browser the person subscribed, through its push service (RFC 8030):
 * the payload encrypted for that browser (RFC 8291, {@code aes128gcm}) and signed for with the
 * server's VAPID key (RFC 8292), both by the {@code com.interaso:webpush} library. A push service
 * that answers 404 or 410 has dropped the subscription: it is forgotten here too.
 *
 * <p>A reminder's push carries its buttons ("Done", the snoozes) as links with a
 * {@link ReminderActionTokens token}, which the service worker calls without the person's bearer
 * token.
 *
 * <p>The VAPID subject (a contact for push services) is {@code unknot.push.subject} when set, else
 * the server's public address when it is https, else {@code mailto:} the reminders' sender address.
 */
@Singleton
public class WebPushSender implements ReminderSender {

    /** A reminder more than an hour late is worth nothing: push services may drop it after that. */
    static final int TIME_TO_LIVE_SECONDS = 3600;

    static final String FALLBACK_SUBJECT = "mailto:unknot@localhost";

    private static final Logger LOG = LoggerFactory.getLogger(WebPushSender.class);

    private final PushSubscriptions subscriptions;
    private final PushKeys keys;
    private final ReminderActionTokens actionTokens;
    private final JsonMapper json;
    private final String subject;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private volatile WebPush webPush;

    WebPushSender(
            PushSubscriptions subscriptions,
            PushKeys keys,
            ReminderActionTokens actionTokens,
            JsonMapper json,
            @Property(name = "unknot.push.subject") Optional<String> subject,
            @Property(name = "unknot.public-url") Optional<String> publicAddress,
            @Property(name = "unknot.mail.from") Optional<String> mailFrom) {
        this.subscriptions = subscriptions;
        this.keys = keys;
        this.actionTokens = actionTokens;
        this.json = json;
        this.subject = subject(subject, publicAddress, mailFrom);
    }

    static String subject(Optional<String> subject, Optional<String> publicAddress, Optional<String> mailFrom) {
        return subject.map(String::strip)
                .filter(value -> value.startsWith("mailto:") || value.startsWith("https://"))
                .or(() -> publicAddress
                        .map(String::strip)
                        .filter(value -> value.toLowerCase(Locale.ROOT).startsWith("https://")))
                .or(() -> mailFrom.map(String::strip)
                        .filter(value -> value.contains("@"))
                        .map(value -> "mailto:" + value))
                .orElse(FALLBACK_SUBJECT);
    }

    @Override
    public Channel channel() {
        return Channel.WEB_PUSH;
    }

    @Override
    public void send(ReminderSettings settings, ReminderMessage message) {
        throw new SendFailedException("web push needs to know whose browsers to reach");
    }

    /**
     * Pushes to every browser of the person's; done when at least one took it.
     *
     * @throws SendFailedException when no browser is subscribed, or none took it
     */
    @Override
    public void send(PersonId person, ReminderSettings settings, ReminderMessage message) {
        List<PushSubscription> browsers = subscriptions.of(person);
        if (browsers.isEmpty()) {
            throw new SendFailedException("no browser gets web push reminders any more: "
                    + "choose \u201cGet reminders on this browser\u201d in Settings again");
        }
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(PushPayload.of(message, actionTokens.links(person, message)));
        } catch (IOException e) {
            throw new SendFailedException("the push message could not be written", e);
        }
        int delivered = 0;
        List<String> problems = new ArrayList<>();
        for (PushSubscription browser : browsers) {
            try {
                if (push(browser, payload, message)) {
                    delivered++;
                } else {
                    subscriptions.expired(browser.endpoint());
                    problems.add(browser.browser() + ": its push service has dropped the subscription");
                }
            } catch (SendFailedException e) {
                problems.add(browser.browser() + ": " + e.getMessage());
            }
        }
        if (delivered == 0) {
            throw new SendFailedException(String.join("; ", problems));
        }
        if (!problems.isEmpty()) {
            LOG.info("Web push reached {} of {} browsers: {}", delivered, browsers.size(), String.join("; ", problems));
        }
    }

    /** Posts to one browser's push service; false when the service says the subscription is gone. */
    private boolean push(PushSubscription browser, byte[] payload, ReminderMessage message) {
        WebPush push = webPush();
        String endpoint = browser.endpoint().toString();
        HttpRequest.Builder request;
        try {
            byte[] body = push.getBody(
                    payload,
                    Base64.getUrlDecoder().decode(browser.p256dh()),
                    Base64.getUrlDecoder().decode(browser.auth()));
            // A topic lets the push service replace a reminder of the habit it still holds.
            String topic =
                    message.habit().map(habit -> "habit-" + habit.value()).orElse(null);
            request = HttpRequest.newBuilder(browser.endpoint())
                    .timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            push.getHeaders(endpoint, TIME_TO_LIVE_SECONDS, topic, WebPush.Urgency.High)
                    .forEach(request::header);
        } catch (RuntimeException e) {
            throw new SendFailedException("the push message could not be encrypted: " + e.getMessage(), e);
        }
        String host = browser.endpoint().getHost();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SendFailedException("cannot reach the push service at " + host + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailedException("interrupted while pushing", e);
        }
        try {
            return push.getSubscriptionState(response.statusCode(), firstLine(response.body()))
                    == WebPush.SubscriptionState.ACTIVE;
        } catch (Exception e) {
            // Kotlin declares no checked exception: the library's WebPushStatusException arrives undeclared.
            throw new SendFailedException("the push service at " + host + " refused it: " + e.getMessage(), e);
        }
    }

    private WebPush webPush() {
        WebPush known = webPush;
        if (known == null) {
            known = new WebPush(subject, keys.vapid());
            webPush = known;
        }
        return known;
    }

    /** The subject push services see (a contact); for the operator's documentation and tests. */
    public String subject() {
        return subject;
    }

    private static String firstLine(String body) {
        String line = body == null ? "" : body.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
