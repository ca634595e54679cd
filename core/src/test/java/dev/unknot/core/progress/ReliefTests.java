package dev.unknot.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReliefTests {

    private static final HabitTarget CHILDS_POSE = HabitTarget.technique("stretching/childs-pose");
    private static final HabitTarget WIND_DOWN = HabitTarget.routine("breathing/wind-down");
    private static final HabitTarget WALK = HabitTarget.custom("A walk round the block");
    private static final HabitTarget HEAT = HabitTarget.technique("heat/pad");

    private static Habit habit(long id, HabitTarget target) {
        return new Habit(
                new HabitId(id),
                "Habit " + id,
                target,
                Schedule.daily(),
                Metric.yesNo(),
                LocalDate.of(2025, 6, 1),
                HabitStatus.ACTIVE);
    }

    private static CheckIn checkIn(long habit, Integer before, Integer after) {
        return new CheckIn(
                "phone-1",
                new HabitId(habit),
                Instant.parse("2025-06-10T08:00:00Z"),
                1,
                Optional.empty(),
                Optional.ofNullable(before).map(Tightness::of),
                Optional.ofNullable(after).map(Tightness::of),
                "",
                Set.of());
    }

    private static CheckIn checkIn(long habit, Integer before, Integer after, Integer painBefore, Integer painAfter) {
        return checkIn(habit, before, after)
                .withPain(
                        Optional.ofNullable(painBefore).map(Pain::of),
                        Optional.ofNullable(painAfter).map(Pain::of));
    }

    @Test
    void averagesTheDropPerTargetLargestFirstWithTheCheckInsItRestsOn() {
        List<Habit> habits = List.of(habit(1, CHILDS_POSE), habit(2, WIND_DOWN));
        List<CheckIn> checkIns = List.of(checkIn(2, 5, 4), checkIn(1, 7, 3), checkIn(1, 6, 4), checkIn(2, 6, 6));

        assertThat(Relief.perTarget(habits, checkIns))
                .containsExactly(
                        new Relief(CHILDS_POSE, "Habit 1", 6.5, 3.0, 2), new Relief(WIND_DOWN, "Habit 2", 5.5, 0.5, 2));
    }

    @Test
    void checkInsLackingTightnessBeforeOrAfterAreLeftOut() {
        List<Habit> habits = List.of(habit(1, CHILDS_POSE), habit(2, WIND_DOWN));
        List<CheckIn> checkIns =
                List.of(checkIn(1, 8, 2), checkIn(1, 9, null), checkIn(1, null, 0), checkIn(2, null, null));

        assertThat(Relief.perTarget(habits, checkIns)).containsExactly(new Relief(CHILDS_POSE, "Habit 1", 8.0, 6.0, 1));
    }

    @Test
    void aSumAddsItsOwnHabitsCheckInsWithBothValuesAndGivesWhatSummingAllAtOnceGives() {
        Relief.Sum kept = Relief.Sum.none(new HabitId(1)).plus(List.of(checkIn(1, 8, 2), checkIn(2, 9, 0)));
        Relief.Sum later = kept.plus(List.of(checkIn(1, 5, 6), checkIn(1, 7, null)));

        assertThat(kept).isEqualTo(new Relief.Sum(new HabitId(1), 1, 6, 8));
        assertThat(later).isEqualTo(new Relief.Sum(new HabitId(1), 2, 5, 13));
        assertThat(kept.plus(new Relief.Sum(new HabitId(1), 3, -2, 9)))
                .isEqualTo(new Relief.Sum(new HabitId(1), 4, 4, 17));
        assertThat(Relief.ofSums(List.of(habit(1, CHILDS_POSE)), List.of(later)))
                .isEqualTo(
                        Relief.perTarget(List.of(habit(1, CHILDS_POSE)), List.of(checkIn(1, 8, 2), checkIn(1, 5, 6))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> kept.plus(Relief.Sum.none(new HabitId(2))))
                .withMessage("cannot add a sum of habit 2 to one of 1");
    }

    @Test
    void checkInsOfHabitsNotGivenAreLeftOut() {
        assertThat(Relief.perTarget(List.of(habit(1, CHILDS_POSE)), List.of(checkIn(1, 5, 3), checkIn(9, 10, 0))))
                .containsExactly(new Relief(CHILDS_POSE, "Habit 1", 5.0, 2.0, 1));
    }

    @Test
    void onATiedDropTheTargetWithMoreCheckInsComesFirstAndWorseningComesLast() {
        List<Habit> habits = List.of(habit(1, CHILDS_POSE), habit(2, WIND_DOWN), habit(3, WALK), habit(4, HEAT));
        List<CheckIn> checkIns = List.of(
                checkIn(4, 3, 5),
                checkIn(1, 6, 4),
                checkIn(3, 5, 3),
                checkIn(3, 6, 4),
                checkIn(3, 4, 2),
                checkIn(2, 8, 3));

        assertThat(Relief.perTarget(habits, checkIns))
                .containsExactly(
                        new Relief(WIND_DOWN, "Habit 2", 8.0, 5.0, 1),
                        new Relief(WALK, "Habit 3", 5.0, 2.0, 3),
                        new Relief(CHILDS_POSE, "Habit 1", 6.0, 2.0, 1),
                        new Relief(HEAT, "Habit 4", 3.0, -2.0, 1));
    }

    @Test
    void habitsWithTheSameTargetShareOneReliefNamedByBothHabits() {
        List<Habit> habits = List.of(habit(1, CHILDS_POSE), habit(2, CHILDS_POSE));

        assertThat(Relief.perTarget(habits, List.of(checkIn(1, 6, 5), checkIn(2, 6, 2))))
                .containsExactly(new Relief(CHILDS_POSE, "Habit 1, Habit 2", 6.0, 2.5, 2));
    }

    @Test
    void noCheckInsGiveNoRelief() {
        assertThat(Relief.perTarget(List.of(habit(1, CHILDS_POSE)), List.of())).isEmpty();
    }

    @Test
    void reliefRestsOnAtLeastOneCheckIn() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Relief(WALK, "Walk", 5.0, 1.0, 0))
                .withMessage("relief rests on at least one check-in, was 0");
    }

    @Test
    void whatHelpsRanksOnlyWhatRestsOnFiveCheckInsAndShowsHowMany() {
        List<Habit> habits = List.of(habit(1, CHILDS_POSE), habit(2, WIND_DOWN));
        // Habit 2 drops more, but on four check-ins: not ranked yet.
        List<Relief.Sum> sums =
                List.of(new Relief.Sum(new HabitId(1), 5, 10, 30), new Relief.Sum(new HabitId(2), 4, 16, 28));

        assertThat(Relief.ofSums(habits, sums)).hasSize(2);
        assertThat(Relief.whatHelps(habits, sums)).containsExactly(new Relief(CHILDS_POSE, "Habit 1", 6.0, 2.0, 5));
        assertThat(Relief.whatHelps(habits, sums).get(0).sentence())
                .isEqualTo("Tightness after Habit 1: 4.0/10 vs. 6.0/10 before, over 5 check-ins: better.");
    }

    @Test
    void aReliefSentenceSaysBetterOnlyOnAMeaningfulChange() {
        // 6.5 to 5.4: 1.1 points and 17%, about the same; 5 to 3.5 is 30%, better; 3 to 5 worse.
        assertThat(new Relief(WALK, "Walk", 6.5, 1.1, 8).sentence())
                .isEqualTo("Tightness after Walk: 5.4/10 vs. 6.5/10 before, over 8 check-ins: about the same.");
        assertThat(new Relief(WALK, "Walk", 5.0, 1.5, 8).direction()).isEqualTo(MeaningfulChange.Direction.BETTER);
        assertThat(new Relief(WALK, "Walk", 3.0, -2.0, 6).direction()).isEqualTo(MeaningfulChange.Direction.WORSE);
    }

    @Test
    void painIsAveragedOverTheCheckInsThatRatedItBeforeAndAfterCountedApartFromTightness() {
        List<CheckIn> checkIns = List.of(
                checkIn(1, 7, 3, 5, 2),
                checkIn(1, 6, 4, 4, 2),
                checkIn(1, 6, 5, null, null),
                checkIn(1, null, null, 6, 3),
                checkIn(1, 5, 3, 3, null));

        // Tightness: 7→3, 6→4, 6→5, 5→3; pain: 5→2, 4→2, 6→3.
        assertThat(Relief.perTarget(List.of(habit(1, CHILDS_POSE)), checkIns))
                .containsExactly(
                        new Relief(CHILDS_POSE, "Habit 1", 6.0, 2.25, 4, Optional.of(new PainRelief(5.0, 8.0 / 3, 3))));
    }

    @Test
    void aSumAddsPainOnItsOwnAndGivesWhatSummingAllAtOnceGives() {
        Relief.Sum kept =
                Relief.Sum.none(new HabitId(1)).plus(List.of(checkIn(1, 8, 2, 6, 1), checkIn(1, null, 4, 7, 7)));
        Relief.Sum later = kept.plus(List.of(checkIn(1, 5, 6, 2, 4), checkIn(2, 9, 0, 9, 0)));

        assertThat(kept).isEqualTo(new Relief.Sum(new HabitId(1), 1, 6, 8, 2, 5, 13));
        assertThat(later).isEqualTo(new Relief.Sum(new HabitId(1), 2, 5, 13, 3, 3, 15));
        assertThat(kept.plus(new Relief.Sum(new HabitId(1), 1, 1, 5, 4, 8, 20)))
                .isEqualTo(new Relief.Sum(new HabitId(1), 2, 7, 13, 6, 13, 33));
        assertThat(Relief.ofSums(List.of(habit(1, CHILDS_POSE)), List.of(later)))
                .containsExactly(
                        new Relief(CHILDS_POSE, "Habit 1", 6.5, 2.5, 2, Optional.of(new PainRelief(5.0, 1.0, 3))));
    }

    @Test
    void painIsToldBesideTightnessNeverAloneButASharedTargetCountsEveryHabitsPain() {
        List<Habit> habits = List.of(habit(1, CHILDS_POSE), habit(2, WALK), habit(3, CHILDS_POSE));
        List<Relief.Sum> sums = List.of(
                new Relief.Sum(new HabitId(1), 5, 10, 30),
                new Relief.Sum(new HabitId(2), 0, 0, 0, 6, 12, 36),
                new Relief.Sum(new HabitId(3), 0, 0, 0, 5, 10, 20));

        assertThat(Relief.ofSums(habits, sums))
                .containsExactly(new Relief(
                        CHILDS_POSE, "Habit 1, Habit 3", 6.0, 2.0, 5, Optional.of(new PainRelief(4.0, 2.0, 5))));
    }

    @Test
    void aPainSentenceInTheSameWordsOnlyWhenPainRestsOnEnoughCheckIns() {
        Relief stretch = new Relief(WALK, "Morning stretch", 6.0, 3.0, 9, Optional.of(new PainRelief(4.5, 2.5, 7)));
        Relief fewPain = new Relief(WALK, "Morning stretch", 6.0, 3.0, 9, Optional.of(new PainRelief(4.5, 2.5, 4)));

        assertThat(stretch.painSentence())
                .contains("Pain after Morning stretch: 2.0/10 vs. 4.5/10 before, over 7 check-ins: better.");
        assertThat(stretch.painRestingOnEnough()).isEqualTo(stretch.pain());
        assertThat(fewPain.painSentence()).isEmpty();
        assertThat(fewPain.painRestingOnEnough()).isEmpty();
        assertThat(new Relief(WALK, "Walk", 6.0, 3.0, 9).painSentence()).isEmpty();
        assertThat(fewPain.sentence()).isEqualTo(stretch.sentence());
    }

    @Test
    void painsDirectionFollowsTheMeaningfulChangeRule() {
        // 6 to 5: 1 point and 17%, about the same; 2 to 3 is 1 point but 50%, worse; 5 to 3.5 is 30%.
        assertThat(new PainRelief(6.0, 1.0, 5).direction()).isEqualTo(MeaningfulChange.Direction.ABOUT_THE_SAME);
        assertThat(new PainRelief(2.0, -1.0, 5).direction()).isEqualTo(MeaningfulChange.Direction.WORSE);
        assertThat(new PainRelief(5.0, 1.5, 5).direction()).isEqualTo(MeaningfulChange.Direction.BETTER);
        assertThat(new Relief(WALK, "Walk", 5.0, 0.0, 6, Optional.of(new PainRelief(6.0, 1.0, 5))).painSentence())
                .contains("Pain after Walk: 5.0/10 vs. 6.0/10 before, over 5 check-ins: about the same.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PainRelief(5.0, 1.0, 0))
                .withMessage("pain relief rests on at least one check-in, was 0");
    }

    /** Rating pain, or not, never moves a tightness figure, the ranking or which targets are told. */
    @Property(tries = 300)
    void painNeverChangesTheTightnessFigures(@ForAll("checkIns") List<CheckIn> checkIns) {
        List<Habit> habits = List.of(habit(1, CHILDS_POSE), habit(2, WIND_DOWN), habit(3, CHILDS_POSE));
        List<CheckIn> withoutPain = checkIns.stream()
                .map(checkIn -> checkIn.withPain(Optional.empty(), Optional.empty()))
                .toList();

        List<Relief> relief = Relief.perTarget(habits, checkIns);
        List<Relief> tightnessOnly = Relief.perTarget(habits, withoutPain);

        assertThat(relief.stream()
                        .map(each -> new Relief(
                                each.target(),
                                each.habits(),
                                each.averageBefore(),
                                each.averageDrop(),
                                each.checkIns()))
                        .toList())
                .isEqualTo(tightnessOnly);
        for (Relief each : relief) {
            each.pain().ifPresent(pain -> {
                assertThat(each.painSentence().isPresent()).isEqualTo(pain.checkIns() >= Relief.ENOUGH_CHECK_INS);
                assertThat(each.painSentence()
                                .map(sentence -> sentence.endsWith(": better."))
                                .orElse(false))
                        .isEqualTo(pain.restsOnEnough()
                                && MeaningfulChange.between(pain.averageBefore(), pain.averageAfter())
                                        == MeaningfulChange.Direction.BETTER);
            });
        }
    }

    @Provide
    Arbitrary<List<CheckIn>> checkIns() {
        Arbitrary<Integer> level = Arbitraries.integers().between(0, 10).injectNull(0.3);
        return Combinators.combine(Arbitraries.longs().between(1, 4), level, level, level, level)
                .as(ReliefTests::checkIn)
                .list()
                .ofMaxSize(30);
    }
}
