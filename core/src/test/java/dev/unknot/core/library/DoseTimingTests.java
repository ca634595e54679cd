package dev.unknot.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What holds for every dose, checked against the simplest oracle: a timer that adds up the
 * phases it walks through.
 */
class DoseTimingTests {

    @Property
    void timeIsTheSumOfThePhases(@ForAll("timedDoses") Dose dose, @ForAll Sides sides) {
        Duration walked = dose.phases(sides).stream().map(TimerPhase::duration).reduce(Duration.ZERO, Duration::plus);

        assertThat(dose.time(sides)).isEqualTo(walked);
    }

    @Property
    void eachSideTakesExactlyTwiceAsLongAsNone(@ForAll("anyDose") Dose dose) {
        assertThat(dose.time(Sides.EACH_SIDE)).isEqualTo(dose.time(Sides.NONE).multipliedBy(2));
    }

    @Property
    void eachSideWalksThePhasesOfNoneOnTheLeftThenOnTheRight(@ForAll("timedDoses") Dose dose) {
        List<TimerPhase> once = dose.phases(Sides.NONE);
        List<TimerPhase> both = dose.phases(Sides.EACH_SIDE);

        assertThat(both).hasSize(2 * once.size());
        for (int i = 0; i < once.size(); i++) {
            assertThat(both.get(i).duration()).isEqualTo(once.get(i).duration());
            assertThat(both.get(once.size() + i).duration()).isEqualTo(once.get(i).duration());
            assertThat(both.get(i).label()).isIn(once.get(i).label(), once.get(i).label() + " (left side)");
            assertThat(both.get(once.size() + i).label()).isIn(once.get(i).label(), once.get(i).label() + " (right side)");
        }
    }

    @Property
    void timedDosesHavePhasesAndTakeTime(@ForAll("timedDoses") Dose dose, @ForAll Sides sides) {
        assertThat(dose.phases(sides)).isNotEmpty();
        assertThat(dose.time(sides)).isPositive();
    }

    @Property
    void everyDoseDescribesItself(@ForAll("anyDose") Dose dose) {
        assertThat(dose.describe()).isNotBlank().isEqualTo(dose.describe().strip());
    }

    @Property
    void holdIsSaneExactlyInsideFiveSecondsToFiveMinutesAndTenHolds(@ForAll("holds") Dose.Hold hold) {
        boolean sane = hold.min().toSeconds() >= 5 && hold.max().toSeconds() <= 300 && hold.holds() <= 10;

        assertThat(hold.saneRangeViolation().isEmpty()).isEqualTo(sane);
    }

    @Property
    void repsAreSaneExactlyUpToFiftyRepsAndTenSets(@ForAll("reps") Dose.Reps reps) {
        boolean sane = reps.reps() <= 50 && reps.sets() <= 10;

        assertThat(reps.saneRangeViolation().isEmpty()).isEqualTo(sane);
    }

    @Provide
    Arbitrary<Dose> timedDoses() {
        return Arbitraries.oneOf(holds(), timed(), reps(), cycles());
    }

    @Provide
    Arbitrary<Dose> anyDose() {
        return Arbitraries.oneOf(timedDoses(),
                Combinators.combine(Arbitraries.integers().between(1, 5000), Arbitraries.of("glasses", "steps"))
                        .as(Dose.Amount::new),
                Arbitraries.just(Dose.once()));
    }

    @Provide
    Arbitrary<Dose.Hold> holds() {
        return Combinators.combine(seconds(1, 900), seconds(0, 900), Arbitraries.integers().between(1, 15))
                .as((min, extra, holds) -> new Dose.Hold(min, min.plus(extra), holds));
    }

    @Provide
    Arbitrary<Dose.Reps> reps() {
        return Combinators.combine(Arbitraries.integers().between(1, 80), Arbitraries.integers().between(1, 15))
                .as(Dose.Reps::new);
    }

    private Arbitrary<Dose.Timed> timed() {
        return Combinators.combine(seconds(1, 4 * 3600), seconds(0, 4 * 3600))
                .as((min, extra) -> new Dose.Timed(min, min.plus(extra)));
    }

    private Arbitrary<Dose.Cycles> cycles() {
        Arbitrary<TimerPhase> phase = Combinators.combine(
                        Arbitraries.of("Inhale", "Hold", "Exhale", "Rest"), Arbitraries.longs().between(1, 120))
                .as(TimerPhase::seconds);
        return Combinators.combine(Arbitraries.integers().between(1, 30), phase.list().ofMinSize(1).ofMaxSize(6))
                .as(Dose.Cycles::new);
    }

    private static Arbitrary<Duration> seconds(long min, long max) {
        return Arbitraries.longs().between(min, max).map(Duration::ofSeconds);
    }
}
