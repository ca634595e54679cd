package dev.unknot.app.habit;

import dev.unknot.app.catalogue.Catalogue;
import dev.unknot.app.change.Changes;
import dev.unknot.app.input.Input;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import dev.unknot.store.checkin.CheckInRepository;
import dev.unknot.store.habit.HabitRepository;
import dev.unknot.store.habit.HabitRow;
import dev.unknot.store.habit.HabitRows;
import dev.unknot.store.habit.PauseRepository;
import dev.unknot.store.habit.PauseRow;
import dev.unknot.store.habit.SkipRepository;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's habits: creating them from templates, techniques, routines or their own words,
 * editing, archiving, skipping days and pausing.
 *
 * <p>Every method works for one person; a habit of someone else is reported exactly like an id
 * that does not exist. Every day given (a first day, a skipped day, a pause) is a supported day,
 * every text plain text and a daily target at most {@link Input#MAX_AMOUNT} ({@link Input}).
 */
@Singleton
public class HabitService {

    /** The longest name a habit may have; a front end may stop typing there. */
    public static final int MAX_NAME = 200;

    static final int MAX_DESCRIPTION = 500;
    static final int MAX_UNIT = 50;

    private final HabitRepository habits;
    private final SkipRepository skips;
    private final PauseRepository pauses;
    private final CheckInRepository checkIns;
    private final PersonService people;
    private final Changes changes;
    private final Catalogue catalogue;
    private final Clock clock;

    HabitService(
            HabitRepository habits,
            SkipRepository skips,
            PauseRepository pauses,
            CheckInRepository checkIns,
            PersonService people,
            Changes changes,
            Catalogue catalogue,
            Clock clock) {
        this.habits = habits;
        this.skips = skips;
        this.pauses = pauses;
        this.checkIns = checkIns;
        this.people = people;
        this.changes = changes;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /**
     * Creates a habit. Template, technique and routine ids must be offered by a loaded plugin, or
     * be the person's own technique or routine.
     *
     * @throws InvalidInputException naming the part of the request at fault
     * @throws NotFoundException when the person does not exist
     */
    @Transactional
    public Habit create(PersonId personId, NewHabit request) {
        Person person = people.get(personId);
        Library library = catalogue.of(personId);
        Optional<HabitTemplate> template = request.template()
                .map(id -> library.habitTemplate(id)
                        .orElseThrow(() -> new InvalidInputException(
                                "template", "no loaded plugin offers the habit template '" + id + "'")));
        if (template.isPresent() && request.target().isPresent()) {
            throw new InvalidInputException(
                    "target",
                    "a habit adopted from a template does what the template says; "
                            + "give a template or a target, not both");
        }
        HabitTarget target = template.map(HabitTemplate::target)
                .or(request::target)
                .orElseThrow(() -> new InvalidInputException(
                        "target", "a new habit needs a template, a technique, a routine or a description"));
        String targetName = nameOf(target, library);
        String name =
                name(request.name().or(() -> template.map(HabitTemplate::name)).orElse(targetName));
        Schedule schedule = schedule(request.schedule()
                .or(() -> template.map(HabitTemplate::schedule))
                .orElse(Schedule.daily()));
        Metric metric = metric(
                request.metric().or(() -> template.map(HabitTemplate::metric)).orElse(Metric.yesNo()));
        LocalDate startsOn = request.startsOn()
                .map(HabitService::startsOn)
                .orElseGet(() -> person.calendar().today(clock));
        HabitRow row = habits.save(HabitRows.row(
                null,
                personId.value(),
                name,
                target,
                schedule,
                metric,
                startsOn,
                HabitStatus.ACTIVE,
                template.map(HabitTemplate::id),
                clock.instant()));
        changes.ofPerson(personId.value());
        return HabitRows.habit(row);
    }

    /** The person's active habits, oldest first. */
    @Transactional(readOnly = true)
    public List<Habit> list(PersonId person) {
        return habits.findByPersonIdAndStatusOrderById(person.value(), HabitStatus.ACTIVE.name()).stream()
                .map(HabitRows::habit)
                .toList();
    }

    /**
     * The person's active habit that a new habit named {@code name} would be mistaken for: the same
     * name, ignoring case and the spaces around it. Two such habits are allowed; a front end warns.
     */
    @Transactional(readOnly = true)
    public Optional<Habit> namesake(PersonId person, String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return list(person).stream()
                .filter(habit -> habit.name().strip().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** All the person's habits, archived ones included, oldest first. */
    @Transactional(readOnly = true)
    public List<Habit> listAll(PersonId person) {
        return habits.findByPersonIdOrderById(person.value()).stream()
                .map(HabitRows::habit)
                .toList();
    }

    /** @throws NotFoundException when the person has no such habit */
    @Transactional(readOnly = true)
    public Habit get(PersonId person, HabitId id) {
        return HabitRows.habit(row(person, id));
    }

    /**
     * Changes a habit's name, schedule, metric or first day.
     *
     * @throws InvalidInputException naming the change at fault
     * @throws NotFoundException when the person has no such habit
     */
    @Transactional
    public Habit edit(PersonId person, HabitId id, HabitChanges asked) {
        if (asked.changesNothing()) {
            throw new InvalidInputException(
                    "changes", "Nothing to change: give a new name, schedule, metric or first day.");
        }
        HabitRow row = row(person, id);
        Habit habit = HabitRows.habit(row);
        HabitRow changed = HabitRows.row(
                row.id(),
                row.personId(),
                asked.name().map(HabitService::name).orElse(habit.name()),
                habit.target(),
                asked.schedule()
                        .map(change -> schedule(change.applyTo(habit.schedule(), habit.name())))
                        .orElse(habit.schedule()),
                asked.metric()
                        .map(change -> metric(change.applyTo(habit.metric(), habit.name())))
                        .orElse(habit.metric()),
                asked.startsOn().map(HabitService::startsOn).orElse(habit.startsOn()),
                habit.status(),
                HabitRows.template(row),
                row.createdAt());
        Habit edited = HabitRows.habit(habits.update(changed));
        if (edited.schedule().equals(habit.schedule())
                && edited.metric().equals(habit.metric())
                && edited.startsOn().equals(habit.startsOn())) {
            changes.ofPerson(person.value());
        } else {
            changes.ofHabit(person.value(), id);
        }
        return edited;
    }

    /**
     * Archives a habit: it is no longer due, and its check-ins, skips and pauses are kept.
     * Archiving an archived habit changes nothing.
     *
     * @throws NotFoundException when the person has no such habit
     */
    @Transactional
    public Habit archive(PersonId person, HabitId id) {
        return withStatus(person, id, HabitStatus.ARCHIVED);
    }

    /**
     * Brings an archived habit back: it is due again as before, with its history. Restoring an
     * active habit changes nothing.
     *
     * @throws NotFoundException when the person has no such habit
     */
    @Transactional
    public Habit unarchive(PersonId person, HabitId id) {
        return withStatus(person, id, HabitStatus.ACTIVE);
    }

    /** The habit with {@code status}, written (and counted as a change) only when it had another. */
    private Habit withStatus(PersonId person, HabitId id, HabitStatus status) {
        HabitRow row = row(person, id);
        Habit habit = HabitRows.habit(row);
        if (habit.status() == status) {
            return habit;
        }
        Habit changed = HabitRows.habit(habits.update(HabitRows.row(
                row.id(),
                row.personId(),
                habit.name(),
                habit.target(),
                habit.schedule(),
                habit.metric(),
                habit.startsOn(),
                status,
                HabitRows.template(row),
                row.createdAt())));
        changes.ofPerson(person.value());
        return changed;
    }

    /**
     * Skips {@code day} on purpose: it neither counts as a miss nor breaks a streak. Skipping a
     * day twice is the same as once. A day with a check-in of the habit cannot be skipped: the
     * check-in would no longer count, so the person undoes it first if that is what they mean.
     *
     * @throws NotFoundException when the person has no such habit
     * @throws ConflictException when the habit has a check-in on {@code day}
     */
    @Transactional
    public void skip(PersonId person, HabitId id, LocalDate day) {
        Input.day("day", day);
        HabitRow row = row(person, id);
        PersonalCalendar calendar = people.get(person).calendar();
        if (!checkIns.findByPersonIdAndHabitIdAndDoneAtGreaterThanEqualsAndDoneAtLessThan(
                        person.value(), row.id(), calendar.startOf(day), calendar.startOf(day.plusDays(1)))
                .isEmpty()) {
            throw new ConflictException("'" + row.name() + "' already has a check-in on " + day
                    + ", so that day cannot be skipped; undo the check-in first to skip it");
        }
        if (skips.insertUnlessSkipped(person.value(), row.id(), day) > 0) {
            changes.ofDaysFrom(person.value(), id, day);
        }
    }

    /**
     * Pauses a habit over {@code days}, for a holiday or an illness: those days neither count as
     * misses nor break a streak.
     *
     * @throws NotFoundException when the person has no such habit
     */
    @Transactional
    public void pause(PersonId person, HabitId id, DateRange days) {
        Input.days("from", "to", days);
        HabitRow row = row(person, id);
        pauses.save(new PauseRow(null, person.value(), row.id(), days.first(), days.last()));
        changes.ofDaysFrom(person.value(), id, days.first());
    }

    /**
     * Takes back the skip of {@code day}: the day counts again, as done or missed. Taking back a day
     * that is not skipped changes nothing.
     *
     * @return whether the day was skipped
     * @throws NotFoundException when the person has no such habit
     */
    @Transactional
    public boolean unskip(PersonId person, HabitId id, LocalDate day) {
        Input.day("day", day);
        HabitRow row = row(person, id);
        boolean wasSkipped = skips.removeSkip(person.value(), row.id(), day) > 0;
        if (wasSkipped) {
            changes.ofDaysFrom(person.value(), id, day);
        }
        return wasSkipped;
    }

    /**
     * Ends a habit's pauses on the day before {@code day}: from {@code day} on, the habit is due
     * again. A pause that began before that day is cut short; one that begins on it or later is
     * removed. The days before are left as they were.
     *
     * @return whether any pause changed
     * @throws NotFoundException when the person has no such habit
     */
    @Transactional
    public boolean resume(PersonId person, HabitId id, LocalDate day) {
        Input.day("from", day);
        HabitRow row = row(person, id);
        return resume(person, row, pauses.findByPersonIdAndHabitId(person.value(), row.id()), day);
    }

    /** {@link #resume} for every habit of the person; returns the habits whose pauses changed. */
    @Transactional
    public List<Habit> resumeAll(PersonId person, LocalDate day) {
        Input.day("from", day);
        people.get(person);
        Map<Long, List<PauseRow>> byHabit = new HashMap<>();
        pauses.findByPersonId(person.value())
                .forEach(pause -> byHabit.computeIfAbsent(pause.habitId(), habit -> new ArrayList<>())
                        .add(pause));
        List<Habit> resumed = new ArrayList<>();
        for (HabitRow row : habits.findByPersonIdOrderById(person.value())) {
            if (resume(person, row, byHabit.getOrDefault(row.id(), List.of()), day)) {
                resumed.add(HabitRows.habit(row));
            }
        }
        return resumed;
    }

    private boolean resume(PersonId person, HabitRow habit, List<PauseRow> habitPauses, LocalDate day) {
        boolean changed = false;
        for (PauseRow pause : habitPauses) {
            if (!pause.firstDay().isBefore(day)) {
                pauses.remove(pause.id());
                changed = true;
            } else if (!pause.lastDay().isBefore(day)) {
                pauses.endOn(pause.id(), day.minusDays(1));
                changed = true;
            }
        }
        if (changed) {
            changes.ofDaysFrom(person.value(), new HabitId(habit.id()), day);
        }
        return changed;
    }

    /** Pauses every active habit of the person over {@code days}; returns the habits paused. */
    @Transactional
    public List<Habit> pauseAll(PersonId person, DateRange days) {
        Input.days("from", "to", days);
        people.get(person);
        List<Habit> active = list(person);
        for (Habit habit : active) {
            pauses.save(new PauseRow(null, person.value(), habit.id().value(), days.first(), days.last()));
            changes.ofDaysFrom(person.value(), habit.id(), days.first());
        }
        return active;
    }

    /** @throws NotFoundException when the person has no such habit */
    @Transactional(readOnly = true)
    public HabitDetails details(PersonId person, HabitId id) {
        HabitRow row = row(person, id);
        Set<LocalDate> skipped = new HashSet<>();
        skips.findByPersonIdAndHabitId(person.value(), row.id()).forEach(skip -> skipped.add(skip.skippedOn()));
        List<DateRange> paused = pauses.findByPersonIdAndHabitId(person.value(), row.id()).stream()
                .map(pause -> new DateRange(pause.firstDay(), pause.lastDay()))
                .toList();
        return HabitDetails.of(HabitRows.habit(row), HabitRows.template(row), skipped, paused)
                .createdAt(row.createdAt());
    }

    /** Every habit of the person, archived ones included, oldest first, with their skips and pauses. */
    @Transactional(readOnly = true)
    public List<HabitDetails> detailsOfAll(PersonId person) {
        Map<Long, Set<LocalDate>> skipped = new HashMap<>();
        skips.findByPersonId(person.value())
                .forEach(skip -> skipped.computeIfAbsent(skip.habitId(), id -> new HashSet<>())
                        .add(skip.skippedOn()));
        Map<Long, List<DateRange>> paused = new HashMap<>();
        pauses.findByPersonId(person.value())
                .forEach(pause -> paused.computeIfAbsent(pause.habitId(), id -> new ArrayList<>())
                        .add(new DateRange(pause.firstDay(), pause.lastDay())));
        return habits.findByPersonIdOrderById(person.value()).stream()
                .map(row -> HabitDetails.of(
                                HabitRows.habit(row),
                                HabitRows.template(row),
                                skipped.getOrDefault(row.id(), Set.of()),
                                paused.getOrDefault(row.id(), List.of()))
                        .createdAt(row.createdAt()))
                .toList();
    }

    /**
     * Stores a habit exactly as given, with its status, template, skips and pauses, under a new id;
     * for importing a person's data. Unlike {@link #create}, it does not require the habit's
     * technique, routine or template to be offered by a loaded plugin: history is kept even when a
     * plugin is gone.
     *
     * @return the habit under its new id
     */
    @Transactional
    public Habit restore(PersonId person, HabitDetails details) {
        people.get(person);
        Habit habit = details.habit();
        if (habit.target() instanceof HabitTarget.Custom custom) {
            description(custom.text());
        }
        details.skipped().forEach(day -> Input.day("skipped day", day));
        details.pauses().forEach(pause -> Input.days("pause first", "pause last", pause));
        HabitRow row = habits.save(HabitRows.row(
                null,
                person.value(),
                name(habit.name()),
                habit.target(),
                schedule(habit.schedule()),
                metric(habit.metric()),
                startsOn(habit.startsOn()),
                habit.status(),
                details.template(),
                clock.instant()));
        for (LocalDate day : details.skipped()) {
            skips.insertUnlessSkipped(person.value(), row.id(), day);
        }
        for (DateRange pause : details.pauses()) {
            pauses.save(new PauseRow(null, person.value(), row.id(), pause.first(), pause.last()));
        }
        changes.ofPerson(person.value());
        return HabitRows.habit(row);
    }

    private HabitRow row(PersonId person, HabitId id) {
        return habits.findByIdAndPersonId(id.value(), person.value())
                .orElseThrow(() -> new NotFoundException("habit", id));
    }

    private static String nameOf(HabitTarget target, Library library) {
        if (target instanceof HabitTarget.OfTechnique of) {
            return library.technique(of.technique())
                    .map(Technique::name)
                    .orElseThrow(() -> new InvalidInputException(
                            "technique", "no loaded plugin offers the technique '" + of.technique() + "'"));
        }
        if (target instanceof HabitTarget.OfRoutine of) {
            return library.routine(of.routine())
                    .map(Routine::name)
                    .orElseThrow(() -> new InvalidInputException(
                            "routine", "no loaded plugin offers the routine '" + of.routine() + "'"));
        }
        // Named after its description, the habit takes the name's limit too: a description of more
        // than that is refused rather than cut without a word (give a name besides it).
        return description(((HabitTarget.Custom) target).text());
    }

    private static String description(String text) {
        if (text.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException(
                    "habit description",
                    "habit description must be at most " + MAX_DESCRIPTION + " characters, was " + text.length());
        }
        return Input.text("habit description", text);
    }

    private static LocalDate startsOn(LocalDate day) {
        return Input.day("starts on", day);
    }

    private static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new InvalidInputException(
                    "habit name", "habit name must be 1 to " + MAX_NAME + " characters, was " + stripped.length());
        }
        return Input.text("habit name", stripped);
    }

    private static Schedule schedule(Schedule schedule) {
        if (schedule instanceof Schedule.EveryHours hourly) {
            wholeMinute(hourly.from(), "window start");
            wholeMinute(hourly.until(), "window end");
        }
        return schedule;
    }

    private static void wholeMinute(LocalTime time, String field) {
        if (!time.equals(time.truncatedTo(ChronoUnit.MINUTES))) {
            throw new InvalidInputException(field, field + " must be on a whole minute, was " + time);
        }
    }

    private static Metric metric(Metric metric) {
        if (metric instanceof Metric.Measured measured) {
            if (measured.unit().length() > MAX_UNIT) {
                throw new InvalidInputException(
                        "unit",
                        "unit must be at most " + MAX_UNIT + " characters, was "
                                + measured.unit().length());
            }
            Input.text("unit", measured.unit());
            Input.amount("daily target", measured.dailyTarget());
        }
        return metric;
    }
}
