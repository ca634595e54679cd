package dev.unknot.app.habit;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.library.TemplateId;
import dev.unknot.wire.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A habit to create: adopted from a plugin's habit template, or built around a technique, a
 * routine or the person's own words. What is left empty comes from the template, or defaults to
 * the target's name, every day, done or not done, starting today.
 *
 * <pre>{@code
 * NewHabit.fromTemplate("movement/walk-after-each-hour-of-sitting")
 * NewHabit.technique("stretching/childs-pose").on(Schedule.on(MONDAY, THURSDAY))
 * NewHabit.custom("Drink water").measured(Metric.measured("glasses", 8))
 * }</pre>
 */
public record NewHabit(
        Optional<TemplateId> template,
        Optional<HabitTarget> target,
        Optional<String> name,
        Optional<Schedule> schedule,
        Optional<Metric> metric,
        Optional<LocalDate> startsOn) {

    public NewHabit {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(startsOn, "starts on");
    }

    /** @throws InvalidInputException when {@code id} is not of the form {@code plugin/name} */
    public static NewHabit fromTemplate(String id) {
        return new NewHabit(
                Optional.of(parse("template", () -> TemplateId.of(id))),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public static NewHabit of(HabitTarget target) {
        return new NewHabit(
                Optional.empty(),
                Optional.of(target),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /** @throws InvalidInputException when {@code id} is not of the form {@code plugin/name} */
    public static NewHabit technique(String id) {
        return of(new HabitTarget.OfTechnique(parse("technique", () -> TechniqueId.of(id))));
    }

    /** @throws InvalidInputException when {@code id} is not of the form {@code plugin/name} */
    public static NewHabit routine(String id) {
        return of(new HabitTarget.OfRoutine(parse("routine", () -> RoutineId.of(id))));
    }

    /** @throws InvalidInputException when {@code text} is blank */
    public static NewHabit custom(String text) {
        return of(parse("habit description", () -> HabitTarget.custom(text)));
    }

    public NewHabit named(String name) {
        return new NewHabit(template, target, Optional.of(name), schedule, metric, startsOn);
    }

    public NewHabit on(Schedule schedule) {
        return new NewHabit(template, target, name, Optional.of(schedule), metric, startsOn);
    }

    public NewHabit measured(Metric metric) {
        return new NewHabit(template, target, name, schedule, Optional.of(metric), startsOn);
    }

    public NewHabit startingOn(LocalDate day) {
        return new NewHabit(template, target, name, schedule, metric, Optional.of(day));
    }

    static <T> T parse(String field, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
