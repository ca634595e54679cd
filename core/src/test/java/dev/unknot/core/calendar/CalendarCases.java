package dev.unknot.core.calendar;

import static dev.unknot.core.property.RandomCases.pick;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Random;

/**
 * Calendars and instants for property tests, and a brute-force oracle for the person's day.
 *
 * <p>The zones are chosen for their oddities: an hour of daylight saving on either side of the
 * Atlantic, a half-hour shift (Lord Howe), a quarter-hour offset (Kathmandu) and a skipped day
 * (Apia, 2011-12-30).
 */
public final class CalendarCases {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
    public static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
    public static final ZoneId APIA = ZoneId.of("Pacific/Apia");
    public static final List<ZoneId> ZONES = List.of(NEW_YORK, BERLIN, LORD_HOWE, KATHMANDU, APIA);

    /** 2011-12-30 never happened in Apia: 23:59:59 on the 29th (−10:00) was followed by midnight on the 31st (+14:00). */
    public static final Instant APIA_SKIP = Instant.parse("2011-12-30T10:00:00Z");

    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2040-01-01T00:00:00Z");
    /** Longer than any backward shift of the clocks in {@link #ZONES}. */
    private static final int LOOK_BACK_MINUTES = 180;

    private CalendarCases() {}

    /**
     * A calendar in one of the zones, starting its day on a whole or half hour: often midnight or
     * 04:00, often close to the hour its zone changes the clocks, where a day start can fall into
     * a gap or come round twice.
     */
    public static PersonalCalendar calendar(Random random) {
        ZoneId zone = pick(random, ZONES);
        LocalTime dayStart = switch (random.nextInt(4)) {
            case 0 -> LocalTime.MIDNIGHT;
            case 1 -> LocalTime.of(4, 0);
            case 2 -> nearAChangeOfTheClocks(random, zone);
            default -> LocalTime.MIDNIGHT.plusMinutes(30L * random.nextInt(48));
        };
        return new PersonalCalendar(zone, dayStart);
    }

    /**
     * An instant somewhere from 1990 to 2040, more often than not close to where days are decided:
     * a change of the clocks, midnight, the day start, Apia's skipped day.
     */
    public static Instant instant(Random random, PersonalCalendar calendar) {
        ZoneId zone = calendar.zone();
        return switch (random.nextInt(5)) {
            case 0 -> anyInstant(random);
            case 1 -> nearTransition(random, zone);
            case 2 -> nearWallClock(random, zone, LocalTime.MIDNIGHT);
            case 3 -> nearWallClock(random, zone, calendar.dayStart());
            default ->
                zone.equals(APIA)
                        ? APIA_SKIP.plusSeconds(random.nextInt(-2 * 86_400, 2 * 86_400))
                        : nearTransition(random, zone);
        };
    }

    /**
     * The person's day of {@code at}, the slow way: the local wall-clock date-time minus the day
     * start gives a date; as the wall clock goes back in the hour repeated in autumn, and a
     * person's day never does, it is the latest such date over the hours up to {@code at}.
     */
    public static LocalDate oracleDay(PersonalCalendar calendar, Instant at) {
        LocalDate latest = wallClockDay(calendar, at);
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        for (int back = 0; back <= LOOK_BACK_MINUTES; back++) {
            LocalDate day = wallClockDay(calendar, minute.minus(back, ChronoUnit.MINUTES));
            latest = day.isAfter(latest) ? day : latest;
        }
        return latest;
    }

    /** The date on the wall clock {@code dayStart} earlier: the person's day as long as clocks only move forward. */
    public static LocalDate wallClockDay(PersonalCalendar calendar, Instant at) {
        ZonedDateTime local = ZonedDateTime.ofInstant(at, calendar.zone());
        long dayStartMinutes = calendar.dayStart().toSecondOfDay() / 60;
        return local.toLocalDateTime().minusMinutes(dayStartMinutes).toLocalDate();
    }

    private static Instant anyInstant(Random random) {
        return EARLIEST.plusSeconds(random.nextLong(LATEST.getEpochSecond() - EARLIEST.getEpochSecond()));
    }

    private static Instant nearTransition(Random random, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().nextTransition(anyInstant(random));
        if (transition == null || transition.getInstant().isAfter(LATEST)) {
            return anyInstant(random); // Kathmandu has not changed its clocks since 1986.
        }
        return around(random, transition.getInstant(), 90 * 60);
    }

    /** Up to an hour either side of the wall-clock time, before or after, of one of the zone's changes. */
    private static LocalTime nearAChangeOfTheClocks(Random random, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().nextTransition(anyInstant(random));
        if (transition == null) {
            return LocalTime.of(2, 0);
        }
        LocalDateTime wallClock = random.nextBoolean() ? transition.getDateTimeBefore() : transition.getDateTimeAfter();
        LocalTime halfHour = wallClock.toLocalTime().withMinute(wallClock.getMinute() < 30 ? 0 : 30);
        return halfHour.plusMinutes(30L * random.nextInt(-2, 3));
    }

    private static Instant nearWallClock(Random random, ZoneId zone, LocalTime time) {
        LocalDate date = LocalDate.ofEpochDay(random.nextLong(
                LocalDate.of(1990, 1, 2).toEpochDay(),
                LocalDate.of(2039, 12, 30).toEpochDay()));
        ZonedDateTime local = LocalDateTime.of(date, time).atZone(zone);
        if (random.nextBoolean()) {
            local = local.withLaterOffsetAtOverlap();
        }
        return around(random, local.toInstant(), 120);
    }

    /** Within {@code seconds} of {@code instant}; a third of the time exactly a whole minute off it. */
    private static Instant around(Random random, Instant instant, int seconds) {
        if (random.nextInt(3) == 0) {
            return instant.plusSeconds(60L * random.nextInt(-2, 3));
        }
        return instant.plusSeconds(random.nextInt(-seconds, seconds + 1)).plusNanos(random.nextInt(1_000_000_000));
    }
}
