package dev.unknot.app.reminder;

import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.progress.HabitLog;
import dev.unknot.core.reminder.QuietHours;
import dev.unknot.core.reminder.Reminder;
import dev.unknot.core.reminder.ReminderSchedule;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.store.reminder.HabitReminderRepository;
import dev.unknot.store.reminder.HabitReminderRow;
import dev.unknot.store.reminder.ReminderClock;
import dev.unknot.store.reminder.ReminderSettingsRepository;
import dev.unknot.store.reminder.ReminderSettingsRow;
import dev.unknot.store.reminder.SnoozeRepository;
import dev.unknot.store.reminder.SnoozeRow;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reminders for one person at a time: each habit's reminder times, the person's settings and
 * calendar link, and which reminders fall due when ({@link ReminderSchedule} decides).
 */
@Singleton
public class ReminderService {

    /** The furthest ahead {@link #upcoming} looks. */
    public static final int MOST_HOURS = 14 * 24;

    static final int MAX_EMAIL = 254;
    static final int MAX_TOPIC = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HabitReminderRepository habitReminders;
    private final ReminderSettingsRepository settings;
    private final SnoozeRepository snoozes;
    private final HabitService habits;
    private final PersonService people;
    private final CheckInHistory history;
    private final EmailSender email;
    private final Clock clock;

    ReminderService(
            HabitReminderRepository habitReminders,
            ReminderSettingsRepository settings,
            SnoozeRepository snoozes,
            HabitService habits,
            PersonService people,
            CheckInHistory history,
            EmailSender email,
            Clock clock) {
        this.habitReminders = habitReminders;
        this.settings = settings;
        this.snoozes = snoozes;
        this.habits = habits;
        this.people = people;
        this.history = history;
        this.email = email;
        this.clock = clock;
    }

    /**
     * When the habit reminds; {@code off} until set.
     *
     * @throws NotFoundException when the person has no such habit
     */
    @Transactional(readOnly = true)
    public ReminderTimes times(PersonId person, HabitId habit) {
        habits.get(person, habit);
        return habitReminders
                .findByHabitIdAndPersonId(habit.value(), person.value())
                .map(row -> ReminderTimes.parse(row.times()))
                .orElse(ReminderTimes.off());
    }

    /**
     * Sets when the habit reminds.
     *
     * @throws InvalidInputException ({@code remind}) when the times do not suit the habit's schedule
     * @throws NotFoundException when the person has no such habit
     */
    @Transactional
    public ReminderTimes changeTimes(PersonId person, HabitId habit, ReminderTimes times) {
        Habit kept = habits.get(person, habit);
        try {
            times.checkFits(kept.schedule());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("remind", e);
        }
        HabitReminderRow row = new HabitReminderRow(habit.value(), person.value(), times.text());
        if (habitReminders
                .findByHabitIdAndPersonId(habit.value(), person.value())
                .isPresent()) {
            habitReminders.update(row);
        } else {
            habitReminders.save(row);
        }
        return times;
    }

    /** Reads reminder times as a front end received them: {@code off}, {@code slots} or {@code 09:00,14:00}. */
    public static ReminderTimes parseTimes(String text) {
        try {
            return ReminderTimes.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("remind", e);
        }
    }

    /** How the person is reminded. */
    @Transactional(readOnly = true)
    public ReminderSettings settings(PersonId person) {
        return settings.findById(person.value())
                .map(ReminderService::settingsOf)
                .orElse(ReminderSettings.none());
    }

    /**
     * Changes how the person is reminded; the calendar link stays as it is.
     *
     * @throws InvalidInputException naming the setting at fault: a chosen channel needs its address,
     *     and email needs a server that can send it
     */
    @Transactional
    public ReminderSettings changeSettings(PersonId personId, ReminderSettings wanted) {
        people.get(personId);
        Optional<String> email = wanted.email().map(ReminderService::email);
        Optional<URI> topic = wanted.ntfyTopic().map(ReminderService::topic);
        if (wanted.channels().contains(Channel.EMAIL)) {
            this.email.unavailable().ifPresent(why -> {
                throw new InvalidInputException("channels", why);
            });
        }
        if (wanted.channels().contains(Channel.EMAIL) && email.isEmpty()) {
            throw new InvalidInputException("email", "give an email address to be reminded by email");
        }
        if (wanted.channels().contains(Channel.NTFY) && topic.isEmpty()) {
            throw new InvalidInputException("ntfyTopic", "give an ntfy topic's address to be reminded through ntfy");
        }
        Optional<ReminderSettingsRow> kept = settings.findById(personId.value());
        ReminderSettingsRow row = new ReminderSettingsRow(
                personId.value(),
                wanted.channels().stream().map(Channel::name).sorted().collect(Collectors.joining(",")),
                email.orElse(null),
                topic.map(URI::toString).orElse(null),
                wanted.quiet().map(quiet -> minutes(quiet.from())).orElse(null),
                wanted.quiet().map(quiet -> minutes(quiet.until())).orElse(null),
                kept.map(ReminderSettingsRow::calendarSecret).orElse(null),
                wanted.inApp());
        return settingsOf(kept.isPresent() ? settings.update(row) : settings.save(row));
    }

