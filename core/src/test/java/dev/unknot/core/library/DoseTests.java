package dev.unknot.core.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DoseTests {

    private static final Dose.Cycles BOX_BREATHING = Dose.cycles(
            4,
            TimerPhase.seconds("Inhale", 4),
            TimerPhase.seconds("Hold", 4),
            TimerPhase.seconds("Exhale", 4),
            TimerPhase.seconds("Hold", 4));

    // --- Hold -------------------------------------------------------------------------------

    @Test
    void holdTwentyToThirtySecondsCountsTheUpperEnd() {
        Dose.Hold hold = Dose.hold(20, 30);

        assertThat(hold.describe()).isEqualTo("hold 20–30 s");
        assertThat(hold.time(Sides.NONE)).isEqualTo(Duration.ofSeconds(30));
        assertThat(hold.phases(Sides.NONE)).containsExactly(TimerPhase.seconds("Hold", 30));
    }

    @Test
    void holdOnEachSideCountsUpperEndTwice() {
        Dose.Hold hold = Dose.hold(20, 30);

        assertThat(hold.time(Sides.EACH_SIDE)).isEqualTo(Duration.ofSeconds(60));
        assertThat(hold.phases(Sides.EACH_SIDE))
                .containsExactly(
                        TimerPhase.seconds("Hold (left side)", 30), TimerPhase.seconds("Hold (right side)", 30));
    }

    @Test
    void repeatedHoldsAreNumberedOnEachSide() {
        Dose.Hold hold = Dose.hold(20, 30).times(2);

        assertThat(hold.describe()).isEqualTo("hold 20–30 s × 2");
        assertThat(hold.time(Sides.EACH_SIDE)).isEqualTo(Duration.ofSeconds(120));
        assertThat(hold.phases(Sides.EACH_SIDE))
                .extracting(TimerPhase::label)
                .containsExactly(
                        "Hold 1 of 2 (left side)", "Hold 2 of 2 (left side)",
                        "Hold 1 of 2 (right side)", "Hold 2 of 2 (right side)");
    }

    @Test
    void holdOfOneLengthDescribesOneValue() {
        assertThat(Dose.hold(30, 30).describe()).isEqualTo("hold 30 s");
        assertThat(Dose.hold(30, 90).describe()).isEqualTo("hold 30 s–1 min 30 s");
    }

    @Test
    void holdRejectsMinAboveMaxAndLessThanASecond() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.hold(30, 20))
                .withMessage("hold minimum 30 s is above its maximum 20 s");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.hold(0, 20))
                .withMessage("hold must last at least one second, was PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.hold(-5, 20))
                .withMessage("hold must last at least one second, was PT-5S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.hold(20, 30).times(0))
                .withMessageStartingWith("number of holds must be between 1 and ");
    }

    // --- Timed ------------------------------------------------------------------------------

    @Test
    void oneToTwoMinutesTakesTwoMinutes() {
        Dose.Timed timed = Dose.minutes(1, 2);

        assertThat(timed.describe()).isEqualTo("1–2 min");
        assertThat(timed.time(Sides.NONE)).isEqualTo(Duration.ofSeconds(120));
        assertThat(timed.phases(Sides.NONE)).containsExactly(TimerPhase.seconds("Go", 120));
        assertThat(timed.phases(Sides.EACH_SIDE))
                .extracting(TimerPhase::label)
                .containsExactly("Go (left side)", "Go (right side)");
    }

    @Test
    void tenMinutesReadsAsOneValue() {
        assertThat(Dose.minutes(10).describe()).isEqualTo("10 min");
        assertThat(Dose.minutes(10).time(Sides.NONE)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void timedRejectsMinAboveMax() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.minutes(3, 2))
                .withMessage("time minimum 3 min is above its maximum 2 min");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.minutes(0))
                .withMessage("time must last at least one second, was PT0S");
    }

    // --- Reps -------------------------------------------------------------------------------

    @Test
    void tenRepsTimesTwoSetsTakesNinetySeconds() {
        Dose.Reps reps = Dose.reps(10, 2);

        assertThat(reps.describe()).isEqualTo("10 reps × 2 sets");
        // 2 sets · 10 reps · 3 s + 30 s rest between them
        assertThat(reps.time(Sides.NONE)).isEqualTo(Duration.ofSeconds(90));
        assertThat(reps.phases(Sides.NONE))
                .containsExactly(
                        TimerPhase.seconds("Set 1 of 2: 10 reps", 30),
                        TimerPhase.seconds("Rest", 30),
                        TimerPhase.seconds("Set 2 of 2: 10 reps", 30));
    }

    @Test
    void repsOnEachSideRepeatTheSetsPerSide() {
        Dose.Reps reps = Dose.reps(10, 2);

        assertThat(reps.time(Sides.EACH_SIDE)).isEqualTo(Duration.ofSeconds(180));
        assertThat(reps.phases(Sides.EACH_SIDE))
                .extracting(TimerPhase::label)
                .containsExactly(
                        "Set 1 of 2: 10 reps (left side)",
                        "Rest",
                        "Set 2 of 2: 10 reps (left side)",
                        "Set 1 of 2: 10 reps (right side)",
                        "Rest",
                        "Set 2 of 2: 10 reps (right side)");
    }

    @Test
    void oneSetReadsInTheSingularAndHasNoRest() {
        Dose.Reps reps = Dose.reps(12, 1);

        assertThat(reps.describe()).isEqualTo("12 reps × 1 set");
        assertThat(reps.phases(Sides.NONE)).containsExactly(TimerPhase.seconds("Set 1 of 1: 12 reps", 36));
    }

    @Test
    void repsRejectZeroRepsOrSets() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.reps(0, 2))
                .withMessageStartingWith("reps must be between 1 and ")
                .withMessageEndingWith(", was 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.reps(10, -1))
                .withMessageStartingWith("sets must be between 1 and ")
                .withMessageEndingWith(", was -1");
    }

    // --- Cycles -----------------------------------------------------------------------------

    @Test
    void boxBreathingIsSixteenPhasesInSixtyFourSeconds() {
        assertThat(BOX_BREATHING.phases(Sides.NONE)).hasSize(16);
        assertThat(BOX_BREATHING.phases(Sides.NONE).subList(0, 4))
                .extracting(TimerPhase::label)
                .containsExactly("Inhale", "Hold", "Exhale", "Hold");
        assertThat(BOX_BREATHING.time(Sides.NONE)).isEqualTo(Duration.ofSeconds(64));
        assertThat(BOX_BREATHING.cycleTime()).isEqualTo(Duration.ofSeconds(16));
        assertThat(BOX_BREATHING.describe()).isEqualTo("4 cycles of inhale 4 s · hold 4 s · exhale 4 s · hold 4 s");
    }

    @Test
    void boxBreathingDescribesTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(BOX_BREATHING.describe()).isEqualTo("4 cycles of inhale 4 s · hold 4 s · exhale 4 s · hold 4 s");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void oneCycleReadsInTheSingular() {
        assertThat(Dose.cycles(1, TimerPhase.seconds("Breathe in", 5)).describe())
                .isEqualTo("1 cycle of breathe in 5 s");
    }

    @Test
    void cyclesRejectAnEmptyPatternOrNoCycles() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.cycles(4))
                .withMessage("a cycle needs at least one phase");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.cycles(0, TimerPhase.seconds("Inhale", 4)))
                .withMessageStartingWith("cycles must be between 1 and ");
    }

    @Test
    void cyclePatternIsAnImmutableCopy() {
        List<TimerPhase> pattern = new ArrayList<>(List.of(TimerPhase.seconds("Inhale", 4)));
        Dose.Cycles cycles = new Dose.Cycles(2, pattern);

        pattern.add(TimerPhase.seconds("Exhale", 4));

        assertThat(cycles.pattern()).hasSize(1);
        assertThatThrownBy(() -> cycles.pattern().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // --- Untimed doses ----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Sides.class)
    void amountAndOnceTakeNoTimeAndHaveNoPhases(Sides sides) {
        for (Dose dose : List.of(Dose.daily(8, "glasses"), Dose.once())) {
            assertThat(dose.time(sides)).isZero();
            assertThat(dose.phases(sides)).isEmpty();
        }
    }

    @Test
    void amountAndOnceDescribeThemselves() {
        assertThat(Dose.daily(8, " glasses ").describe()).isEqualTo("8 glasses a day");
        assertThat(Dose.once().describe()).isEqualTo("once, then keep it up");
    }

    @Test
    void amountRejectsZeroOrABlankUnit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.daily(0, "glasses"))
                .withMessageStartingWith("amount must be between 1 and ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dose.daily(8, " "))
                .withMessage("unit must not be blank");
    }

    // --- Timer phases -----------------------------------------------------------------------

    @Test
    void timerPhaseLastsAtLeastASecondAndHasALabel() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimerPhase.seconds("Inhale", 0))
                .withMessage("timer phase 'Inhale' must last at least one second, was PT0S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TimerPhase("Inhale", Duration.ofMillis(999)))
                .withMessage("timer phase 'Inhale' must last at least one second, was PT0.999S");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimerPhase.seconds(" ", 4))
                .withMessage("timer phase label must not be blank");
    }

    // --- Sane ranges ------------------------------------------------------------------------

    @Test
    void guideDosesAreSane() {
        List<Dose> guide = List.of(
                Dose.hold(20, 30),
                Dose.hold(20, 30).times(3),
                Dose.minutes(1, 2),
                Dose.reps(10, 2),
                Dose.minutes(10),
                BOX_BREATHING,
                Dose.daily(8, "glasses"),
                Dose.once());

        assertThat(guide)
                .allSatisfy(dose -> assertThat(dose.saneRangeViolation())
                        .as(dose.describe())
                        .isEmpty());
    }

    @Test
    void saneRangesIncludeTheirEdges() {
        assertThat(Dose.hold(5, 300).saneRangeViolation()).isEmpty();
        assertThat(Dose.hold(20, 30).times(10).saneRangeViolation()).isEmpty();
        assertThat(new Dose.Timed(Duration.ofSeconds(10), Duration.ofHours(2)).saneRangeViolation())
                .isEmpty();
        assertThat(Dose.reps(50, 10).saneRangeViolation()).isEmpty();
        assertThat(Dose.cycles(100, TimerPhase.seconds("Breathe", 300)).saneRangeViolation())
                .isEmpty();
        assertThat(Dose.daily(1000, "steps").saneRangeViolation()).isEmpty();
    }

    @Test
    void twentyMinuteHoldIsNotSane() {
        assertThat(Dose.hold(20 * 60, 20 * 60).saneRangeViolation()).contains("a hold longer than 5 min (20 min)");
    }

    @Test
    void threeSecondHoldIsNotSane() {
        assertThat(Dose.hold(3, 3).saneRangeViolation()).contains("a hold shorter than 5 s (3 s)");
    }

    @Test
    void elevenHoldsInARowAreNotSane() {
        assertThat(Dose.hold(20, 30).times(11).saneRangeViolation()).contains("more than 10 holds in a row (11)");
    }

    @Test
    void sixtyRepsAreNotSane() {
        assertThat(Dose.reps(60, 1).saneRangeViolation()).contains("more than 50 reps in a set (60)");
    }

    @Test
    void elevenSetsAreNotSane() {
        assertThat(Dose.reps(10, 11).saneRangeViolation()).contains("more than 10 sets (11)");
    }

    @Test
    void threeHourTimedDoseIsNotSane() {
        assertThat(Dose.minutes(180).saneRangeViolation()).contains("a timed dose longer than 2 h (3 h)");
        assertThat(new Dose.Timed(Duration.ofSeconds(5), Duration.ofSeconds(5)).saneRangeViolation())
                .contains("a timed dose shorter than 10 s (5 s)");
    }

    @Test
    void longCyclesAreNotSane() {
        assertThat(Dose.cycles(101, TimerPhase.seconds("Breathe", 4)).saneRangeViolation())
                .contains("more than 100 cycles (101)");
        assertThat(Dose.cycles(1, TimerPhase.seconds("Breathe", 301)).saneRangeViolation())
                .contains("a single cycle longer than 5 min (5 min 1 s)");
    }

    @Test
    void hugeDailyAmountIsNotSane() {
        assertThat(Dose.daily(1001, "glasses").saneRangeViolation()).contains("more than 1000 glasses a day");
    }
}
