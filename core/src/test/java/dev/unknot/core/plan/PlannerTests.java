package dev.unknot.core.plan;

import static dev.unknot.core.library.Cause.DEHYDRATION_OR_POOR_NUTRITION;
import static dev.unknot.core.library.Cause.LACK_OF_MOVEMENT;
import static dev.unknot.core.library.Cause.MUSCLE_IMBALANCE;
import static dev.unknot.core.library.Cause.OVERUSE;
import static dev.unknot.core.library.Cause.POOR_POSTURE;
import static dev.unknot.core.library.Cause.STRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import dev.unknot.core.Samples;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plan for each cause, on a small library shaped like the built-in one: a pillar per remedy,
 * and templates that address several causes at once so that the remedy, not the breadth, decides.
 */
class PlannerTests {

    static final List<String> PILLARS = List.of(
            "movement", "stretching", "ergonomics", "breathing", "massage", "strength", "foam-rolling", "nutrition");

    static Technique technique(String id, Cause... causes) {
        return Technique.builder(id)
                .name("Technique " + id)
                .pillar(id.substring(0, id.indexOf('/')))
                .summary("Helps with " + id + ".")
                .steps("Do it.")
                .dose(Dose.minutes(2))
                .bodyAreas(BodyArea.LOWER_BACK)
                .causes(causes)
                .build();
    }

    static final Technique WALK = technique("movement/walk-after-sitting", LACK_OF_MOVEMENT, POOR_POSTURE);
    static final Technique HIP_CIRCLES = technique("movement/hip-circles", LACK_OF_MOVEMENT);
    static final Technique TWIST = technique("stretching/seated-twist", POOR_POSTURE, LACK_OF_MOVEMENT);
    static final Technique SIT_STAND = technique("ergonomics/sit-stand-desk", POOR_POSTURE, LACK_OF_MOVEMENT);
    static final Technique SCREEN = technique("ergonomics/screen-at-eye-level", POOR_POSTURE);
    static final Technique BOX = technique("breathing/box", STRESS);
    static final Technique TENNIS_BALL = technique("massage/tennis-ball", POOR_POSTURE, OVERUSE, STRESS);
    static final Technique BRIDGE = technique("strength/glute-bridge", MUSCLE_IMBALANCE);
    static final Technique ROLL = technique("foam-rolling/lower-back-roll", LACK_OF_MOVEMENT, OVERUSE);
    static final Technique WATER = technique("nutrition/water", DEHYDRATION_OR_POOR_NUTRITION);
    static final Technique MAGNESIUM = technique("nutrition/magnesium", DEHYDRATION_OR_POOR_NUTRITION);

    static final Routine DESK_RESET = Samples.routine("movement/desk-reset", HIP_CIRCLES, TWIST);
    static final Routine WIND_DOWN = Samples.routine("breathing/wind-down", BOX);

    static HabitTemplate template(String id, Technique technique, Schedule schedule) {
        return template(id, technique, schedule, Metric.yesNo());
    }

    static HabitTemplate template(String id, Technique technique, Schedule schedule, Metric metric) {
        return HabitTemplate.of(
                id,
                "Habit " + id,
                "A habit.",
                HabitTarget.technique(technique.id().value()),
                schedule,
                metric);
    }

    static Schedule everyHours(int hours) {
        return Schedule.everyHours(hours, LocalTime.of(9, 0), LocalTime.of(17, 0));
    }

    static final HabitTemplate WALK_EVERY_HOUR = template("movement/walk-every-hour", WALK, everyHours(1));
    static final HabitTemplate HIPS_EVERY_TWO_HOURS =
            template("movement/hip-circles-every-two-hours", HIP_CIRCLES, everyHours(2));
    static final HabitTemplate TWIST_AFTER_SITTING = template("stretching/twist-after-sitting", TWIST, everyHours(2));
    static final HabitTemplate ALTERNATE =
            template("ergonomics/alternate-sitting-and-standing", SIT_STAND, everyHours(1));
    static final HabitTemplate SCREEN_CHECK =
            template("ergonomics/weekly-screen-check", SCREEN, Schedule.on(DayOfWeek.MONDAY));
    static final HabitTemplate DAILY_BOX = template("breathing/daily-box", BOX, Schedule.daily());
    static final HabitTemplate TENNIS_BALL_HABIT =
            template("massage/tennis-ball", TENNIS_BALL, Schedule.timesPerWeek(3));
    static final HabitTemplate BRIDGES = template("strength/bridges", BRIDGE, Schedule.timesPerWeek(3));
    static final HabitTemplate ROLL_HABIT = template("foam-rolling/roll", ROLL, Schedule.timesPerWeek(3));
    static final HabitTemplate DAILY_MAGNESIUM =
            template("nutrition/daily-magnesium", MAGNESIUM, Schedule.daily(), Metric.measured("servings", 2));
    static final HabitTemplate EIGHT_GLASSES =
            template("nutrition/eight-glasses", WATER, Schedule.daily(), Metric.measured("glasses", 8));

