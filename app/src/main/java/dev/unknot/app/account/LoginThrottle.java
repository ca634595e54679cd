package dev.unknot.app.account;

import dev.unknot.store.db.AttemptLimit;
import dev.unknot.store.db.AttemptLimits;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Limits sign-in and sign-up attempts. An attempt is counted before its password is hashed, so
 * parallel attempts cannot all be checked, and the count lives in the database, so every server on
 * one database shares it (see {@link AttemptLimits}). Within {@link #WINDOW}:
 *
 * <ul>
 *   <li>{@link #MAX_FAILURES} attempts for one username from one address: a person's own typos,
 *       which lock nobody else out of that address (behind a reverse proxy, everyone has one);
 *   <li>{@link #MAX_PER_USERNAME} for one username from anywhere: guessing one account's password
 *       from many addresses;
 *   <li>{@link #MAX_PER_ADDRESS} from one address for any usernames: trying many accounts.
 * </ul>
 *
 * A success clears its username's count at its address and takes itself back from the other two.
 * Sign-ups are limited to {@link #MAX_SIGN_UPS} from one address in {@link #SIGN_UP_WINDOW}.
 */
@Singleton
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final int MAX_PER_USERNAME = 20;
    public static final int MAX_PER_ADDRESS = 50;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    public static final int MAX_SIGN_UPS = 10;
    public static final Duration SIGN_UP_WINDOW = Duration.ofHours(1);

    private final AttemptLimits limits;
    private final Clock clock;

    public LoginThrottle(AttemptLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Counts one attempt to sign in as {@code username} from {@code address}.
     *
     * @return empty when it may go on, else how long until it may be tried again
     */
    public Optional<Duration> reserveSignIn(String username, String address) {
        Keys keys = new Keys(username, address);
        return limits.reserve(
                List.of(
                        new AttemptLimit(keys.both(), MAX_FAILURES, WINDOW),
                        new AttemptLimit(keys.user(), MAX_PER_USERNAME, WINDOW),
                        new AttemptLimit(keys.address(), MAX_PER_ADDRESS, WINDOW)),
                clock.instant());
    }

    /** The attempt that {@link #reserveSignIn} counted was right: it counts as no failure. */
    public void signedIn(String username, String address) {
        Keys keys = new Keys(username, address);
        limits.clear(keys.both());
        limits.refund(keys.user());
        limits.refund(keys.address());
    }

    /**
     * Counts one attempt to open an account from {@code address}.
     *
     * @return empty when it may go on, else how long until it may be tried again
     */
    public Optional<Duration> reserveSignUp(String address) {
        return limits.reserve(
                List.of(new AttemptLimit("sign-up address:" + bounded(address), MAX_SIGN_UPS, SIGN_UP_WINDOW)),
                clock.instant());
    }

    /** The keys of one attempt; usernames as they are matched (stripped, lower case). */
    private record Keys(String user, String address, String both) {
        Keys(String username, String address) {
            this(
                    "user:" + bounded(username == null ? "" : username.strip().toLowerCase(Locale.ROOT)),
                    "address:" + bounded(address),
                    "user:" + bounded(username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + " address:"
                            + bounded(address));
        }
    }

    /** A key's part, short enough for its column whatever was typed; an overlong one is refused before it counts. */
    private static String bounded(String part) {
        String value = part == null ? "unknown" : part;
        return value.length() > 180 ? value.substring(0, 180) : value;
    }
}
