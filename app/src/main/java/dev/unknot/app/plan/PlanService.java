package dev.unknot.app.plan;

import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.TemplateId;
import dev.unknot.core.plan.Assessment;
import dev.unknot.core.plan.Plan;
import dev.unknot.core.plan.Planner;
import dev.unknot.core.plugin.Library;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starter plans: proposed from a short assessment of the causes, applied as habits. */
@Singleton
public class PlanService {

    private final Library library;
    private final PersonService people;
    private final HabitService habits;

    PlanService(Library library, PersonService people, HabitService habits) {
        this.library = library;
        this.people = people;
        this.habits = habits;
    }

    /** The plan core's {@link Planner} proposes from what the loaded plugins offer. */
    public Plan propose(Assessment assessment) {
        return Planner.propose(assessment, library);
    }

    /**
     * Creates the plan's habits from their templates, and a daily habit of its routine. A part of
     * the plan the person already keeps (an active habit adopted from the same template, or one
     * that follows the same routine) is left alone. All or nothing: when one habit cannot be
     * created, none is.
     *
     * @throws InvalidInputException when a template of the plan is not offered by any loaded plugin
     * @throws NotFoundException when the person does not exist
     */
    @Transactional
    public AppliedPlan apply(PersonId person, Plan plan) {
        people.get(person);
        List<HabitDetails> active = habits.detailsOfAll(person).stream()
                .filter(details -> details.habit().status() == HabitStatus.ACTIVE)
                .toList();
        List<Habit> created = new ArrayList<>();
        List<Habit> alreadyKept = new ArrayList<>();
        for (HabitTemplate template : plan.habits()) {
            Optional<Habit> kept = keptFrom(active, template.id());
            if (kept.isPresent()) {
                alreadyKept.add(kept.get());
            } else {
                created.add(habits.create(
                        person, NewHabit.fromTemplate(template.id().value())));
            }
        }
        if (plan.routine().isPresent()) {
            Routine routine = plan.routine().get();
            HabitTarget target = new HabitTarget.OfRoutine(routine.id());
            Optional<Habit> kept = active.stream()
                    .map(HabitDetails::habit)
                    .filter(habit -> habit.target().equals(target))
                    .findFirst();
            if (kept.isPresent()) {
                alreadyKept.add(kept.get());
            } else {
                created.add(habits.create(person, NewHabit.of(target)));
            }
        }
        return new AppliedPlan(created, alreadyKept);
    }

    private static Optional<Habit> keptFrom(List<HabitDetails> active, TemplateId template) {
        return active.stream()
                .filter(details -> details.template().filter(template::equals).isPresent())
                .map(HabitDetails::habit)
                .findFirst();
    }
}