    static final List<Technique> TECHNIQUES =
            List.of(WALK, HIP_CIRCLES, TWIST, SIT_STAND, SCREEN, BOX, TENNIS_BALL, BRIDGE, ROLL, WATER, MAGNESIUM);
    static final List<HabitTemplate> TEMPLATES = List.of(
            WALK_EVERY_HOUR,
            HIPS_EVERY_TWO_HOURS,
            TWIST_AFTER_SITTING,
            ALTERNATE,
            SCREEN_CHECK,
            DAILY_BOX,
            TENNIS_BALL_HABIT,
            BRIDGES,
            ROLL_HABIT,
            DAILY_MAGNESIUM,
            EIGHT_GLASSES);

    static Library library() {
        return library(TECHNIQUES, TEMPLATES, List.of(DESK_RESET, WIND_DOWN));
    }

    static Library library(List<Technique> techniques, List<HabitTemplate> templates, List<Routine> routines) {
        List<Pillar> pillars = PILLARS.stream().map(Samples::pillar).toList();
        return Library.of(pillars, techniques, routines, templates);
    }

    /** Sitting 4 h, calm, three strength sessions, upright, no strain, eight glasses: nothing applies. */
    static Assessment wellKept() {
        return new Assessment(4, 3, 3, false, false, 8);
    }

    static List<String> ids(Plan plan) {
        return plan.items().stream().map(PlanItem::id).toList();
    }

    static Map<String, String> reasons(Plan plan) {
        Map<String, String> reasons = new java.util.LinkedHashMap<>();
        plan.items().forEach(item -> reasons.put(item.id(), item.reason()));
        return reasons;
    }

    @Test
    void nineHoursSittingAndThreeGlassesProposeMovementBreaksAndWater() {
        Plan plan = Planner.propose(new Assessment(9, 3, 3, false, false, 3), library());

        assertThat(plan.causes())
                .containsExactly(
                        entry(LACK_OF_MOVEMENT, 0.9),
                        entry(POOR_POSTURE, 0.6),
                        entry(DEHYDRATION_OR_POOR_NUTRITION, 0.5));
        assertThat(reasons(plan))
                .containsExactly(
                        // Movement breaks: the hourly walk beats the two-hourly hip circles.
                        entry("movement/walk-every-hour", "You sit 9 hours a day."),
                        // Eight hours' sitting also points at posture: an ergonomic change.
                        entry("ergonomics/alternate-sitting-and-standing", "You sit 9 hours a day."),
                        // Counting glasses beats the other nutrition habit.
                        entry("nutrition/eight-glasses", "You drink 3 glasses of water a day."),
                        entry("movement/desk-reset", "You sit 9 hours a day."));
        assertThat(plan.item("movement/walk-every-hour").orElseThrow().causes()).containsExactly(LACK_OF_MOVEMENT);
        assertThat(plan.routine().orElseThrow().schedule()).isEqualTo(Schedule.daily());
    }

    @Test
    void sittingAloneProposesTheMostFrequentMovementBreak() {
        Plan plan = Planner.propose(new Assessment(6, 3, 3, false, false, 8), library());

        assertThat(reasons(plan))
                .containsExactly(
                        entry("movement/walk-every-hour", "You sit 6 hours a day."),
                        entry("movement/desk-reset", "You sit 6 hours a day."));
    }

    @Test
    void slouchingProposesAnErgonomicChange() {
        Plan plan = Planner.propose(new Assessment(4, 3, 3, true, false, 8), library());

        // The sit-stand desk and the screen check tie on weight: the first id wins.
        assertThat(reasons(plan))
                .containsExactly(
                        entry("ergonomics/alternate-sitting-and-standing", "You often slouch or crane at a screen."),
                        entry("movement/desk-reset", "You often slouch or crane at a screen."));
    }

