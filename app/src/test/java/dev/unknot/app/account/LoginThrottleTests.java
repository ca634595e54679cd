package dev.unknot.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void blocksAfterFiveFailuresUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("user:ada");
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(throttle.blocked("user:ada")).isEmpty();

        throttle.failed("user:ada");
        assertThat(throttle.blocked("user:ada")).contains(Duration.ofMinutes(11));

        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(throttle.blocked("user:ada")).isEmpty();
    }

    @Test
    void anyBlockedKeyBlocksAndASuccessClearsOnlyItsOwn() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.failed("user:ada", "address:10.0.0.1");
        }
        assertThat(throttle.blocked("user:bob", "address:10.0.0.1")).isPresent();

        throttle.succeeded("user:ada");

        assertThat(throttle.blocked("user:ada", "address:10.0.0.2")).isEmpty();
        assertThat(throttle.blocked("user:ada", "address:10.0.0.1")).isPresent();
    }
}
