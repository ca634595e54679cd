package dev.unknot.app.habit;

import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.library.TemplateId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A habit with what the store keeps around it.
 *
 * @param template the plugin habit template it was adopted from, if any
 * @param skipped the days skipped on purpose, in order
 * @param pauses the pauses, in order of their first day
 * @param createdAt when the habit was added, when known (an imported one is added anew)
 */
public record HabitDetails(
        Habit habit,
        Optional<TemplateId> template,
        SortedSet<LocalDate> skipped,
        List<DateRange> pauses,
        Optional<Instant> createdAt) {

    public HabitDetails {
        Objects.requireNonNull(habit, "habit");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(createdAt, "createdAt");
        skipped = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(skipped));
        pauses = pauses.stream()
                .sorted(Comparator.comparing(DateRange::first).thenComparing(DateRange::last))
                .toList();
    }

    public static HabitDetails of(
            Habit habit, Optional<TemplateId> template, Set<LocalDate> skipped, List<DateRange> pauses) {
        return new HabitDetails(habit, template, new TreeSet<>(skipped), pauses, Optional.empty());
    }

    /** These details, knowing when the habit was added. */
    public HabitDetails createdAt(Instant created) {
        return new HabitDetails(habit, template, skipped, pauses, Optional.of(created));
    }
}