    @Test
    void stressProposesBreathingNotTheMassageThatAlsoAddressesIt() {
        Plan plan = Planner.propose(new Assessment(4, 8, 3, false, false, 8), library());

        assertThat(reasons(plan))
                .containsExactly(
                        entry("breathing/daily-box", "Your stress is 8 out of 10 on most days."),
                        entry("breathing/wind-down", "Your stress is 8 out of 10 on most days."));
    }

    @Test
    void littleStrengthWorkProposesStrengthWork() {
        assertThat(reasons(Planner.propose(new Assessment(4, 3, 0, false, false, 8), library())))
                .containsExactly(entry("strength/bridges", "You do no strength or core work."));
        assertThat(reasons(Planner.propose(new Assessment(4, 3, 1, false, false, 8), library())))
                .containsExactly(entry("strength/bridges", "You do one strength or core session a week."));
    }

    @Test
    void strainProposesRecovery() {
        Plan plan = Planner.propose(new Assessment(4, 3, 3, false, true, 8), library());

        // Foam rolling and the tennis ball both recover; they tie on weight and the first id wins.
        assertThat(reasons(plan))
                .containsExactly(entry(
                        "foam-rolling/roll",
                        "Your work or training means heavy lifting or the same movement over and over."));
        assertThat(plan.routine()).isEmpty();
    }

    @Test
    void littleWaterProposesCountingGlasses() {
        assertThat(reasons(Planner.propose(new Assessment(4, 3, 3, false, false, 1), library())))
                .containsExactly(entry("nutrition/eight-glasses", "You drink 1 glass of water a day."));
        assertThat(reasons(Planner.propose(new Assessment(4, 3, 3, false, false, 0), library())))
                .containsExactly(entry("nutrition/eight-glasses", "You drink hardly any water."));
    }

    @Test
    void everyCauseAtOnceGetsItsOwnRemedyEachOnce() {
        Plan plan = Planner.propose(new Assessment(10, 8, 0, true, true, 0), library());

        assertThat(plan.causes().keySet())
                .containsExactly(
                        POOR_POSTURE,
                        LACK_OF_MOVEMENT,
                        DEHYDRATION_OR_POOR_NUTRITION,
                        MUSCLE_IMBALANCE,
                        STRESS,
                        OVERUSE);
        assertThat(reasons(plan))
                .containsExactly(
                        entry("ergonomics/alternate-sitting-and-standing", "You often slouch or crane at a screen."),
                        entry("movement/walk-every-hour", "You sit 10 hours a day."),
                        entry("nutrition/eight-glasses", "You drink hardly any water."),
                        entry("strength/bridges", "You do no strength or core work."),
                        entry("breathing/daily-box", "Your stress is 8 out of 10 on most days."),
                        // The tennis ball recovers and also eases posture and stress: more weight.
                        entry(
                                "massage/tennis-ball",
                                "Your work or training means heavy lifting or the same movement over and over."),
                        entry("movement/desk-reset", "You often slouch or crane at a screen; you sit 10 hours a day."));
    }

    @Test
    void aTemplateBestForTwoCausesIsProposedOnceWithBothReasons() {
        // Without the walk, hip circles and screen check, the sit-stand desk is the best hourly
        // break (a near fit) and the only ergonomic change.
        Library library = library(TECHNIQUES, List.of(ALTERNATE, TWIST_AFTER_SITTING, EIGHT_GLASSES), List.of());

        Plan plan = Planner.propose(new Assessment(9, 3, 3, true, false, 8), library);

        assertThat(ids(plan)).containsExactly("ergonomics/alternate-sitting-and-standing");
        PlanItem item = plan.items().get(0);
        assertThat(item.causes()).containsExactly(POOR_POSTURE, LACK_OF_MOVEMENT);
        assertThat(item.reason()).isEqualTo("You often slouch or crane at a screen; you sit 9 hours a day.");
    }

    @Test
    void withoutItsRemedyACauseTakesAnyHabitThatAddressesIt() {
        Library noErgonomics = library(TECHNIQUES, List.of(TWIST_AFTER_SITTING, DAILY_BOX), List.of());

        Plan plan = Planner.propose(new Assessment(4, 3, 3, true, false, 8), noErgonomics);

        assertThat(reasons(plan))
                .containsExactly(entry("stretching/twist-after-sitting", "You often slouch or crane at a screen."));
    }

