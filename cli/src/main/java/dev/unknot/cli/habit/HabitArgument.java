package dev.unknot.cli.habit;

import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UsageProblem;
import dev.unknot.wire.habit.HabitEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A {@code HABIT} argument: {@code #7} or {@code id:7} for the habit with id 7, or a
 * case-insensitive prefix of its name that names exactly one habit (a full name wins over longer
 * names it begins). A bare number is an id unless it begins a habit's name ("10-minute walk"):
 * then the name wins, and a note on standard error says how to mean the id.
 */
public final class HabitArgument {

    private static final Pattern ID = Pattern.compile("(?:#|id:)\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

    private HabitArgument() {}

    /** The one active habit {@code text} names; an archived one is refused with a hint to restore it. */
    public static HabitEntry active(String text, PersonalTracker person, CommandSpec spec) {
        List<HabitEntry> all = person.tracker().habits(true).habits();
        List<HabitEntry> active =
                all.stream().filter(habit -> !habit.archived()).toList();
        try {
            return resolve(text, active, notes(spec));
        } catch (UsageProblem notActive) {
            Optional<HabitEntry> archived = archived(text, all);
            if (archived.isPresent()) {
                HabitEntry habit = archived.get();
                throw new UsageProblem(
                        "habit " + habit.id() + " (" + habit.name() + ") is archived",
                        "bring it back with 'unknot habit restore #" + habit.id() + "'");
            }
            throw notActive;
        }
    }

    /** The one habit {@code text} names, archived ones included. */
    public static HabitEntry any(String text, PersonalTracker person, CommandSpec spec) {
        return resolve(text, person.tracker().habits(true).habits(), notes(spec));
    }

    /**
     * The one habit among {@code habits} that {@code text} names.
     *
     * @throws UsageProblem when it names none or several, listing the choices
     */
    public static HabitEntry resolve(String text, List<HabitEntry> habits) {
        return resolve(text, habits, null);
    }

    /**
     * {@link #resolve(String, List)}, saying on {@code notes} (when given) when a bare number was
     * read as a name rather than an id.
     */
    static HabitEntry resolve(String text, List<HabitEntry> habits, PrintWriter notes) {
        String wanted = text.strip();
        if (wanted.isEmpty()) {
            throw new UsageProblem("no habit given", "name one by #id or by the start of its name" + choices(habits));
        }
        Matcher id = ID.matcher(wanted);
        if (id.matches()) {
            return byId(id.group(1), habits)
                    .orElseThrow(() ->
                            new UsageProblem("no habit with id " + id.group(1), "choose one of" + choices(habits)));
        }
        String prefix = wanted.toLowerCase(Locale.ROOT);
        List<HabitEntry> exact = habits.stream()
                .filter(habit -> habit.name().toLowerCase(Locale.ROOT).equals(prefix))
                .toList();
        List<HabitEntry> matching = exact.size() == 1
                ? exact
                : habits.stream()
                        .filter(habit -> habit.name().toLowerCase(Locale.ROOT).startsWith(prefix))
                        .toList();
        boolean number = wanted.chars().allMatch(Character::isDigit);
        Optional<HabitEntry> withId = number ? byId(wanted, habits) : Optional.empty();
        if (matching.size() == 1) {
            HabitEntry named = matching.get(0);
            if (withId.isPresent() && !withId.get().id().equals(named.id()) && notes != null) {
                notes.println("unknot: '" + wanted + "' is taken as the habit named '" + named.name() + "'; for habit "
                        + wanted + " (" + withId.get().name() + ") write #" + wanted);
                notes.flush();
            }
            return named;
        }
        if (matching.isEmpty() && number) {
            return withId.orElseThrow(
                    () -> new UsageProblem("no habit with id " + wanted, "choose one of" + choices(habits)));
        }
        if (matching.isEmpty()) {
            throw new UsageProblem(
                    "no habit '" + wanted + "'",
                    habits.isEmpty() ? "add one with 'unknot habit add'" : "choose one of" + choices(habits));
        }
        throw new UsageProblem(
                "'" + wanted + "' could be several habits",
                "choose one of" + choices(matching) + (number ? ", or write #" + wanted + " for the id" : ""));
    }

    private static Optional<HabitEntry> archived(String text, List<HabitEntry> all) {
        try {
            HabitEntry habit = resolve(text, all, null);
            return habit.archived() ? Optional.of(habit) : Optional.empty();
        } catch (UsageProblem e) {
            return Optional.empty();
        }
    }

    private static Optional<HabitEntry> byId(String id, List<HabitEntry> habits) {
        String plain = id.replaceFirst("^0+(?=\\d)", "");
        return habits.stream().filter(habit -> habit.id().equals(plain)).findFirst();
    }

    private static PrintWriter notes(CommandSpec spec) {
        return spec == null ? null : spec.commandLine().getErr();
    }

    private static String choices(List<HabitEntry> habits) {
        if (habits.isEmpty()) {
            return " (none yet: add one with 'unknot habit add')";
        }
        return " "
                + habits.stream()
                        .map(habit -> "#" + habit.id() + " (" + habit.name() + ")")
                        .collect(Collectors.joining(", "));
    }
}