    /** Why this server cannot send email, when it cannot. */
    public Optional<String> emailUnavailable() {
        return email.unavailable();
    }

    /** The secret of the person's calendar feed, if they made one. */
    @Transactional(readOnly = true)
    public Optional<String> calendarSecret(PersonId person) {
        return settings.findById(person.value()).map(ReminderSettingsRow::calendarSecret);
    }

    /** Makes a new secret for the person's calendar feed; the old one stops working at once. */
    @Transactional
    public String newCalendarSecret(PersonId personId) {
        people.get(personId);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Optional<ReminderSettingsRow> kept = settings.findById(personId.value());
        if (kept.isPresent()) {
            ReminderSettingsRow row = kept.get();
            settings.update(new ReminderSettingsRow(
                    row.personId(),
                    row.channels(),
                    row.emailAddress(),
                    row.ntfyTopicUrl(),
                    row.quietFrom(),
                    row.quietUntil(),
                    secret,
                    row.inApp()));
        } else {
            settings.save(new ReminderSettingsRow(personId.value(), "", null, null, null, null, secret, true));
        }
        return secret;
    }

    /** Whose calendar feed {@code secret} opens. */
    @Transactional(readOnly = true)
    public Optional<PersonId> calendarOwner(String secret) {
        return settings.findByCalendarSecret(secret).map(row -> new PersonId(row.personId()));
    }

    /**
     * What will remind in the next {@code hours} hours, in order, with the channels each goes to.
     *
     * @throws InvalidInputException ({@code hours}) outside 1 to {@link #MOST_HOURS}
     */
    @Transactional(readOnly = true)
    public List<UpcomingReminder> upcoming(PersonId person, int hours) {
        if (hours < 1 || hours > MOST_HOURS) {
            throw new InvalidInputException("hours", "look 1 to " + MOST_HOURS + " hours ahead, was " + hours);
        }
        Instant now = clock.instant();
        Set<Channel> channels = settings(person).channels();
        return due(person, now, now.plus(Duration.ofHours(hours))).stream()
                .map(reminder -> new UpcomingReminder(reminder, channels))
                .toList();
    }

    /**
     * The person's reminders due from {@code from} (included) to {@code until} (excluded), in order.
     * A snoozed reminder is due when its snooze ends, if its habit is still open then.
     */
    @Transactional(readOnly = true)
    public List<Reminder> due(PersonId personId, Instant from, Instant until) {
        return dueToSend(personId, from, until).stream()
                .map(DueReminder::reminder)
                .toList();
    }

    /** As {@link #due}, with how often each reminder was snoozed: a snoozed one is delivered again. */
    @Transactional(readOnly = true)
    public List<DueReminder> dueToSend(PersonId personId, Instant from, Instant until) {
        Person person = people.get(personId);
        return due(person, settings(personId).quiet(), from, until);
    }

    /**
     * Everyone with a reminder time from {@code from} to {@code until} on the clock, or a snoozed
     * reminder coming back then, with their settings: the people {@link #due} may find something
     * for. Two reads for everyone, so that a delivery run need not read the habits and check-ins of
     * people with nothing near.
     */
    @Transactional(readOnly = true)
    public Map<PersonId, ReminderSettings> remindedBetween(Instant from, Instant until) {
        Set<Long> near = new HashSet<>();
        Map<String, PersonalCalendar> calendars = new HashMap<>();
        for (ReminderClock row : habitReminders.findClocks()) {
            if (near.contains(row.personId())) {
                continue;
            }
            PersonalCalendar calendar = calendars.computeIfAbsent(
                    row.timeZone() + "/" + row.dayStartMinute(),
                    key -> new PersonalCalendar(
                            ZoneId.of(row.timeZone()), LocalTime.ofSecondOfDay(row.dayStartMinute() * 60L)));
            if (ReminderSchedule.mayRemind(from, until, calendar, ReminderTimes.parse(row.times()))) {
                near.add(row.personId());
            }
        }
        snoozes.findEndingBetween(from, until).forEach(row -> near.add(row.personId()));
        Map<PersonId, ReminderSettings> reminded = new HashMap<>();
        if (near.isEmpty()) {
            return reminded;
        }
        settings.findReminded().stream()
                .filter(row -> near.contains(row.personId()))
                .forEach(row -> reminded.put(new PersonId(row.personId()), settingsOf(row)));
        return reminded;
    }

