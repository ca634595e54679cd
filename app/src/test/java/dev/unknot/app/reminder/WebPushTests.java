package dev.unknot.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestDatabase;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.store.reminder.DeliveryRepository;
import dev.unknot.store.reminder.DeliveryRow;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Reminders by Web Push to a push service started here, read back the way a browser reads them:
 * the payload decrypted with the subscription's own keys, the VAPID token checked against the
 * server's public key. The test clock reads Monday 2025-03-10, 12:00 in Berlin.
 */
abstract class WebPushTests extends AppTest {

    /** 12:30 in Berlin on the test clock's day. */
    static final Instant HALF_PAST_TWELVE = Instant.parse("2025-03-10T11:30:00Z");

    private static final Pattern VAPID = Pattern.compile("vapid t=([\\w.-]+), k=([\\w-]+)");

    private PushService pushService;

    @Override
    protected Map<String, Object> moreProperties() {
        if (pushService == null) {
            pushService = new PushService();
        }
        return Map.of(
                "unknot.public-url", "https://unknot.example.org/", "unknot.push.subject", "mailto:ops@example.org");
    }

    @AfterAll
    void stopPushService() {
        if (pushService != null) {
            pushService.close();
        }
    }

    PushSubscriptions subscriptions() {
        return bean(PushSubscriptions.class);
    }

    Habit daily(Person person, String name) {
        return bean(HabitService.class)
                .create(person.id(), NewHabit.custom(name).named(name));
    }

