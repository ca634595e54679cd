package dev.unknot.app.transfer;

import dev.unknot.app.change.Changes;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.input.Input;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.store.checkin.CheckInRepository;
import dev.unknot.store.checkin.CheckInRow;
import dev.unknot.store.checkin.CheckInRows;
import dev.unknot.store.habit.SkipRepository;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one way an imported history is written, whichever file it came from: habits matched by name
 * (or all created, for Unknot's own export), check-ins kept once per client id, and the new ones
 * inserted in batches, with one change recorded per habit rather than one per check-in.
 *
 * <p>{@link #plan} says what {@link #write} would do without writing; both read the person's habits
 * and client ids once.
 */
@Singleton
public class HistoryWriter {

    /** How the file's habits find the person's. */
    public enum Matching {
        /** A habit of the same name (ignoring case and surrounding space) is used; others are created. */
        BY_NAME,
        /** Every habit is created; a client id used twice in the file is an error. */
        NONE
    }

    private final PersonService people;
    private final HabitService habits;
    private final CheckInRepository checkIns;
    private final SkipRepository skips;
    private final Changes changes;
    private final ReminderService reminders;

    HistoryWriter(
            PersonService people,
            HabitService habits,
            CheckInRepository checkIns,
            SkipRepository skips,
            Changes changes,
            ReminderService reminders) {
        this.people = people;
        this.habits = habits;
        this.reminders = reminders;
        this.checkIns = checkIns;
        this.skips = skips;
        this.changes = changes;
    }

    /** What writing {@code history} would do, habit by habit, in the file's order. */
    @Transactional(readOnly = true)
    public ImportPlan plan(PersonId person, ImportedHistory history, Matching matching) {
        return sorted(person, history, matching).plan(history);
    }

    /**
     * Writes {@code history}: creates the habits the person does not have, adds the skipped days
     * and the check-ins whose client ids are new. Writing the same history again adds nothing.
     *
     * @throws InvalidInputException naming the habit and the value at fault; nothing is written
     */
    @Transactional
    public ImportSummary write(PersonId person, ImportedHistory history, Matching matching) {
        Sorted sorted = sorted(person, history, matching);
        int created = 0;
        int stored = 0;
        for (Target target : sorted.targets()) {
            HabitId id;
            if (target.existing().isPresent()) {
                id = target.existing().get().id();
                boolean newSkip = false;
                for (LocalDate day : target.habit().details().skipped()) {
                    newSkip |= skips.insertUnlessSkipped(person.value(), id.value(), day) > 0;
                }
                if (newSkip) {
                    changes.ofDaysFrom(
                            person.value(),
                            id,
                            target.habit().details().skipped().first());
                }
            } else {
                id = habits.restore(person, target.habit().details()).id();
                if (reminds(target.habit())) {
                    reminders.changeTimes(person, id, target.habit().reminder());
                }
                created++;
            }
            if (target.fresh().isEmpty()) {
                continue;
            }
            List<CheckInRow> rows = new ArrayList<>(target.fresh().size());
            LocalDate earliest = LocalDate.MAX;
            for (ImportedHistory.Entry entry : target.fresh()) {
                rows.add(CheckInRows.row(null, person.value(), withHabit(entry.checkIn(), id), entry.recordedAt()));
                LocalDate day = sorted.calendar().dayOf(entry.checkIn().at());
                earliest = day.isBefore(earliest) ? day : earliest;
            }
            checkIns.saveAll(rows);
            stored += rows.size();
            changes.ofDaysFrom(person.value(), id, earliest);
        }
        return new ImportSummary(created, stored, sorted.alreadyPresent());
    }

    /** Every check-in checked and sorted into new and already there, before anything is written. */
    private Sorted sorted(PersonId person, ImportedHistory history, Matching matching) {
        PersonalCalendar calendar = people.get(person).calendar();
        Map<String, HabitDetails> byName = new HashMap<>();
        if (matching == Matching.BY_NAME) {
            for (HabitDetails details : habits.detailsOfAll(person)) {
                byName.putIfAbsent(key(details.habit().name()), details);
            }
        }
        Set<String> known = new HashSet<>(checkIns.clientIdsOf(person.value()));
        List<Target> targets = new ArrayList<>();
        int present = 0;
        for (ImportedHistory.Habit habit : history.habits()) {
            List<ImportedHistory.Entry> fresh = new ArrayList<>();
            int here = 0;
            for (ImportedHistory.Entry entry : habit.checkIns()) {
                check(habit, entry, calendar);
                if (known.add(entry.checkIn().clientId())) {
                    fresh.add(entry);
                } else if (matching == Matching.NONE) {
                    throw new InvalidInputException(
                            "clientId", "The client id '" + entry.checkIn().clientId() + "' is used by two check-ins.");
                } else {
                    here++;
                }
            }
            present += here;
            Optional<HabitDetails> existing = Optional.ofNullable(byName.get(key(habit.name())));
            SortedSet<LocalDate> skipped = new TreeSet<>(habit.details().skipped());
            existing.ifPresent(details -> skipped.removeAll(details.skipped()));
            targets.add(new Target(habit, existing.map(HabitDetails::habit), fresh, here, skipped));
        }
        return new Sorted(calendar, targets, present);
    }

    private static boolean reminds(ImportedHistory.Habit habit) {
        return !(habit.reminder() instanceof ReminderTimes.Off);
    }

    private static void check(ImportedHistory.Habit habit, ImportedHistory.Entry entry, PersonalCalendar calendar) {
        CheckIn checkIn = entry.checkIn();
        String where = habit.name() + ", " + calendar.dayOf(checkIn.at());
        try {
            CheckInService.clientId(checkIn.clientId());
            CheckInService.note(checkIn.note());
            Input.day("at", calendar.dayOf(Input.instant("at", checkIn.at())));
            Input.instant("recorded at", entry.recordedAt());
            Input.amount("amount", checkIn.amount());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field(), where + ": " + e.getMessage());
        }
    }

    private static CheckIn withHabit(CheckIn checkIn, HabitId habit) {
        return new CheckIn(
                checkIn.clientId(),
                habit,
                checkIn.at(),
                checkIn.amount(),
                checkIn.duration(),
                checkIn.before(),
                checkIn.after(),
                checkIn.note(),
                checkIn.symptoms(),
                checkIn.painBefore(),
                checkIn.painAfter());
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** A habit of the file, the person's habit it adds to (if any), and what is new for it. */
    private record Target(
            ImportedHistory.Habit habit,
            Optional<Habit> existing,
            List<ImportedHistory.Entry> fresh,
            int present,
            SortedSet<LocalDate> skipped) {}

    private record Sorted(PersonalCalendar calendar, List<Target> targets, int alreadyPresent) {

        ImportPlan plan(ImportedHistory history) {
            List<ImportPlan.Habit> planned = new ArrayList<>();
            for (Target target : targets) {
                HabitDetails details = target.habit().details();
                List<LocalDate> days = target.habit().checkIns().stream()
                        .map(entry -> calendar.dayOf(entry.checkIn().at()))
                        .sorted()
                        .toList();
                Habit habit = target.existing().orElse(details.habit());
                planned.add(new ImportPlan.Habit(
                        target.habit().name(),
                        target.existing().isEmpty(),
                        habit.schedule().describe(),
                        ImportPlan.metric(habit.metric()),
                        habit.status() == dev.unknot.core.habit.HabitStatus.ARCHIVED,
                        target.fresh().size(),
                        target.present(),
                        target.skipped().size(),
                        days.isEmpty() ? Optional.empty() : Optional.of(days.get(0)),
                        days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1)),
                        target.existing().isEmpty() ? target.habit().mapping() : Optional.empty(),
                        target.existing().isEmpty() && reminds(target.habit())
                                ? Optional.of(target.habit().reminder().text())
                                : Optional.empty()));
            }
            return ImportPlan.of(history.kind(), planned, history.notMapped());
        }
    }
}
