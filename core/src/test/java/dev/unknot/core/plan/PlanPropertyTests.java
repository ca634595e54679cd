package dev.unknot.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.library.Cause;
import dev.unknot.core.plugin.Library;
import dev.unknot.core.property.RandomCases;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What holds for every person's answers, on the library of {@link PlannerTests}. */
class PlanPropertyTests {

    private static final Library LIBRARY = PlannerTests.library();

    /** Answers leaning towards the thresholds where causes start to apply. */
    static Assessment answers(Random random) {
        return new Assessment(
                RandomCases.pick(random, 0, 5, 6, 7, 8, 9, 12, 24, random.nextInt(25)),
                RandomCases.pick(random, 0, 5, 6, 10, random.nextInt(11)),
                RandomCases.pick(random, 0, 1, 2, 14, random.nextInt(15)),
                random.nextBoolean(),
                random.nextBoolean(),
                RandomCases.pick(random, 0, 1, 5, 6, 30, random.nextInt(31)));
    }

    private static boolean answersMovement(Plan plan) {
        return plan.items().stream()
                .anyMatch(item -> !item.routine() && item.causes().contains(Cause.LACK_OF_MOVEMENT));
    }

    @Test
    void everyItemSaysWhyInOneLine() {
        RandomCases.forAll(500, 20261206L, PlanPropertyTests::answers, assessment -> {
            Plan plan = Planner.propose(assessment, LIBRARY);
            assertThat(plan.items()).isNotEmpty();
            for (PlanItem item : plan.items()) {
                assertThat(item.reason()).isNotBlank().doesNotContain("\n").endsWith(".");
                // Each cause an item answers has its own words in the reason.
                item.causes()
                        .forEach(cause -> assertThat(item.reason().toLowerCase())
                                .contains(assessment.reasons().get(cause)));
            }
        });
    }

    @Test
    void everyCauseThatAppliesIsAnsweredByAHabitOfItsOwnOnce() {
        RandomCases.forAll(500, 20261207L, PlanPropertyTests::answers, assessment -> {
            Plan plan = Planner.propose(assessment, LIBRARY);
            Set<Cause> answered = new HashSet<>();
            plan.items().stream().filter(item -> !item.routine()).forEach(item -> answered.addAll(item.causes()));
            assertThat(answered)
                    .isEqualTo(
                            assessment.causes().keySet().isEmpty()
                                    ? Set.of()
                                    : assessment.causes().keySet());
            assertThat(plan.habits())
                    .hasSizeLessThanOrEqualTo(Planner.MAX_HABITS)
                    .doesNotHaveDuplicates();
            assertThat(plan.items().stream().filter(PlanItem::routine).count()).isLessThanOrEqualTo(1);
            List<String> names = plan.items().stream().map(PlanItem::name).toList();
            assertThat(names).doesNotHaveDuplicates();
        });
    }

    @Test
    void moreSittingNeverRemovesTheMovementBreak() {
        RandomCases.forAll(500, 20261208L, random -> List.of(answers(random), random.nextInt(1, 25)), pair -> {
            Assessment less = (Assessment) pair.get(0);
            int more = Math.min(24, less.sittingHours() + (Integer) pair.get(1));
            Assessment longer = new Assessment(
                    more,
                    less.stress(),
                    less.strengthSessions(),
                    less.slouches(),
                    less.strain(),
                    less.glassesOfWater());
            if (answersMovement(Planner.propose(less, LIBRARY))) {
                assertThat(answersMovement(Planner.propose(longer, LIBRARY))).isTrue();
            }
            if (more >= 6) {
                assertThat(answersMovement(Planner.propose(longer, LIBRARY))).isTrue();
            }
        });
    }

    @Test
    void lessWaterNeverRemovesHydrationAndAnotherCauseNeverRemovesOne() {
        RandomCases.forAll(500, 20261209L, PlanPropertyTests::answers, assessment -> {
            Plan plan = Planner.propose(assessment, LIBRARY);
            Assessment stressed = new Assessment(
                    assessment.sittingHours(),
                    10,
                    assessment.strengthSessions(),
                    assessment.slouches(),
                    assessment.strain(),
                    Math.max(0, assessment.glassesOfWater() - 3));
            Plan more = Planner.propose(stressed, LIBRARY);
            for (Cause cause : assessment.causes().keySet()) {
                assertThat(more.items())
                        .as("%s still answered", cause)
                        .anySatisfy(item -> assertThat(item.causes()).contains(cause));
            }
            assertThat(plan.items()).isNotEmpty();
        });
    }
}