    PushBrowser subscribe(Person person, String name) {
        PushBrowser browser = PushBrowser.create();
        subscriptions()
                .subscribe(
                        person.id(),
                        pushService.endpoint(name).toString(),
                        browser.p256dh(),
                        browser.authSecret(),
                        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        return browser;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> payload(PushBrowser browser, PushService.Received received) throws Exception {
        return bean(JsonMapper.class).readValue(browser.decrypt(received.body()), Map.class);
    }

    @Test
    void aDueReminderIsPushedToTheBrowserEncryptedForItAndSignedForTheServer() throws Exception {
        Person person = newPerson();
        Habit walk = daily(person, "Walk");
        String name = "walk-" + person.id().value();
        PushBrowser browser = subscribe(person, name);
        bean(ReminderService.class).changeTimes(person.id(), walk.id(), ReminderTimes.at(LocalTime.of(12, 30)));
        assertThat(bean(ReminderService.class).settings(person.id()).channels()).containsExactly(Channel.WEB_PUSH);

        bean(ReminderDelivery.class).deliverDue(HALF_PAST_TWELVE.plusSeconds(5));
        bean(ReminderDelivery.class).deliverDue(HALF_PAST_TWELVE.plusSeconds(20));

        List<PushService.Received> received = pushService.received(name);
        assertThat(received).hasSize(1);
        PushService.Received push = received.get(0);
        assertThat(push.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(push.header("TTL")).isEqualTo("3600");
        assertThat(push.header("Urgency")).isEqualTo("high");
        assertThat(push.header("Topic")).isEqualTo("habit-" + walk.id().value());
        assertThat(payload(browser, push))
                .containsEntry("title", "Time for: Walk")
                .containsEntry("habit", (int) walk.id().value())
                .containsEntry("slot", "2025-03-10T12:30")
                // The reminder on Today, with its Done and snoozes.
                .containsEntry(
                        "url", "https://unknot.example.org/?remind=" + walk.id().value())
                .hasEntrySatisfying(
                        "body", body -> assertThat((String) body).contains("Walk is due (Mon 10 Mar, 12:30)"));
        // Its buttons, most wanted first, each a link the worker resolves on its scope and POSTs to.
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> actions =
                (List<Map<String, Object>>) payload(browser, push).get("actions");
        assertThat(actions)
                .extracting(action -> action.get("action"), action -> action.get("title"))
                .containsExactly(
                        tuple("done", "Done"),
                        tuple("snooze-10", "Snooze 10 min"),
                        tuple("snooze-60", "Snooze 1 hour"));
        Matcher done = Pattern.compile("api/v1/reminder-actions/([\\w.-]+)/done")
                .matcher((String) actions.get(0).get("url"));
        assertThat(done.matches()).as(actions.get(0).get("url").toString()).isTrue();
        assertThat(actions.get(1).get("url"))
                .isEqualTo("api/v1/reminder-actions/" + done.group(1) + "/snooze?minutes=10");
        assertThat(actions.get(2).get("url"))
                .isEqualTo("api/v1/reminder-actions/" + done.group(1) + "/snooze?minutes=60");
        assertThat(bean(ReminderActionTokens.class).read(done.group(1)))
                .isEqualTo(new ReminderActionTokens.Grant(
                        person.id(),
                        walk.id(),
                        java.time.LocalDateTime.parse("2025-03-10T12:30"),
                        Instant.parse("2025-03-10T23:00:00Z")));
        assertThat(bean(DeliveryRepository.class)
                        .findByPersonIdOrderById(person.id().value()))
                .extracting(DeliveryRow::channel, DeliveryRow::status)
                .containsExactly(tuple("WEB_PUSH", "SENT"));

        // The VAPID token (RFC 8292): ES256 by the server's key, for the endpoint's origin, for less than a day.
        Matcher vapid = VAPID.matcher(push.header("Authorization"));
        assertThat(vapid.matches()).as(push.header("Authorization")).isTrue();
        String publicKey = subscriptions().publicKey();
        assertThat(vapid.group(2)).isEqualTo(publicKey);
        byte[] point = PushBrowser.decode(publicKey);
        ECKey key = new ECKey.Builder(
                        Curve.P_256,
                        Base64URL.encode(Arrays.copyOfRange(point, 1, 33)),
                        Base64URL.encode(Arrays.copyOfRange(point, 33, 65)))
                .build();
        SignedJWT token = SignedJWT.parse(vapid.group(1));
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(token.verify(new ECDSAVerifier(key))).isTrue();
        JWTClaimsSet claims = token.getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly(pushService.origin());
        assertThat(claims.getSubject()).isEqualTo("mailto:ops@example.org");
        Instant expires = claims.getExpirationTime().toInstant();
        assertThat(expires).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(24)));
        // Signed by another key, the same token is refused.
        assertThat(token.verify(new ECDSAVerifier(new ECKey.Builder(
                                Curve.P_256,
                                Base64URL.encode(Arrays.copyOfRange(browser.publicKey(), 1, 33)),
                                Base64URL.encode(Arrays.copyOfRange(browser.publicKey(), 33, 65)))
                        .build())))
                .isFalse();
    }

    @Test
    void aTestMessageNamesNoHabit() throws Exception {
        Person person = newPerson();
        String name = "test-" + person.id().value();
        PushBrowser browser = subscribe(person, name);

        bean(ReminderDelivery.class).sendTest(person.id(), Channel.WEB_PUSH);

        Map<String, Object> payload =
                payload(browser, pushService.received(name).get(0));
        assertThat(payload)
                .containsEntry("title", "Unknot: a test reminder")
                .containsEntry("url", "https://unknot.example.org/");
        assertThat(payload.get("habit")).isNull();
        assertThat(payload).as("nothing to act on").doesNotContainKey("actions");
        assertThat(pushService.received(name).get(0).header("Topic")).isNull();
    }

    @Test
    void aSubscriptionItsPushServiceCallsGoneIsForgotten() {
        Person person = newPerson();
        Habit walk = daily(person, "Walk");
        String gone = "gone-" + person.id().value();
        String missing = "missing-" + person.id().value();
        String kept = "kept-" + person.id().value();
        subscribe(person, gone);
        subscribe(person, missing);
        subscribe(person, kept);
        pushService.answer(gone, 410);
        pushService.answer(missing, 404);
        bean(ReminderService.class).changeTimes(person.id(), walk.id(), ReminderTimes.at(LocalTime.of(12, 30)));

        bean(ReminderDelivery.class).deliverDue(HALF_PAST_TWELVE.plusSeconds(5));

        assertThat(subscriptions().of(person.id()))
                .extracting(subscription -> subscription.endpoint())
                .containsExactly(pushService.endpoint(kept));
        assertThat(pushService.received(kept)).hasSize(1);
        assertThat(bean(DeliveryRepository.class)
                        .findByPersonIdOrderById(person.id().value()))
                .extracting(DeliveryRow::status)
                .containsExactly("SENT");
    }

    @Test
    void withEveryBrowserGoneTheReminderFailsWithTheReasonAndTheChannelStays() {
        Person person = newPerson();
        Habit walk = daily(person, "Walk");
        String gone = "all-gone-" + person.id().value();
        subscribe(person, gone);
        pushService.answer(gone, 410);
        bean(ReminderService.class).changeTimes(person.id(), walk.id(), ReminderTimes.at(LocalTime.of(12, 30)));

        bean(ReminderDelivery.class).deliverDue(HALF_PAST_TWELVE.plusSeconds(5));

        assertThat(subscriptions().of(person.id())).isEmpty();
        DeliveryRow row = bean(DeliveryRepository.class)
                .findByPersonIdOrderById(person.id().value())
                .get(0);
        assertThat(row.status()).isEqualTo("RETRY");
        assertThat(row.lastError()).contains("has dropped the subscription");
        assertThat(bean(ReminderService.class).settings(person.id()).channels()).contains(Channel.WEB_PUSH);
        assertThatThrownBy(() -> bean(ReminderDelivery.class).sendTest(person.id(), Channel.WEB_PUSH))
                .isInstanceOfSatisfying(
                        TestReminderNotSentException.class,
                        e -> assertThat(e.reason()).contains("no browser gets web push reminders any more"));
    }

    @Test
    void aPushServiceThatIsDownIsTriedAgainAndTheSubscriptionKept() {
        Person person = newPerson();
        Habit walk = daily(person, "Walk");
        String down = "down-" + person.id().value();
        subscribe(person, down);
        pushService.answer(down, 503);
        bean(ReminderService.class).changeTimes(person.id(), walk.id(), ReminderTimes.at(LocalTime.of(12, 30)));

        bean(ReminderDelivery.class).deliverDue(HALF_PAST_TWELVE.plusSeconds(5));

        DeliveryRow row = bean(DeliveryRepository.class)
                .findByPersonIdOrderById(person.id().value())
                .get(0);
        assertThat(row.status()).isEqualTo("RETRY");
        assertThat(row.lastError())
                .contains("the push service at 127.0.0.1 refused it")
                .contains("503");
        assertThat(subscriptions().of(person.id())).hasSize(1);
    }

    @Test
    void subscribingChoosesWebPushAndStoppingTheLastBrowserLeavesIt() {
        Person person = newPerson();
        bean(ReminderService.class)
                .changeSettings(
                        person.id(),
                        new ReminderSettings(
                                Set.of(Channel.NTFY),
                                Optional.empty(),
                                Optional.of(URI.create("https://ntfy.sh/unknot-test")),
                                Optional.empty()));
        String first = "first-" + person.id().value();
        String second = "second-" + person.id().value();
        subscribe(person, first);
        subscribe(person, second);
        assertThat(bean(ReminderService.class).settings(person.id()).channels())
                .containsExactlyInAnyOrder(Channel.NTFY, Channel.WEB_PUSH);
        assertThat(subscriptions().of(person.id()))
                .extracting(PushSubscription::browser)
                .containsExactly("Firefox on Linux", "Firefox on Linux");

        assertThat(subscriptions()
                        .unsubscribe(person.id(), pushService.endpoint(first).toString()))
                .isTrue();
        assertThat(bean(ReminderService.class).settings(person.id()).channels()).contains(Channel.WEB_PUSH);
        assertThat(subscriptions()
                        .unsubscribe(person.id(), pushService.endpoint(second).toString()))
                .isTrue();
        assertThat(bean(ReminderService.class).settings(person.id()).channels()).containsExactly(Channel.NTFY);
        assertThat(subscriptions()
                        .unsubscribe(person.id(), pushService.endpoint(second).toString()))
                .isFalse();
    }

    @Test
    void aBrowserSubscribedAgainBySomeoneElseMovesToThem() {
        Person first = newPerson();
        Person second = newPerson();
        String shared = "shared-" + first.id().value();
        subscribe(first, shared);
        subscribe(second, shared);

        assertThat(subscriptions().of(first.id())).isEmpty();
        assertThat(subscriptions().of(second.id())).hasSize(1);
        // Nobody stops another's browser.
        assertThat(subscriptions()
                        .unsubscribe(first.id(), pushService.endpoint(shared).toString()))
                .isFalse();
        assertThat(subscriptions().of(second.id())).hasSize(1);
    }

    @Test
    void aSubscriptionIsRefusedWithTheReasonUnlessItIsWhatABrowserMakes() {
        Person person = newPerson();
        PushBrowser browser = PushBrowser.create();
        String p256dh = browser.p256dh();
        String auth = browser.authSecret();
        String https = "https://push.example.org/abc";
        assertThat(refusal(person, "http://push.example.org/abc", p256dh, auth))
                .isEqualTo("endpoint: a push endpoint must be an https address (plain http only on this machine), "
                        + "was http://...");
        assertThat(refusal(person, "ftp://push.example.org/abc", p256dh, auth)).startsWith("endpoint: ");
        assertThat(refusal(person, "not an address", p256dh, auth)).startsWith("endpoint: ");
        assertThat(refusal(person, "https://push.example.org/" + "a".repeat(1000), p256dh, auth))
                .startsWith("endpoint: ");
        assertThat(refusal(person, https, p256dh.substring(0, 40), auth))
                .isEqualTo("p256dh: the browser's public key (p256dh) is a P-256 point of 65 bytes in base64url, "
                        + "was 30 bytes");
        byte[] offTheCurve = browser.publicKey().clone();
        offTheCurve[64] ^= 1;
        assertThat(refusal(person, https, PushBrowser.encode(offTheCurve), auth))
                .isEqualTo("p256dh: the browser's public key (p256dh) is not a point on P-256");
        assertThat(refusal(person, https, p256dh, "AAAA"))
                .isEqualTo("auth: the browser's auth secret is 16 bytes in base64url, was 3 bytes");
        assertThat(refusal(person, https, p256dh, "not base64!"))
                .isEqualTo("auth: the browser's auth secret is 16 bytes in base64url, was not base64url");
        assertThat(refusal(person, https, p256dh, null))
                .isEqualTo("auth: the browser's auth secret is 16 bytes in base64url, was missing");
        assertThat(subscriptions().of(person.id())).isEmpty();

        // What browsers send: https, and padded base64 is read too.
        subscriptions().subscribe(person.id(), https, p256dh, auth + "==", "");
        assertThat(subscriptions().of(person.id()))
                .extracting(PushSubscription::auth, PushSubscription::browser)
                .containsExactly(tuple(auth, "A browser"));
    }

    private String refusal(Person person, String endpoint, String p256dh, String auth) {
        try {
            subscriptions().subscribe(person.id(), endpoint, p256dh, auth, "");
            return "accepted";
        } catch (InvalidInputException e) {
            return e.field() + ": " + e.getMessage();
        }
    }

    @Test
    void theKeyPairIsKeptAndSurvivesARestart() {
        String publicKey = subscriptions().publicKey();
        byte[] point = PushBrowser.decode(publicKey);
        assertThat(point).hasSize(65);
        assertThat(point[0]).isEqualTo((byte) 4);
        try (ApplicationContext restarted = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(databaseProperties())
                .start()) {
            assertThat(restarted.getBean(PushSubscriptions.class).publicKey()).isEqualTo(publicKey);
        }
    }

    /** Two servers starting at once on an empty database: both make a pair, one is kept, both use it. */
    @Test
    void twoServersOnOneDatabaseAgreeOnOneKeyPair() throws Exception {
        try (TestDatabase empty = newDatabase()) {
            Map<String, Object> properties = new HashMap<>(empty.properties());
            List<ApplicationContext> servers = new ArrayList<>();
            ExecutorService starting = Executors.newFixedThreadPool(2);
            try {
                // One context first: it brings the new database's schema up to date.
                servers.add(ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .properties(properties)
                        .start());
                servers.add(ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .properties(properties)
                        .start());
                List<Callable<String>> keys = new ArrayList<>();
                for (ApplicationContext server : servers) {
                    keys.add(() -> server.getBean(PushSubscriptions.class).publicKey());
                }
                List<String> agreed = new ArrayList<>();
                for (Future<String> key : starting.invokeAll(keys)) {
                    agreed.add(key.get());
                }
                assertThat(agreed).hasSize(2);
                assertThat(agreed.get(0)).isEqualTo(agreed.get(1));
            } finally {
                starting.shutdownNow();
                servers.forEach(ApplicationContext::close);
            }
        }
    }

    @Test
    void theVapidSubjectIsAContactPushServicesAccept() {
        assertThat(bean(WebPushSender.class).subject()).isEqualTo("mailto:ops@example.org");
        assertThat(WebPushSender.subject(
                        Optional.empty(), Optional.of("https://unknot.example.org/"), Optional.of("a@example.org")))
                .isEqualTo("https://unknot.example.org/");
        assertThat(WebPushSender.subject(
                        Optional.of("tel:123"), Optional.of("http://192.168.1.2:8080/"), Optional.of("a@example.org")))
                .isEqualTo("mailto:a@example.org");
        assertThat(WebPushSender.subject(Optional.empty(), Optional.empty(), Optional.empty()))
                .isEqualTo(WebPushSender.FALLBACK_SUBJECT);
    }

    @Test
    void aBrowserIsNamedFromItsUserAgent() {
        assertThat(PushSubscriptions.browser(
                        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                                + "Chrome/131.0.0.0 Mobile Safari/537.36"))
                .isEqualTo("Chrome on Android");
        assertThat(PushSubscriptions.browser("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) "
                        + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"))
                .isEqualTo("Safari on iPhone");
        assertThat(PushSubscriptions.browser("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                        + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"))
                .isEqualTo("Edge on Windows");
        assertThat(PushSubscriptions.browser(null)).isEqualTo("A browser");
    }
}
