package dev.unknot.core.library;

import static dev.unknot.core.property.RandomCases.forAll;
import static dev.unknot.core.property.RandomCases.pick;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What holds for every dose, checked against the simplest oracle: a timer that adds up the
 * phases it walks through.
 */
class DoseTimingTests {

    private static final int CASES = 300;

    /** A dose and the sides it is done on. */
    private record Done(Dose dose, Sides sides) {}

    @Test
    void timeIsTheSumOfThePhases() {
        forAll(CASES, 1L, random -> new Done(timedDose(random), sides(random)), done -> {
            Duration walked = done.dose().phases(done.sides()).stream()
                    .map(TimerPhase::duration)
                    .reduce(Duration.ZERO, Duration::plus);

            assertThat(done.dose().time(done.sides())).isEqualTo(walked);
        });
    }

    @Test
    void eachSideTakesExactlyTwiceAsLongAsNone() {
        forAll(
                CASES,
                2L,
                DoseTimingTests::anyDose,
                dose -> assertThat(dose.time(Sides.EACH_SIDE))
                        .isEqualTo(dose.time(Sides.NONE).multipliedBy(2)));
    }

    @Test
    void eachSideWalksThePhasesOfNoneOnTheLeftThenOnTheRight() {
        forAll(CASES, 3L, DoseTimingTests::timedDose, dose -> {
            List<TimerPhase> once = dose.phases(Sides.NONE);
            List<TimerPhase> both = dose.phases(Sides.EACH_SIDE);

            assertThat(both).hasSize(2 * once.size());
            for (int i = 0; i < once.size(); i++) {
                assertThat(both.get(i).duration()).isEqualTo(once.get(i).duration());
                assertThat(both.get(once.size() + i).duration())
                        .isEqualTo(once.get(i).duration());
                assertThat(both.get(i).label())
                        .isIn(once.get(i).label(), once.get(i).label() + " (left side)");
                assertThat(both.get(once.size() + i).label())
                        .isIn(once.get(i).label(), once.get(i).label() + " (right side)");
            }
        });
    }

    @Test
    void timedDosesHavePhasesAndTakeTime() {
        forAll(CASES, 4L, random -> new Done(timedDose(random), sides(random)), done -> {
            assertThat(done.dose().phases(done.sides())).isNotEmpty();
            assertThat(done.dose().time(done.sides())).isPositive();
        });
    }

    @Test
    void everyDoseDescribesItself() {
        forAll(
                CASES,
                5L,
                DoseTimingTests::anyDose,
                dose -> assertThat(dose.describe())
                        .isNotBlank()
                        .isEqualTo(dose.describe().strip()));
    }

    @Test
    void holdIsSaneExactlyInsideFiveSecondsToFiveMinutesAndTenHolds() {
        forAll(CASES, 6L, DoseTimingTests::hold, hold -> {
            boolean sane = hold.min().toSeconds() >= 5 && hold.max().toSeconds() <= 300 && hold.holds() <= 10;

            assertThat(hold.saneRangeViolation().isEmpty()).isEqualTo(sane);
        });
    }

    @Test
    void repsAreSaneExactlyUpToFiftyRepsAndTenSets() {
        forAll(CASES, 7L, DoseTimingTests::reps, reps -> {
            boolean sane = reps.reps() <= 50 && reps.sets() <= 10;

            assertThat(reps.saneRangeViolation().isEmpty()).isEqualTo(sane);
        });
    }

    private static Dose timedDose(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> hold(random);
            case 1 -> timed(random);
            case 2 -> reps(random);
            default -> cycles(random);
        };
    }

    private static Dose anyDose(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new Dose.Amount(between(random, 1, 5000, 1000, 1001), pick(random, "glasses", "steps"));
            case 1 -> Dose.once();
            default -> timedDose(random);
        };
    }

    private static Dose.Hold hold(Random random) {
        // 5 s, 300 s and 10 holds are where a hold stops being sane.
        Duration min = Duration.ofSeconds(between(random, 1, 900, 4, 5, 6));
        Duration max = min.plusSeconds(between(random, 0, 900, 0, 1));
        if (random.nextInt(4) == 0) {
            long edge = pick(random, 299L, 300L, 301L);
            max = Duration.ofSeconds(Math.max(edge, min.toSeconds()));
        }
        return new Dose.Hold(min, max, between(random, 1, 15, 10, 11));
    }

    private static Dose.Reps reps(Random random) {
        return new Dose.Reps(between(random, 1, 80, 50, 51), between(random, 1, 15, 10, 11));
    }

    private static Dose.Timed timed(Random random) {
        Duration min = Duration.ofSeconds(between(random, 1, 4 * 3600, 1));
        return new Dose.Timed(min, min.plusSeconds(between(random, 0, 4 * 3600, 0)));
    }

    private static Dose.Cycles cycles(Random random) {
        List<TimerPhase> pattern = new ArrayList<>();
        for (int phases = between(random, 1, 6); phases > 0; phases--) {
            pattern.add(
                    TimerPhase.seconds(pick(random, "Inhale", "Hold", "Exhale", "Rest"), between(random, 1, 120, 1)));
        }
        return new Dose.Cycles(between(random, 1, 30, 1), pattern);
    }

    private static Sides sides(Random random) {
        return pick(random, Sides.values());
    }

    /** From {@code min} to {@code max}, one time in four one of the bounds or {@code edges}. */
    private static int between(Random random, int min, int max, int... edges) {
        if (random.nextInt(4) == 0) {
            int pick = random.nextInt(edges.length + 2);
            return pick == 0 ? min : pick == 1 ? max : edges[pick - 2];
        }
        return random.nextInt(min, max + 1);
    }
}
