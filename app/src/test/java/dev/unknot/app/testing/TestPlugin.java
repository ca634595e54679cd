package dev.unknot.app.testing;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.AdviceRule;
import dev.unknot.core.spi.PluginDescriptor;
import dev.unknot.core.spi.TechniquePlugin;
import java.time.LocalTime;
import java.util.List;

/**
 * The one plugin on the store tests' classpath (through {@code META-INF/services}): a little of
 * everything, so that the store's use of the library does not depend on the built-in plugins' prose.
 */
public final class TestPlugin implements TechniquePlugin {

    public static final String NECK_ROLL = "testkit/neck-roll";
    public static final String DESK_WALK = "testkit/desk-walk";
    public static final String PLANK = "testkit/plank";
    public static final String DESK_BREAK = "testkit/desk-break";
    public static final String HOURLY_WALK = "testkit/hourly-walk";
    public static final String DAILY_NECK_ROLL = "testkit/daily-neck-roll";
    public static final String PLANK_THREE_TIMES = "testkit/plank-three-times";
    public static final String WATER = "testkit/water";
    public static final String RED_FLAGS = "testkit/red-flags";
    public static final String TIP = "testkit/tip";
    /** A check-in note that makes {@link #TIP} give its INFO advisory. */
    public static final String ASK_FOR_A_TIP = "a tip, please";

    private static final Technique NECK = technique(NECK_ROLL, "Neck roll", Cause.POOR_POSTURE, Cause.STRESS);
    private static final Technique WALK = technique(DESK_WALK, "Walk around the office", Cause.LACK_OF_MOVEMENT);
    private static final Technique PLANK_HOLD = technique(PLANK, "Plank", Cause.MUSCLE_IMBALANCE);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("testkit", "Store test kit", "1.0.0", "Unknot tests");
    }

    @Override
    public List<Pillar> pillars() {
        return List.of(Pillar.of("testkit", "Test kit", "Content for the store's tests."));
    }

    @Override
    public List<Technique> techniques() {
        return List.of(NECK, WALK, PLANK_HOLD);
    }

    @Override
    public List<Routine> routines() {
        return List.of(Routine.of(
                DESK_BREAK, "Desk break", "Stand, walk, roll the neck.", RoutineStep.of(WALK), RoutineStep.of(NECK)));
    }

    @Override
    public List<HabitTemplate> habitTemplates() {
        return List.of(
                HabitTemplate.of(
                        HOURLY_WALK,
                        "Walk every hour",
                        "A short walk after each hour of sitting.",
                        HabitTarget.technique(DESK_WALK),
                        Schedule.everyHours(1, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                        Metric.yesNo()),
                HabitTemplate.of(
                        DAILY_NECK_ROLL,
                        "Daily neck roll",
                        "Roll the neck once a day.",
                        HabitTarget.technique(NECK_ROLL),
                        Schedule.daily(),
                        Metric.yesNo()),
                HabitTemplate.of(
                        PLANK_THREE_TIMES,
                        "Plank three times a week",
                        "Hold a plank.",
                        HabitTarget.technique(PLANK),
                        Schedule.timesPerWeek(3),
                        Metric.yesNo()),
                HabitTemplate.of(
                        WATER,
                        "8 glasses of water",
                        "Drink through the day.",
                        HabitTarget.custom("Drink water"),
                        Schedule.daily(),
                        Metric.measured("glasses", 8)));
    }

    @Override
    public List<AdviceRule> adviceRules() {
        return List.of(new RedFlags(), new Tip(), new Broken());
    }

    private static Technique technique(String id, String name, Cause... causes) {
        return Technique.builder(id)
                .name(name)
                .pillar("testkit")
                .summary("Helps with " + name.toLowerCase() + ".")
                .steps("Do it.", "Breathe.")
                .dose(Dose.minutes(1, 2))
                .bodyAreas(BodyArea.UPPER_BACK)
                .causes(causes)
                .build();
    }

    /** Urgent advice when any check-in of the last week reported a symptom. */
    static final class RedFlags implements AdviceRule {
        @Override
        public String id() {
            return RED_FLAGS;
        }

        @Override
        public List<Advisory> assess(History history) {
            boolean flagged =
                    history.lastDays(7).stream().map(CheckIn::symptoms).anyMatch(symptoms -> !symptoms.isEmpty());
            return flagged
                    ? List.of(new Advisory(
                            RED_FLAGS,
                            Advisory.Severity.URGENT,
                            "See a specialist",
                            "You reported a red flag this week."))
                    : List.of();
        }
    }

    /** Good-to-know advice when a check-in of the last week asked for it in its note. */
    static final class Tip implements AdviceRule {
        @Override
        public String id() {
            return TIP;
        }

        @Override
        public List<Advisory> assess(History history) {
            boolean asked = history.lastDays(7).stream()
                    .anyMatch(checkIn -> checkIn.note().equals(ASK_FOR_A_TIP));
            return asked
                    ? List.of(new Advisory(TIP, Advisory.Severity.INFO, "A tip", "Roll your shoulders back."))
                    : List.of();
        }
    }

    /** A rule with a bug: the store must skip it and carry on. */
    static final class Broken implements AdviceRule {
        @Override
        public String id() {
            return "testkit/broken";
        }

        @Override
        public List<Advisory> assess(History history) {
            throw new IllegalStateException("this rule is broken");
        }
    }
}
