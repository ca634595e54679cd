package dev.unknot.core.habit;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTests {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    @Test
    void dailyIsDueEveryDay() {
        assertThat(Schedule.daily().describe()).isEqualTo("every day");
    }

    @Test
    void weekdaysAreDescribedInWeekOrderWhateverOrderTheyWereChosenIn() {
        assertThat(Schedule.on(FRIDAY, MONDAY, WEDNESDAY).describe()).isEqualTo("on Mon, Wed, Fri");
    }

    @Test
    void emptyWeekdaySetIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Schedule.OnWeekdays(Set.of()))
                .withMessage("choose at least one weekday");
        assertThatIllegalArgumentException().isThrownBy(Schedule::on).withMessage("choose at least one weekday");
        assertThatNullPointerException()
                .isThrownBy(() -> new Schedule.OnWeekdays(null))
                .withMessage("weekdays must not be null");
    }

    @Test
    void weekdaysAreAnImmutableCopy() {
        Set<DayOfWeek> chosen = new HashSet<>(Set.of(MONDAY));
        Schedule.OnWeekdays schedule = new Schedule.OnWeekdays(chosen);

        chosen.add(FRIDAY);

        assertThat(schedule.days()).containsExactly(MONDAY);
        assertThatThrownBy(() -> schedule.days().add(FRIDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void weekdayChosenTwiceCountsOnce() {
        assertThat(Schedule.on(MONDAY, FRIDAY, MONDAY).days()).containsExactly(MONDAY, FRIDAY);
    }

    @Test
    void weekdaysEqualWhateverSetTheyCameIn() {
        assertThat(new Schedule.OnWeekdays(EnumSet.of(MONDAY, FRIDAY))).isEqualTo(Schedule.on(FRIDAY, MONDAY));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7})
    void timesPerWeekAcceptsOneToSeven(int times) {
        assertThat(Schedule.timesPerWeek(times).times()).isEqualTo(times);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 8, -1})
    void timesPerWeekOutsideOneToSevenIsRejected(int times) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedule.timesPerWeek(times))
                .withMessage("times per week must be between 1 and 7, was " + times);
    }

    @Test
    void timesPerWeekReadsInTheSingularForOnce() {
        assertThat(Schedule.timesPerWeek(1).describe()).isEqualTo("1 time a week");
        assertThat(Schedule.timesPerWeek(3).describe()).isEqualTo("3 times a week");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 12})
    void everyHoursAcceptsOneToTwelve(int hours) {
        assertThat(Schedule.everyHours(hours, NINE, FIVE_PM).hours()).isEqualTo(hours);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -2})
    void everyHoursOutsideOneToTwelveIsRejected(int hours) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedule.everyHours(hours, NINE, FIVE_PM))
                .withMessage("hours between occurrences must be between 1 and 12, was " + hours);
    }

    @Test
    void everyHoursWindowMustStartBeforeItEnds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedule.everyHours(1, FIVE_PM, NINE))
                .withMessage("the window must start before it ends, was 17:00–09:00");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Schedule.everyHours(1, NINE, NINE))
                .withMessage("the window must start before it ends, was 09:00–09:00");
        assertThat(Schedule.everyHours(1, NINE, NINE.plusMinutes(1)).until()).isEqualTo(LocalTime.of(9, 1));
    }

    @Test
    void everyHoursWindowNeedsBothEnds() {
        assertThatNullPointerException()
                .isThrownBy(() -> Schedule.everyHours(1, null, FIVE_PM))
                .withMessage("window start must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> Schedule.everyHours(1, NINE, null))
                .withMessage("window end must not be null");
    }

    @Test
    void everyHoursDescribesItsWindow() {
        assertThat(Schedule.everyHours(1, NINE, FIVE_PM).describe()).isEqualTo("every hour from 09:00 to 17:00");
        assertThat(Schedule.everyHours(2, NINE, FIVE_PM).describe()).isEqualTo("every 2 hours from 09:00 to 17:00");
    }
}
