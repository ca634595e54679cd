package dev.unknot.plugin.movement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.spi.TechniquePlugin;
import dev.unknot.tck.TechniquePluginContract;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class MovementPluginTests extends TechniquePluginContract {

    private final MovementPlugin movement = new MovementPlugin();

    @Override
    protected TechniquePlugin plugin() {
        return new MovementPlugin();
    }

    @Test
    void teachesTheGuidesWalkTiltsCirclesRollsAndYoga() {
        assertThat(movement.techniques())
                .extracting(technique -> technique.id().value())
                .containsExactlyInAnyOrder(
                        "movement/walk-after-sitting",
                        "movement/pelvic-tilts",
                        "movement/hip-circles",
                        "movement/shoulder-rolls",
                        "movement/gentle-yoga-flow");
    }

    @Test
    void walksTenMinutesEachHourOfSittingAndSpreadsTheRestThroughTheDay() {
        assertThat(technique("movement/walk-after-sitting").dose()).isEqualTo(Dose.minutes(10));
        HabitTemplate walk = template("movement/walk-after-each-hour-of-sitting");
        assertThat(walk.target()).isEqualTo(HabitTarget.technique("movement/walk-after-sitting"));
        assertThat(walk.schedule()).isEqualTo(Schedule.everyHours(1, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        assertThat(walk.metric()).isEqualTo(Metric.yesNo());
        assertThat(template("movement/hips-and-shoulders-through-the-day").schedule())
                .isEqualTo(Schedule.everyHours(2, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        assertThat(template("movement/daily-morning-mobility").schedule()).isEqualTo(Schedule.daily());
    }

    @Test
    void morningFlowTakesFiveMinutesAndDeskBreakUnderFive() {
        Routine morning = routine("movement/morning-mobility-flow");
        assertThat(morning.steps())
                .extracting(step -> step.technique().value())
                .containsExactly(
                        "stretching/cat-cow",
                        "movement/pelvic-tilts",
                        "movement/hip-circles",
                        "movement/shoulder-rolls");
        // 30 s cat-cow + 3 × (10 reps × 3 s, 30 s rest, 10 reps × 3 s)
        assertThat(morning.totalTime()).isEqualTo(Duration.ofMinutes(5));

        Routine deskBreak = routine("movement/desk-break");
        assertThat(deskBreak.steps())
                .extracting(step -> step.technique().value())
                .containsExactly(
                        "movement/shoulder-rolls",
                        "stretching/seated-spinal-twist",
                        "movement/hip-circles",
                        "movement/walk-after-sitting");
        // 2 × 1 min of circles and rolls + 20 s twist on each side + a 2-minute walk
        assertThat(deskBreak.totalTime()).isEqualTo(Duration.ofMinutes(4).plusSeconds(40));
    }

    private Technique technique(String id) {
        return movement.techniques().stream()
                .filter(technique -> technique.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Routine routine(String id) {
        return movement.routines().stream()
                .filter(routine -> routine.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private HabitTemplate template(String id) {
        return movement.habitTemplates().stream()
                .filter(template -> template.id().value().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
