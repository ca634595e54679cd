package dev.unknot.app.plan;

import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.TemplateId;
import dev.unknot.core.plan.Assessment;
import dev.unknot.core.plan.Plan;
import dev.unknot.core.plan.PlanItem;
import dev.unknot.core.plan.Planner;
import dev.unknot.core.plugin.Library;
import dev.unknot.store.plan.PlanAnswersRepository;
import dev.unknot.store.plan.PlanAnswersRow;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starter plans: proposed from a person's answers about the causes (which are remembered for next
 * time), shaped by the person, applied as habits without repeating one they have.
 */
@Singleton
public class PlanService {

    private final Library library;
    private final PersonService people;
    private final HabitService habits;
    private final PlanAnswersRepository answers;
    private final Clock clock;

    PlanService(
            Library library, PersonService people, HabitService habits, PlanAnswersRepository answers, Clock clock) {
        this.library = library;
        this.people = people;
        this.habits = habits;
        this.answers = answers;
        this.clock = clock;
    }

    /** The plan core's {@link Planner} proposes from what the loaded plugins offer; remembers nothing. */
    public Plan propose(Assessment assessment) {
        return Planner.propose(assessment, library);
    }

    /**
     * Remembers the person's answers, replacing earlier ones, and proposes the plan for them.
     *
     * @throws NotFoundException when the person does not exist
     */
    @Transactional
    public Plan propose(PersonId person, Assessment assessment) {
        remember(person, assessment);
        return propose(assessment);
    }

    /**
     * Keeps the person's answers in place of earlier ones, to show them next time.
     *
     * @throws NotFoundException when the person does not exist
     */
    @Transactional
    public void remember(PersonId person, Assessment assessment) {
        people.get(person);
        PlanAnswersRow row = new PlanAnswersRow(
                person.value(),
                assessment.sittingHours(),
                assessment.stress(),
                assessment.strengthSessions(),
                assessment.slouches(),
                assessment.strain(),
                assessment.glassesOfWater(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (answers.findById(person.value()).isPresent()) {
            answers.update(row);
        } else {
            answers.save(row);
        }
    }

    /**
     * The person's last answers; empty when they never answered.
     *
     * @throws NotFoundException when the person does not exist
     */
    @Transactional(readOnly = true)
    public Optional<RememberedAnswers> answers(PersonId person) {
        people.get(person);
        return answers.findById(person.value())
                .map(row -> new RememberedAnswers(
                        new Assessment(
                                row.sittingHours(),
                                row.stress(),
                                row.strengthSessions(),
                                row.slouches(),
                                row.strain(),
                                row.glassesOfWater()),
                        row.answeredAt()));
    }

    /**
     * The plan as the person shaped it: without the items they unticked, with the schedules they chose.
     *
     * @throws InvalidInputException naming {@code untick} or {@code schedules} when an id is not in the plan
     */
    public Plan shape(Plan plan, Set<String> untick, Map<String, Schedule> schedules) {
        try {
            plan.shaped(untick, Map.of());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("untick", e);
        }
        try {
            return plan.shaped(untick, schedules);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("schedules", e);
        }
    }

    /**
     * The items of {@code plan} that applying it would leave out, by item id, each with the
     * person's habit it would repeat (see {@link #apply}).
     */
    @Transactional(readOnly = true)
    public Map<String, Habit> existing(PersonId person, Plan plan) {
        people.get(person);
        Map<String, Habit> existing = new LinkedHashMap<>();
        List<Known> all = known(person);
        for (PlanItem item : plan.items()) {
            existing(item, all).ifPresent(habit -> existing.put(item.id(), habit));
        }
        return existing;
    }

    /**
     * Creates a habit for each item of the plan, on the item's schedule, unless the person has it
     * already: an active habit adopted from the same template or following the same routine, or
     * any habit of theirs (archived ones too) with the same name, ignoring case and the spaces
     * around it. So applying never makes two habits of one name; what it leaves out it says. All
     * or nothing: when one habit cannot be created, none is.
     *
     * @throws InvalidInputException when a template of the plan is not offered by any loaded plugin
     * @throws NotFoundException when the person does not exist
     */
    @Transactional
    public AppliedPlan apply(PersonId person, Plan plan) {
        people.get(person);
        List<Known> all = known(person);
        List<Habit> created = new ArrayList<>();
        List<AppliedPlan.Skipped> skipped = new ArrayList<>();
        for (PlanItem item : plan.items()) {
            Optional<Habit> existing = existing(item, all);
            if (existing.isPresent()) {
                skipped.add(new AppliedPlan.Skipped(item, existing.get()));
                continue;
            }
            NewHabit request = item.template()
                    .map(template -> NewHabit.fromTemplate(template.id().value()))
                    .orElseGet(() -> NewHabit.of(item.target()).named(item.name()))
                    .on(item.schedule());
            Habit habit = habits.create(person, request);
            created.add(habit);
            all.add(new Known(habit, item.template().map(HabitTemplate::id)));
        }
        return new AppliedPlan(created, skipped);
    }

    /** A habit of the person's, and the template it was adopted from. */
    private record Known(Habit habit, Optional<TemplateId> template) {}

    private List<Known> known(PersonId person) {
        List<Known> known = new ArrayList<>();
        for (HabitDetails details : habits.detailsOfAll(person)) {
            known.add(new Known(details.habit(), details.template()));
        }
        return known;
    }

    /** The rule of {@link #apply}, in one place. */
    private static Optional<Habit> existing(PlanItem item, List<Known> all) {
        String name = key(item.name());
        return all.stream()
                .filter(details -> {
                    Habit habit = details.habit();
                    boolean active = habit.status() == HabitStatus.ACTIVE;
                    boolean sameSource = item.template().isPresent()
                            ? details.template().equals(item.template().map(HabitTemplate::id))
                            : habit.target().equals(item.target());
                    return (active && sameSource) || key(habit.name()).equals(name);
                })
                .map(Known::habit)
                .findFirst();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
