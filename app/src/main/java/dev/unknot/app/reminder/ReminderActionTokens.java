package dev.unknot.app.reminder;

import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.person.Activity;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.habit.HabitId;
import dev.unknot.store.db.Transactions;
import dev.unknot.store.reminder.ReminderActionKeyRepository;
import dev.unknot.store.reminder.ReminderActionKeyRow;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.NotFoundException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The capability behind a reminder's buttons where the channel cannot carry the person's bearer
 * token (a service worker's notification, ntfy's http actions): a token that lets its bearer say
 * "Done" to, or snooze, one reminder of one habit of one person, and nothing else.
 *
 * <p>A token is {@code PAYLOAD.MAC}: the payload names the person, the habit, the reminder's slot
 * and when the token expires; the MAC is HMAC-SHA256 of the payload under the server's key, which
 * the first server that needs it makes (32 random bytes) and keeps in the database, so every server
 * sharing the database reads the tokens of the others. A token expires when the person's day that
 * the reminder belongs to is over, and never less than {@link ReminderDelivery#LATEST} after it was
 * made: "Done" checks in on the reminder's day, and a reminder sent late in the evening still has
 * working buttons. Nothing is kept per token: deleting the key invalidates them all.
 *
 * <p>A token that is malformed, forged, made with another key, or whose person is gone or disabled
 * is {@link Refusal#UNKNOWN}; one past its time is {@link Refusal#EXPIRED}. The refusals say nothing
 * about the person, and neither do the answers of the actions.
 */
@Singleton
public class ReminderActionTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{8,200}\\.[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReminderActionKeyRepository keys;
    private final Transactions transactions;
    private final PersonService people;
    private final Activity activity;
    private final ReminderActions actions;
    private final Clock clock;
    private volatile SecretKeySpec key;

    ReminderActionTokens(
            ReminderActionKeyRepository keys,
            Transactions transactions,
            PersonService people,
            Activity activity,
            ReminderActions actions,
            Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.people = people;
        this.activity = activity;
        this.actions = actions;
        this.clock = clock;
    }

    /** What a valid token lets its bearer act on. */
    public record Grant(PersonId person, HabitId habit, LocalDateTime slot, Instant expires) {

        public Grant {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(habit, "habit");
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(expires, "expires");
        }
    }

    /** Why a token was turned down. */
    public enum Refusal {
        /** Malformed, forged, of another key, or its person is gone or disabled. */
        UNKNOWN,
        /** Genuine, but its reminder's day is over. */
        EXPIRED
    }

    /** A token turned down; its message is for the person holding the link and names nobody. */
    public static final class RefusedException extends RuntimeException {

        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(
                    refusal == Refusal.EXPIRED
                            ? "this reminder's buttons have expired: open Unknot to check in"
                            : "no reminder has this link");
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** The links for the buttons of the habit's reminder set for {@code slot}. */
    public ReminderActionLinks links(PersonId person, HabitId habit, LocalDateTime slot) {
        return ReminderActionLinks.of(issue(person, habit, slot));
    }

    /** The links for a message's buttons; none for a message about no reminder (a test). */
    public Optional<ReminderActionLinks> links(PersonId person, ReminderMessage message) {
        if (message.habit().isEmpty() || message.slot().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(links(person, message.habit().get(), message.slot().get()));
    }

    /** A token for the habit's reminder set for {@code slot}, expiring as the class says. */
    public String issue(PersonId person, HabitId habit, LocalDateTime slot) {
        return sign(new Grant(person, habit, slot, expiry(people.get(person).calendar(), slot)));
    }

    /** When a token for {@code slot} made now expires. */
    Instant expiry(PersonalCalendar calendar, LocalDateTime slot) {
        Instant due = slot.atZone(calendar.zone()).toInstant();
        Instant dayOver = calendar.startOf(calendar.dayOf(due).plusDays(1));
        Instant soonest = clock.instant().plus(ReminderDelivery.LATEST);
        return dayOver.isBefore(soonest) ? soonest : dayOver;
    }

    /** A token for exactly this grant; for tests that need one expired or of another person. */
    String sign(Grant grant) {
        String payload = grant.person().value() + "|" + grant.habit().value() + "|" + grant.slot() + "|"
                + grant.expires().getEpochSecond();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
        return base64.encodeToString(bytes) + "." + base64.encodeToString(mac(bytes));
    }

    /**
     * What {@code token} grants.
     *
     * @throws RefusedException when it is unknown or expired
     */
    public Grant read(String token) {
        Grant grant = verified(token).orElseThrow(() -> new RefusedException(Refusal.UNKNOWN));
        if (!clock.instant().isBefore(grant.expires())) {
            throw new RefusedException(Refusal.EXPIRED);
        }
        if (!activity.admits(grant.person())) {
            throw new RefusedException(Refusal.UNKNOWN);
        }
        return grant;
    }

    /**
     * "Done" by the token's reminder: the habit checked in now with its default amount, once per
     * reminder however often the button is pressed (the banner's "Done" included).
     *
     * @return whether a check-in was recorded now (false: it was already)
     * @throws RefusedException when the token is unknown or expired, or its habit is gone
     */
    public boolean done(String token) {
        Grant grant = read(token);
        try {
            CheckInService.Outcome outcome = actions.done(grant.person(), grant.habit(), grant.slot());
            return outcome.created();
        } catch (NotFoundException e) {
            throw new RefusedException(Refusal.UNKNOWN);
        }
    }

    /**
     * Snoozes the token's reminder, when it is the one reminding now.
     *
     * @return when it reminds again, and the person's calendar to show it on
     * @throws RefusedException when the token is unknown or expired, or its habit is gone
     * @throws dev.unknot.wire.error.InvalidInputException ({@code minutes}) for a snooze other than 10 or 60
     * @throws ConflictException when the reminder is not reminding now (done, or snoozed already)
     */
    public Snoozed snooze(String token, int minutes) {
        Grant grant = read(token);
        try {
            Instant until = actions.snooze(grant.person(), grant.habit(), grant.slot(), minutes);
            return new Snoozed(
                    until,
                    LocalDateTime.ofInstant(
                            until, people.get(grant.person()).calendar().zone()));
        } catch (NotFoundException e) {
            throw new RefusedException(Refusal.UNKNOWN);
        } catch (ConflictException e) {
            // Its message names the habit; the holder of a link learns nothing beyond the link.
            throw new ConflictException("this reminder is not reminding now: nothing to snooze");
        }
    }

    /** A snooze's end, as an instant and on the person's wall clock. */
    public record Snoozed(Instant until, LocalDateTime untilLocal) {}

    private Optional<Grant> verified(String token) {
        if (token == null || !FORM.matcher(token).matches()) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        byte[] payload;
        byte[] presented;
        try {
            payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            presented = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // One spelling per token: base64's spare bits at the end must be zero, as this server writes them.
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        if (!token.equals(base64.encodeToString(payload) + "." + base64.encodeToString(presented))) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(mac(payload), presented)) {
            return Optional.empty();
        }
        String[] parts = new String(payload, StandardCharsets.US_ASCII).split("\\|", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Grant(
                    new PersonId(Long.parseLong(parts[0])),
                    new HabitId(Long.parseLong(parts[1])),
                    LocalDateTime.parse(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3]))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // Signed by this server, so never expected; refused all the same.
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(Base64.getUrlDecoder().decode(load()), ALGORITHM);
                }
                known = key;
            }
        }
        return known;
    }

    private String load() {
        ReminderActionKeyRow row = transactions
                .inOneReading(() -> keys.findById(1))
                .orElseGet(() -> {
                    byte[] made = new byte[32];
                    RANDOM.nextBytes(made);
                    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(made);
                    return transactions.inOne(() -> {
                        keys.insertUnlessKept(secret, clock.instant());
                        return keys.findById(1).orElseThrow();
                    });
                });
        return row.secret();
    }
}
