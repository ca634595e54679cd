package dev.unknot.app.reminder;

import dev.unknot.app.person.PersonId;
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
 * secret address alone.
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
        return reminders.calendarOwner(secret).map(this::feed);
    }

    private String feed(PersonId person) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
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
