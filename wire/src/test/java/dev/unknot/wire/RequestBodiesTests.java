package dev.unknot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.habit.HabitChangesBody;
import dev.unknot.wire.habit.MetricEntry;
import dev.unknot.wire.habit.NewHabitBody;
import dev.unknot.wire.habit.PauseBody;
import dev.unknot.wire.habit.ScheduleEntry;
import dev.unknot.wire.plan.AssessmentBody;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request bodies refuse what breaks a rule, naming the field and the rule, also when read from JSON. */
class RequestBodiesTests {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private static InvalidInputException invalid(Runnable making) {
        Throwable thrown = catchThrowable(making::run);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("expected an InvalidInputException, got " + thrown, thrown);
    }

    @Test
    void theRangesAreLeftToTheApplicationWhichChecksThemOnceForEveryFrontEnd() throws IOException {
        CheckInBody body = read(
                "{\"clientId\":\"c\",\"habit\":\"3\",\"after\":-1,\"amount\":-2,\"durationSeconds\":86401}",
                CheckInBody.class);

        assertThat(body.after()).isEqualTo(-1);
        assertThat(body.amount()).isEqualTo(-2.0);
        assertThat(body.durationSeconds()).isEqualTo(86_401L);
    }

    @Test
    void aCheckInNeedsAHabitIdAndAWellFormedTime() {
        assertThat(invalid(() -> new CheckInBody("c", "cat", null, null, null, null, null, null, null))
                        .field())
                .isEqualTo("habit");
        assertThat(invalid(() -> new CheckInBody("c", "3", "yesterday", null, null, null, null, null, null))
                        .getMessage())
                .contains("ISO date-time with an offset");
        assertThat(invalid(() -> new CheckInBody("c", "3", null, null, null, null, null, null, List.of("itch")))
                        .getMessage())
                .isEqualTo(
                        "symptoms must be among pain, numbness, weakness, saddle-numbness, bladder-bowel, both-legs, "
                                + "sexual-function, fever, weight-loss, cancer, injury, night-pain, age, was 'itch'");
    }

    @Test
    void schedulesAndMetricsSurviveTheWire() {
        Schedule weekdays = Schedule.on(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        Schedule every = Schedule.everyHours(2, LocalTime.of(8, 0), LocalTime.of(18, 30));

        assertThat(ScheduleEntry.of(weekdays).toSchedule()).isEqualTo(weekdays);
        assertThat(ScheduleEntry.of(every).toSchedule()).isEqualTo(every);
        assertThat(ScheduleEntry.of(Schedule.timesPerWeek(3)).toSchedule()).isEqualTo(Schedule.timesPerWeek(3));
        assertThat(MetricEntry.of(Metric.measured("glasses", 8)).toMetric()).isEqualTo(Metric.measured("glasses", 8));
    }

    @Test
    void aBadScheduleOrMetricNamesItsField() {
        assertThat(invalid(() -> new ScheduleEntry("fortnightly", null, null, null, null, null, null).toSchedule())
                        .field())
                .isEqualTo("schedule.kind");
        assertThat(invalid(() -> new ScheduleEntry("times-per-week", null, null, 9, null, null, null).toSchedule())
                        .field())
                .isEqualTo("schedule");
        assertThat(invalid(() -> new ScheduleEntry("weekdays", null, List.of("funday"), null, null, null, null)
                                .toSchedule())
                        .field())
                .isEqualTo("schedule.days");
        assertThat(invalid(() -> new MetricEntry("measured", "glasses", -1.0).toMetric())
                        .field())
                .isEqualTo("metric.dailyTarget");
    }

    @Test
    void aNewHabitSaysWhereItComesFrom() {
        assertThat(invalid(() -> new NewHabitBody("nowhere", "a/b", null, null, null, null, null))
                        .getMessage())
                .isEqualTo("from must be one of template, technique, routine, custom, was 'nowhere'");
        assertThat(invalid(() -> new NewHabitBody("technique", null, null, null, null, null, null))
                        .field())
                .isEqualTo("id");
        assertThat(invalid(() -> new NewHabitBody("custom", null, null, null, null, null, null))
                        .field())
                .isEqualTo("text");
        assertThat(invalid(() -> new NewHabitBody("custom", null, "Walk", null, null, "soon", null))
                        .field())
                .isEqualTo("startsOn");
    }

    @Test
    void changesPausesSettingsAndAssessmentsAreCheckedToo() {
        assertThat(new HabitChangesBody(null, null, null, null).changesNothing())
                .isTrue();
        assertThat(invalid(() -> new PauseBody("2026-03-05", "2026-03-01")).field())
                .isEqualTo("to");
        assertThat(invalid(() -> new PauseBody(null, null)).field()).isEqualTo("to");
        assertThat(invalid(() -> AssessmentBody.weighing(Map.of("gravity", 0.5)))
                        .getMessage())
                .startsWith("causes: 'gravity' is not a cause; choose among poor-posture");
        assertThat(invalid(() -> AssessmentBody.weighing(Map.of("stress", 1.5))).field())
                .isEqualTo("causes.stress");
    }

    @Test
    void idsThatAreNotNumbersNameNothing() {
        assertThatThrownBy(() -> Ids.habit("../1"))
                .isInstanceOf(dev.unknot.wire.error.NotFoundException.class)
                .hasMessage("no habit ../1");
        assertThat(Ids.checkIn("42").value()).isEqualTo(42);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
