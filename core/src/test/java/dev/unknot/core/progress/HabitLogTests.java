package dev.unknot.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.property.RandomCases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HabitLogTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final Habit HABIT = new Habit(
            new HabitId(1),
            "Stretch",
            HabitTarget.custom("stretch"),
            Schedule.daily(),
            Metric.yesNo(),
            START,
            HabitStatus.ACTIVE);

    @Test
    void overlappingAndAdjoiningPausesAreJoinedInOrder() {
        HabitLog log = log(List.of(range(20, 25), range(1, 3), range(4, 6), range(2, 5), range(30, 30), range(22, 28)));

        assertThat(log.pauses()).containsExactly(range(1, 6), range(20, 28), range(30, 30));
    }

    @Test
    void aDayIsPausedExactlyWhenSomePauseContainsIt() {
        RandomCases.forAll(
                300,
                20261125L,
                random -> {
                    List<DateRange> pauses = new ArrayList<>();
                    for (int i = random.nextInt(8); i > 0; i--) {
                        int first = random.nextInt(60);
                        pauses.add(range(first, first + random.nextInt(10)));
                    }
                    return pauses;
                },
                pauses -> {
                    HabitLog log = log(pauses);
                    for (int day = -2; day < 75; day++) {
                        LocalDate date = START.plusDays(day);
                        assertThat(log.isPaused(date))
                                .as("%s in %s", date, pauses)
                                .isEqualTo(pauses.stream().anyMatch(pause -> pause.contains(date)));
                    }
                });
    }

    private static HabitLog log(List<DateRange> pauses) {
        return new HabitLog(HABIT, Map.of(), Set.of(), pauses);
    }

    private static DateRange range(int first, int last) {
        return new DateRange(START.plusDays(first), START.plusDays(last));
    }
}