    private List<DueReminder> due(Person person, Optional<QuietHours> quiet, Instant from, Instant until) {
        Map<Long, ReminderTimes> timesByHabit = new HashMap<>();
        habitReminders.findByPersonId(person.id().value()).stream()
                .filter(row -> !row.times().equals("off"))
                .forEach(row -> timesByHabit.put(row.habitId(), ReminderTimes.parse(row.times())));
        if (timesByHabit.isEmpty() || !from.isBefore(until)) {
            return List.of();
        }
        PersonalCalendar calendar = person.calendar();
        // Every snooze that could hold back a reminder in the stretch ends after it began.
        Map<Long, List<SnoozeRow>> snoozedByHabit = new HashMap<>();
        Instant earliest = from;
        for (SnoozeRow row : snoozes.findLive(person.id().value(), from)) {
            snoozedByHabit
                    .computeIfAbsent(row.habitId(), id -> new ArrayList<>())
                    .add(row);
            earliest = row.dueAt().isBefore(earliest) ? row.dueAt() : earliest;
        }
        // From the Monday of the week before the first day: an N-times-a-week habit counts its week.
        LocalDate first =
                calendar.dayOf(earliest).minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = calendar.dayOf(until).plusDays(1);
        Map<HabitId, List<CheckIn>> checkIns = new HashMap<>();
        for (RecordedCheckIn recorded : history.on(person.id(), calendar, new DateRange(first, last))) {
            checkIns.computeIfAbsent(recorded.checkIn().habit(), id -> new ArrayList<>())
                    .add(recorded.checkIn());
        }
        List<DueReminder> due = new ArrayList<>();
        for (HabitDetails details : habits.detailsOfAll(person.id())) {
            ReminderTimes times = timesByHabit.get(details.habit().id().value());
            if (times == null) {
                continue;
            }
            HabitLog log = HabitLog.of(
                    details.habit(),
                    checkIns.getOrDefault(details.habit().id(), List.of()),
                    calendar,
                    details.skipped(),
                    details.pauses());
            List<SnoozeRow> snoozed =
                    snoozedByHabit.getOrDefault(details.habit().id().value(), List.of());
            for (Reminder reminder : ReminderSchedule.between(from, until, calendar, log, times, quiet)) {
                if (snoozed.stream()
                        .noneMatch(row -> row.slot().equals(reminder.slot().toString()))) {
                    due.add(new DueReminder(reminder, 0));
                }
            }
            for (SnoozeRow row : snoozed) {
                if (row.until().isBefore(from) || !row.until().isBefore(until)) {
                    continue;
                }
                LocalTime back =
                        LocalDateTime.ofInstant(row.until(), calendar.zone()).toLocalTime();
                if (quiet.map(hours -> hours.contains(back)).orElse(false)) {
                    continue;
                }
                // Back only while the schedule still has it: not once it is done, skipped or paused.
                ReminderSchedule.between(row.dueAt(), row.dueAt().plusMillis(1), calendar, log, times, quiet).stream()
                        .filter(reminder -> reminder.slot().toString().equals(row.slot()))
                        .findFirst()
                        .ifPresent(reminder -> due.add(new DueReminder(
                                new Reminder(reminder.habit(), reminder.day(), reminder.slot(), row.until()),
                                row.snoozes())));
            }
        }
        due.sort(Comparator.comparing((DueReminder each) -> each.reminder().due())
                .thenComparing(each -> each.reminder().habit().id().value()));
        return due;
    }

    /**
     * Puts the reminder of {@code habit} for {@code slot} off until {@code until}: it comes back then
     * on every channel, unless the habit is done, skipped or paused by then.
     *
     * @param due when the reminder first fell due
     */
    @Transactional
    public void snooze(PersonId person, HabitId habit, LocalDateTime slot, Instant due, Instant until) {
        habits.get(person, habit);
        String key = slot.toString();
        if (snoozes.snoozeAgain(habit.value(), key, person.value(), until) == 0
                && snoozes.snooze(habit.value(), key, person.value(), due, until) == 0) {
            // Another request inserted it meanwhile.
            snoozes.snoozeAgain(habit.value(), key, person.value(), until);
        }
        snoozes.forgetEnded(person.value(), until.minus(Duration.ofDays(2)));
    }

    private static ReminderSettings settingsOf(ReminderSettingsRow row) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        Arrays.stream(row.channels().split(","))
                .filter(name -> !name.isBlank())
                .forEach(name -> channels.add(Channel.valueOf(name)));
        Optional<QuietHours> quiet = row.quietFrom() == null
                ? Optional.empty()
                : Optional.of(new QuietHours(time(row.quietFrom()), time(row.quietUntil())));
        return new ReminderSettings(
                channels,
                Optional.ofNullable(row.emailAddress()),
                Optional.ofNullable(row.ntfyTopicUrl()).map(URI::create),
                quiet,
                row.inApp());
    }

    private static String email(String address) {
        String value = address.strip();
        int at = value.indexOf('@');
        if (value.length() > MAX_EMAIL
                || at < 1
                || at != value.lastIndexOf('@')
                || at == value.length() - 1
                || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InvalidInputException(
                    "email", "an email address looks like name@example.org, at most " + MAX_EMAIL + " characters");
        }
        return value;
    }

    private static URI topic(URI topic) {
        String scheme = Optional.ofNullable(topic.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))
                || topic.getHost() == null
                || topic.getPath() == null
                || topic.getPath().length() < 2
                || topic.toString().length() > MAX_TOPIC) {
            throw new InvalidInputException(
                    "ntfyTopic",
                    "an ntfy topic's address looks like https://ntfy.sh/your-topic, at most " + MAX_TOPIC
                            + " characters");
        }
        return topic;
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static LocalTime time(int minutes) {
        return LocalTime.of(minutes / 60, minutes % 60);
    }
}
