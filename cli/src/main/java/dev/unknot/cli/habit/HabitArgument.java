package dev.unknot.cli.habit;

import dev.unknot.cli.UsageProblem;
import dev.unknot.wire.habit.HabitEntry;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A {@code HABIT} argument: a habit's numeric id, or a case-insensitive prefix of its name that
 * names exactly one habit (a full name wins over longer names it begins).
 */
public final class HabitArgument {

    private HabitArgument() {}

    /**
     * The one habit among {@code habits} that {@code text} names.
     *
     * @throws UsageProblem when it names none or several, listing the choices
     */
    public static HabitEntry resolve(String text, List<HabitEntry> habits) {
        String wanted = text.strip();
        if (wanted.isEmpty()) {
            throw new UsageProblem("no habit given", "name one by id or by the start of its name" + choices(habits));
        }
        if (wanted.chars().allMatch(Character::isDigit)) {
            return habits.stream()
                    .filter(habit -> habit.id().equals(wanted))
                    .findFirst()
                    .orElseThrow(
                            () -> new UsageProblem("no habit with id " + wanted, "choose one of" + choices(habits)));
        }
        String prefix = wanted.toLowerCase(Locale.ROOT);
        List<HabitEntry> exact = habits.stream()
                .filter(habit -> habit.name().toLowerCase(Locale.ROOT).equals(prefix))
                .toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<HabitEntry> matching = habits.stream()
                .filter(habit -> habit.name().toLowerCase(Locale.ROOT).startsWith(prefix))
                .toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (matching.isEmpty()) {
            throw new UsageProblem(
                    "no habit '" + wanted + "'",
                    habits.isEmpty() ? "add one with 'unknot habit add'" : "choose one of" + choices(habits));
        }
        throw new UsageProblem("'" + wanted + "' could be several habits", "choose one of" + choices(matching));
    }

    private static String choices(List<HabitEntry> habits) {
        if (habits.isEmpty()) {
            return " (none yet: add one with 'unknot habit add')";
        }
        return " "
                + habits.stream()
                        .map(habit -> habit.id() + " (" + habit.name() + ")")
                        .collect(Collectors.joining(", "));
    }
}
