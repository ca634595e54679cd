package dev.unknot.app.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Limits failed sign-ins: after {@link #MAX_FAILURES} failures within {@link #WINDOW} for one
 * username, or for one network address, further attempts are refused until the oldest failure
 * leaves the window. A success clears the username's failures. Kept in memory by this process
 * (at most {@link #MAX_KEYS} usernames and addresses, the least recently failed dropped first):
 * a restart forgets.
 */
@Singleton
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Cache<String, Deque<Instant>> failures;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterAccess(WINDOW)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /** How long the caller must wait before trying again, when any of {@code keys} is blocked. */
    public Optional<Duration> blocked(String... keys) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            Deque<Instant> times = failures.getIfPresent(key);
            if (times == null) {
                continue;
            }
            synchronized (times) {
                prune(times, now);
                if (times.size() >= MAX_FAILURES) {
                    Duration wait = Duration.between(now, times.peekFirst().plus(WINDOW));
                    longest = wait.compareTo(longest) > 0 ? wait : longest;
                }
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String... keys) {
        Instant now = clock.instant();
        for (String key : keys) {
            Deque<Instant> times = failures.get(key, ignored -> new ArrayDeque<>());
            synchronized (times) {
                prune(times, now);
                times.addLast(now);
            }
        }
    }

    public void succeeded(String key) {
        failures.invalidate(key);
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }
}
