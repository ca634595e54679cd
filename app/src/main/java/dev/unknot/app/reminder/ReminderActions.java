package dev.unknot.app.reminder;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.PersonId;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.reminder.Reminder;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a person does with a reminder that is reminding them: "Done", which is an ordinary check-in
 * with the habit's default amount, or a snooze of 10 minutes or an hour, after which the reminder
 * comes back on every channel (the delivery job and the open app alike).
 */
@Singleton
public class ReminderActions {

    /** The snoozes offered, in minutes. */
    public static final Set<Integer> SNOOZE_MINUTES = Set.of(10, 60);

    private final ReminderService reminders;
    private final CheckInService checkIns;
    private final HabitService habits;
    private final Clock clock;

    ReminderActions(ReminderService reminders, CheckInService checkIns, HabitService habits, Clock clock) {
        this.reminders = reminders;
        this.checkIns = checkIns;
        this.habits = habits;
        this.clock = clock;
    }

    /**
     * The reminders reminding the person now: due in the last {@link ReminderDelivery#LATEST} (as
     * late as the delivery job still sends one), still open, not snoozed; the latest one per habit,
     * in the order they fell due. Whether the open app shows them is the person's setting
     * ({@link ReminderSettings#inApp()}).
     */
    public List<Reminder> remindingNow(PersonId person) {
        Instant now = clock.instant();
        Map<HabitId, Reminder> latest = new LinkedHashMap<>();
        for (Reminder reminder : reminders.due(person, now.minus(ReminderDelivery.LATEST), now.plusMillis(1))) {
            latest.remove(reminder.habit().id());
            latest.put(reminder.habit().id(), reminder);
        }
        return List.copyOf(latest.values());
    }

    /** The habit's reminder reminding the person now, if one is. */
    public Optional<Reminder> remindingNow(PersonId person, HabitId habit) {
        return remindingNow(person).stream()
                .filter(reminder -> reminder.habit().id().equals(habit))
                .findFirst();
    }

    /**
     * Snoozes the habit's reminder that is reminding now.
     *
     * @return when it comes back
     * @throws InvalidInputException ({@code minutes}) for a snooze other than 10 or 60 minutes
     * @throws ConflictException when nothing of the habit is reminding now
     * @throws dev.unknot.wire.error.NotFoundException when the person has no such habit
     */
    public Instant snooze(PersonId person, HabitId habit, int minutes) {
        return snooze(person, habit, Optional.empty(), minutes);
    }

    /**
     * Snoozes the habit's reminder set for {@code slot}, when that is the one reminding now: a
     * button on an older reminder does not snooze a newer one.
     *
     * @return when it comes back
     * @throws InvalidInputException ({@code minutes}) for a snooze other than 10 or 60 minutes
     * @throws ConflictException when that reminder is not reminding now
     * @throws dev.unknot.wire.error.NotFoundException when the person has no such habit
     */
    public Instant snooze(PersonId person, HabitId habit, LocalDateTime slot, int minutes) {
        return snooze(person, habit, Optional.of(slot), minutes);
    }

    private Instant snooze(PersonId person, HabitId habit, Optional<LocalDateTime> slot, int minutes) {
        if (!SNOOZE_MINUTES.contains(minutes)) {
            throw new InvalidInputException("minutes", "a reminder snoozes for 10 or 60 minutes, was " + minutes);
        }
        String name = habits.get(person, habit).name();
        Reminder reminding = remindingNow(person, habit)
                .filter(reminder -> slot.map(reminder.slot()::equals).orElse(true))
                .orElseThrow(() -> new ConflictException(name + " is not reminding you now: nothing to snooze"));
        Instant until = clock.instant().plus(Duration.ofMinutes(minutes));
        reminders.snooze(person, habit, reminding.slot(), reminding.due(), until);
        return until;
    }

    /**
     * "Done" from a reminder: checks the habit in now with its default amount. The check-in's client
     * id names the reminder, so a second tap on the same reminder records nothing more.
     *
     * @throws dev.unknot.wire.error.NotFoundException when the person has no such habit
     */
    public CheckInService.Outcome done(PersonId person, HabitId habit) {
        habits.get(person, habit);
        String clientId = remindingNow(person, habit)
                .map(reminder -> clientId(habit, reminder.slot()))
                .orElseGet(() -> UUID.randomUUID().toString());
        return checkIns.record(person, CheckInRequest.of(clientId, habit));
    }

    /**
     * "Done" from the habit's reminder set for {@code slot}, whether or not it is still reminding:
     * the same check-in as {@link #done(PersonId, HabitId)} records for that reminder, so "Done" on
     * the banner and on a notification of one reminder record one check-in between them.
     *
     * @throws dev.unknot.wire.error.NotFoundException when the person has no such habit
     */
    public CheckInService.Outcome done(PersonId person, HabitId habit, LocalDateTime slot) {
        habits.get(person, habit);
        return checkIns.record(person, CheckInRequest.of(clientId(habit, slot), habit));
    }

    private static String clientId(HabitId habit, LocalDateTime slot) {
        return "reminder-" + habit.value() + "-" + slot;
    }
}
