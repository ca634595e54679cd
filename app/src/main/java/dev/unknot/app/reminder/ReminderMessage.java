package dev.unknot.app.reminder;

import dev.unknot.core.habit.HabitId;
import dev.unknot.core.reminder.Reminder;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reminder says, whichever channel carries it.
 *
 * @param open where the reminder's link leads, when the server knows its address: for a reminder, the
 *     Today page with the habit's "Done" and snooze buttons; for a test, the Today page
 * @param habit the habit that reminds (none in a test message)
 * @param slot the wall-clock time the reminder was set for (none in a test message)
 */
public record ReminderMessage(
        String title, String body, Optional<URI> open, Optional<HabitId> habit, Optional<LocalDateTime> slot) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    public ReminderMessage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(habit, "habit");
        Objects.requireNonNull(slot, "slot");
    }

    /** A message about no habit in particular. */
    public ReminderMessage(String title, String body, Optional<URI> open) {
        this(title, body, open, Optional.empty(), Optional.empty());
    }

    static ReminderMessage of(Reminder reminder, Optional<URI> publicAddress) {
        String name = reminder.habit().name();
        Optional<URI> open = publicAddress.map(address -> reminderPage(address, reminder));
        return new ReminderMessage(
                "Time for: " + name,
                name + " is due (" + WHEN.format(reminder.slot()) + "). "
                        + (open.isPresent()
                                ? "Open the link to check in or to snooze it for 10 minutes or an hour."
                                : "Check in with Unknot when it is done, or skip the day."),
                open,
                Optional.of(reminder.habit().id()),
                Optional.of(reminder.slot()));
    }

    /** The web UI's Today page showing this reminder: {@code ADDRESS/?remind=HABIT}. */
    static URI reminderPage(URI publicAddress, Reminder reminder) {
        String base = publicAddress.toString().replaceAll("/+$", "");
        return URI.create(base + "/?remind=" + reminder.habit().id().value());
    }

    static ReminderMessage test(Channel channel, Optional<URI> publicAddress) {
        return new ReminderMessage(
                "Unknot: a test reminder",
                "Reminders by " + channel.text() + " reach you. Nothing else to do.",
                publicAddress);
    }
}
