package dev.unknot.core.calendar;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import org.apiguardian.api.API;

/**
 * A person's own calendar: their time zone and the hour their day starts.
 *
 * <p>Days are read off the wall clock: with a day start of 04:00, anything before 04:00 local time
 * belongs to the day before, so a check-in at 01:30 after a late evening still counts for that
 * evening. Because the rule uses local wall-clock time, a day that is 23 or 25 hours long across a
 * daylight-saving change is still exactly one day. A day starts the first time the wall clock
 * reaches its start: when the clocks go back over the day start, the repeated hour stays in the
 * new day, so a person's day never goes back.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PersonalCalendar(ZoneId zone, LocalTime dayStart) {

    public PersonalCalendar {
        Require.present(zone, "time zone");
        Require.present(dayStart, "day start");
        if (dayStart.getSecond() != 0 || dayStart.getNano() != 0) {
            throw new IllegalArgumentException("the day must start on a whole minute, was " + dayStart);
        }
    }

    /** Midnight in {@code zone}. */
    public static PersonalCalendar startingAtMidnight(ZoneId zone) {
        return new PersonalCalendar(zone, LocalTime.MIDNIGHT);
    }

    /** The person's day that {@code at} falls on. */
    public LocalDate dayOf(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDate day =
                local.toLocalTime().isBefore(dayStart) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
        // In the hour repeated when the clocks go back, the wall clock may read before a day start
        // it has already passed.
        LocalDate next = day.plusDays(1);
        return at.isBefore(startOf(next)) ? day : next;
    }

    /**
     * The first instant of {@code day}. When the day start falls into a daylight-saving gap, the
     * day starts at the first wall-clock time after the gap.
     */
    public Instant startOf(LocalDate day) {
        return firstReaching(day.atTime(dayStart));
    }

    /**
     * When the wall clock first reads {@code time} on the person's {@code day}: a time before the
     * day start falls on the next calendar date, which still belongs to {@code day}. A time in a
     * daylight-saving gap is reached when the gap ends; a time that comes round twice when the
     * clocks go back is reached the first time.
     */
    public Instant at(LocalDate day, LocalTime time) {
        Require.present(time, "time");
        LocalDate date = time.isBefore(dayStart) ? day.plusDays(1) : day;
        return firstReaching(date.atTime(time));
    }

    private Instant firstReaching(LocalDateTime wallClock) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(wallClock);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        // Outside a change this is the one instant; when the clocks go back, the earlier one.
        return wallClock.atZone(zone).toInstant();
    }

    /** The person's day now. */
    public LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }
}
