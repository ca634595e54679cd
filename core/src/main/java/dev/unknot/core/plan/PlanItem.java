package dev.unknot.core.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Routine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One habit a plan proposes: adopted from a habit template, or the daily habit of its routine.
 *
 * @param id the template's id, or the routine's for the routine
 * @param name what the habit will be called
 * @param target what the habit does
 * @param template the template it is adopted from; empty for the routine
 * @param schedule when it is due: the template's (every day for the routine) until the person changes it
 * @param causes the causes it was chosen for, heaviest first; empty in a plan for no cause in particular
 * @param reason one line saying why it is proposed, in the person's answers ("You sit 9 hours a day.")
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PlanItem(
        String id,
        String name,
        HabitTarget target,
        Optional<HabitTemplate> template,
        Schedule schedule,
        List<Cause> causes,
        String reason) {

    public PlanItem {
        id = Require.text(id, "plan item id");
        name = Require.text(name, "plan item name");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(schedule, "schedule");
        causes = List.copyOf(causes);
        reason = Require.text(reason, "reason of " + id);
    }

    /** The item adopting {@code template} on its own schedule. */
    public static PlanItem of(HabitTemplate template, List<Cause> causes, String reason) {
        return new PlanItem(
                template.id().value(),
                template.name(),
                template.target(),
                Optional.of(template),
                template.schedule(),
                causes,
                reason);
    }

    /** The daily habit of {@code routine}. */
    public static PlanItem daily(Routine routine, List<Cause> causes, String reason) {
        return new PlanItem(
                routine.id().value(),
                routine.name(),
                new HabitTarget.OfRoutine(routine.id()),
                Optional.empty(),
                Schedule.daily(),
                causes,
                reason);
    }

    /** Whether this is the plan's routine rather than a habit template. */
    public boolean routine() {
        return template.isEmpty();
    }

    /** The same item due on {@code schedule}. */
    public PlanItem on(Schedule schedule) {
        return new PlanItem(id, name, target, template, schedule, causes, reason);
    }
}
