package dev.unknot.api.reminder;

import dev.unknot.app.person.PersonId;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.core.reminder.Reminder;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A person's calendar feed (RFC 5545, written with ical4j): the next {@link #DAYS} days of
 * reminders, each an event at its due time with an alarm then, so any calendar app reminds. Times
 * are written in UTC, which every calendar app shows in its own zone; the feed is read through its
 * secret address alone. In the API's module rather than the application's, as ical4j registers a
 * time-zone provider with the JVM, which a command-line run should not load.
 */
@Singleton
public class CalendarFeed {

    /** How far ahead the feed reaches. */
    public static final int DAYS = 14;

    private static final Duration EVENT = Duration.ofMinutes(15);

    private final ReminderService reminders;
    private final Clock clock;

    CalendarFeed(ReminderService reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    /** The feed behind {@code secret}, or empty when no one has that secret (any more). */
    public Optional<String> of(String secret) {
        return of(secret, clock.instant());
    }

    /** The feed behind {@code secret} as it reads at {@code at}. */
    Optional<String> of(String secret, Instant at) {
        return reminders.calendarOwner(secret).map(person -> feed(person, at));
    }

    private String feed(PersonId person, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MINUTES);
        List<Reminder> due = reminders.due(person, now, now.plus(Duration.ofDays(DAYS)));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Unknot//Reminders//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Reminder reminder : due) {
            VEvent event = new VEvent(reminder.due(), EVENT, reminder.habit().name());
            // Stable across fetches, so that a calendar app updates an event rather than adding one.
            event.add(new Uid("habit-" + reminder.habit().id().value() + "-" + reminder.slot() + "@unknot"));
            VAlarm alarm = new VAlarm(Duration.ZERO);
            alarm.add(new Action("DISPLAY"));
            alarm.add(new Description("Time for: " + reminder.habit().name()));
            event.add(alarm);
            calendar.add(event);
        }
        return calendar.toString();
    }
}