    @Test
    void noCauseAtAllGivesAGentleMaintenancePlanWithItsReason() {
        Plan plan = Planner.propose(wellKept(), library());

        assertThat(plan.causes()).isEmpty();
        // The templates addressing the most causes, then the broadest routine.
        assertThat(ids(plan))
                .containsExactly(
                        "massage/tennis-ball", "ergonomics/alternate-sitting-and-standing", "movement/desk-reset");
        assertThat(plan.items())
                .allSatisfy(item -> assertThat(item.reason())
                        .isEqualTo("Nothing in your answers stands out: a little every day keeps your back loose."));
    }

    @Test
    void weightsGivenWithoutAnswersAreTheReason() {
        Plan plan = Planner.propose(Map.of(STRESS, 0.7), library());

        assertThat(reasons(plan))
                .containsExactly(
                        entry("breathing/daily-box", "Stress and anxiety weighs 70% in what you gave."),
                        entry("breathing/wind-down", "Stress and anxiety weighs 70% in what you gave."));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Planner.propose(Map.of(STRESS, 1.5), library()))
                .withMessage("the weight of stress must be between 0 and 1, was 1.5");
    }

    @Test
    void aRoutineFollowedByAProposedTemplateIsNotProposedAgain() {
        HabitTemplate windDownDaily = HabitTemplate.of(
                "breathing/wind-down-daily",
                "Wind down",
                "Every evening.",
                HabitTarget.routine("breathing/wind-down"),
                Schedule.daily(),
                Metric.yesNo());
        Library library = library(TECHNIQUES, List.of(windDownDaily), List.of(WIND_DOWN));

        Plan plan = Planner.propose(new Assessment(4, 10, 3, false, false, 8), library);

        assertThat(ids(plan)).containsExactly("breathing/wind-down-daily");
    }

    @Test
    void anEmptyLibraryProposesNothingButStillWeighsTheCauses() {
        Plan plan = Planner.propose(new Assessment(10, 9, 3, false, false, 8), Library.empty());

        assertThat(plan.items()).isEmpty();
        assertThat(plan.causes()).containsOnlyKeys(LACK_OF_MOVEMENT, STRESS, POOR_POSTURE);
    }

    @Test
    void aHabitTargetAddressesTheCausesOfItsTechniqueOrOfItsRoutinesTechniques() {
        Library library = library();

        assertThat(Planner.causesOf(HabitTarget.technique("ergonomics/sit-stand-desk"), library))
                .containsExactlyInAnyOrder(LACK_OF_MOVEMENT, POOR_POSTURE);
        assertThat(Planner.causesOf(HabitTarget.routine("breathing/wind-down"), library))
                .containsExactly(STRESS);
        assertThat(Planner.causesOf(HabitTarget.custom("Write down what helped"), library))
                .isEmpty();
        assertThat(Planner.causesOf(HabitTarget.technique("movement/unknown"), library))
                .isEmpty();
    }

    @Test
    void aShapedPlanLeavesOutWhatWasUntickedAndTakesTheSchedulesChosen() {
        Plan plan = Planner.propose(new Assessment(9, 3, 3, false, false, 3), library());

        Plan shaped = plan.shaped(
                Set.of("ergonomics/alternate-sitting-and-standing"),
                Map.of("nutrition/eight-glasses", Schedule.on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)));

        assertThat(ids(shaped))
                .containsExactly("movement/walk-every-hour", "nutrition/eight-glasses", "movement/desk-reset");
        assertThat(shaped.item("nutrition/eight-glasses").orElseThrow().schedule())
                .isEqualTo(Schedule.on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        assertThat(shaped.item("movement/walk-every-hour").orElseThrow().schedule())
                .isEqualTo(everyHours(1));
        assertThat(shaped.causes()).isEqualTo(plan.causes());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> plan.shaped(Set.of("yoga/flow"), Map.of()))
                .withMessage("'yoga/flow' is not in the plan");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> plan.shaped(Set.of(), Map.of("yoga/flow", Schedule.daily())))
                .withMessage("'yoga/flow' is not in the plan");
    }
}
