package dev.unknot.app.reminder;

import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.store.reminder.PushSubscriptionRepository;
import dev.unknot.store.reminder.PushSubscriptionRow;
import dev.unknot.store.reminder.ReminderSettingsRepository;
import dev.unknot.store.reminder.ReminderSettingsRow;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.crypto.KeyAgreement;

/**
 * The browsers that get a person's reminders by Web Push. Subscribing a browser chooses the
 * {@link Channel#WEB_PUSH} channel; stopping the last one leaves it.
 *
 * <p>An endpoint must be {@code https}, as every browser's push service is; plain {@code http} is
 * let through for a loopback host alone (a push server on the same machine, in tests and
 * development). The keys must be what a browser makes: a P-256 point of 65 bytes and a secret of 16.
 */
@Singleton
public class PushSubscriptions {

    static final int MAX_ENDPOINT = 1000;
    static final int MAX_BROWSER = 100;

    private final PushSubscriptionRepository subscriptions;
    private final ReminderSettingsRepository settings;
    private final PushKeys keys;
    private final PersonService people;
    private final Clock clock;

    PushSubscriptions(
            PushSubscriptionRepository subscriptions,
            ReminderSettingsRepository settings,
            PushKeys keys,
            PersonService people,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.keys = keys;
        this.people = people;
        this.clock = clock;
    }

    /** The server's public key, which a browser subscribes with (base64url, 65 bytes). */
    public String publicKey() {
        return keys.publicKey();
    }

    /**
     * Keeps a browser's subscription for the person and chooses Web Push for them. An endpoint
     * already kept (the same browser subscribing again, or signed in as someone else) is replaced.
     *
     * @param userAgent the browser's {@code User-Agent}, shortened to a name such as {@code Firefox on Linux}
     * @throws InvalidInputException naming {@code endpoint}, {@code p256dh} or {@code auth}
     */
    @Transactional
    public PushSubscription subscribe(PersonId person, String endpoint, String p256dh, String auth, String userAgent) {
        URI address = endpoint(endpoint);
        String publicKey = p256dh(p256dh);
        String secret = auth(auth);
        people.get(person);
        subscriptions.deleteByEndpoint(address.toString());
        PushSubscriptionRow row = subscriptions.save(new PushSubscriptionRow(
                null, person.value(), address.toString(), publicKey, secret, clock.instant(), browser(userAgent)));
        useWebPush(person, true);
        return subscriptionOf(row);
    }

    /**
     * Forgets one of the person's browsers; when none is left, Web Push is no longer chosen.
     *
     * @return whether the person had that subscription
     */
    @Transactional
    public boolean unsubscribe(PersonId person, String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new InvalidInputException("endpoint", "name the subscription's endpoint to stop it");
        }
        boolean removed = subscriptions.deleteByPersonIdAndEndpoint(person.value(), endpoint.strip()) > 0;
        if (removed && !subscriptions.existsByPersonId(person.value())) {
            useWebPush(person, false);
        }
        return removed;
    }

    /** The person's browsers, oldest first. */
    @Transactional(readOnly = true)
    public List<PushSubscription> of(PersonId person) {
        return subscriptions.findByPersonIdOrderById(person.value()).stream()
                .map(PushSubscriptions::subscriptionOf)
                .toList();
    }

    /** Forgets a subscription its push service called gone (404 or 410); the channel stays chosen. */
    @Transactional
    public void expired(URI endpoint) {
        subscriptions.deleteByEndpoint(endpoint.toString());
    }

    private void useWebPush(PersonId person, boolean on) {
        settings.insertUnlessKept(person.value());
        String kept = settings.findById(person.value())
                .map(ReminderSettingsRow::channels)
                .orElse("");
        TreeSet<String> channels = Arrays.stream(kept.split(","))
                .filter(name -> !name.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        boolean changed = on ? channels.add(Channel.WEB_PUSH.name()) : channels.remove(Channel.WEB_PUSH.name());
        if (changed) {
            settings.updateChannels(person.value(), String.join(",", channels));
        }
    }

    private static PushSubscription subscriptionOf(PushSubscriptionRow row) {
        return new PushSubscription(
                URI.create(row.endpoint()), row.p256dh(), row.auth(), row.createdAt(), row.browser());
    }

    static URI endpoint(String text) {
        String problem = "a push endpoint is the https address a browser's PushSubscription gives, at most "
                + MAX_ENDPOINT + " characters";
        if (text == null || text.isBlank() || text.strip().length() > MAX_ENDPOINT) {
            throw new InvalidInputException("endpoint", problem);
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("endpoint", problem);
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidInputException("endpoint", problem);
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback(uri.getHost()))) {
            throw new InvalidInputException(
                    "endpoint",
                    "a push endpoint must be an https address (plain http only on this machine), was " + scheme
                            + "://...");
        }
        return uri;
    }

    private static boolean loopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    static String p256dh(String text) {
        byte[] point = decoded("p256dh", text, 65, "the browser's public key (p256dh) is a P-256 point of 65 bytes");
        if (point[0] != 4) {
            throw new InvalidInputException(
                    "p256dh", "the browser's public key (p256dh) must be an uncompressed point");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            var ours = generator.generateKeyPair();
            PublicKey theirs = KeyFactory.getInstance("EC")
                    .generatePublic(new ECPublicKeySpec(
                            new ECPoint(
                                    new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                                    new BigInteger(1, Arrays.copyOfRange(point, 33, 65))),
                            ((ECPublicKey) ours.getPublic()).getParams()));
            // The JDK refuses a point off the curve here, as the payload's encryption would.
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(ours.getPrivate());
            agreement.doPhase(theirs, true);
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException("p256dh", "the browser's public key (p256dh) is not a point on P-256");
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(point);
    }

    static String auth(String text) {
        byte[] secret = decoded("auth", text, 16, "the browser's auth secret is 16 bytes");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private static byte[] decoded(String field, String text, int length, String rule) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, rule + " in base64url, was missing");
        }
        byte[] bytes;
        try {
            // Browsers send base64url without padding; some libraries pad it or use plain base64.
            bytes = Base64.getUrlDecoder().decode(text.strip().replace('+', '-').replace('/', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, rule + " in base64url, was not base64url");
        }
        if (bytes.length != length) {
            throw new InvalidInputException(field, rule + " in base64url, was " + bytes.length + " bytes");
        }
        return bytes;
    }

    /** A browser's name from its {@code User-Agent}: {@code Firefox on Linux}, {@code a browser} when unknown. */
    static String browser(String userAgent) {
        String agent = userAgent == null ? "" : userAgent;
        String name = agent.contains("Firefox/")
                ? "Firefox"
                : agent.contains("Edg/")
                        ? "Edge"
                        : agent.contains("OPR/")
                                ? "Opera"
                                : agent.contains("Chrome/") || agent.contains("Chromium/")
                                        ? "Chrome"
                                        : agent.contains("Safari/") ? "Safari" : "A browser";
        String system = agent.contains("Android")
                ? "Android"
                : agent.contains("iPhone")
                        ? "iPhone"
                        : agent.contains("iPad")
                                ? "iPad"
                                : agent.contains("Windows")
                                        ? "Windows"
                                        : agent.contains("Mac OS X") || agent.contains("Macintosh")
                                                ? "macOS"
                                                : agent.contains("CrOS")
                                                        ? "ChromeOS"
                                                        : agent.contains("Linux") ? "Linux" : "";
        String label = system.isEmpty() ? name : name + " on " + system;
        return label.length() > MAX_BROWSER ? label.substring(0, MAX_BROWSER) : label;
    }
}
