package dev.unknot.app.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock the tests set and move; the store's only source of "now". */
public final class TestClock extends Clock {

    /** A Monday noon in Berlin, far from any daylight-saving change. */
    public static final Instant DEFAULT_NOW = Instant.parse("2025-03-10T11:00:00Z");

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

    private volatile Instant now = DEFAULT_NOW;
    private volatile ZoneId zone = DEFAULT_ZONE;

    public void reset() {
        now = DEFAULT_NOW;
        zone = DEFAULT_ZONE;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void set(ZonedDateTime dateTime) {
        now = dateTime.toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void zone(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
