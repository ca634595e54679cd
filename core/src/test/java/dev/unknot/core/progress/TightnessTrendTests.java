package dev.unknot.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.progress.TightnessTrend.Point;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TightnessTrendTests {

    private static final PersonalCalendar CALENDAR =
            new PersonalCalendar(ZoneId.of("Asia/Kathmandu"), LocalTime.of(4, 0));
    private static final LocalDate JUNE_9 = LocalDate.of(2025, 6, 9);
    private static final LocalDate JUNE_10 = LocalDate.of(2025, 6, 10);
    private static final LocalDate JUNE_11 = LocalDate.of(2025, 6, 11);

    private static CheckIn checkIn(String localDateTime, Integer before, Integer after) {
        return new CheckIn(
                "phone-1",
                new HabitId(1),
                LocalDateTime.parse(localDateTime).atZone(CALENDAR.zone()).toInstant(),
                1,
                Optional.empty(),
                Optional.ofNullable(before).map(Tightness::of),
                Optional.ofNullable(after).map(Tightness::of),
                "",
                Set.of());
    }

    @Test
    void givesEachDayTheMeanTightnessBeforeAndAfterOldestFirst() {
        List<CheckIn> checkIns = List.of(
                checkIn("2025-06-11T09:00", 5, 2),
                checkIn("2025-06-10T08:00", 6, 3),
                checkIn("2025-06-10T20:00", 8, null),
                checkIn("2025-06-10T21:00", 7, 4));

        assertThat(TightnessTrend.daily(checkIns, CALENDAR, JUNE_9, JUNE_11))
                .containsExactly(
                        new Point(JUNE_10, OptionalDouble.of(7.0), OptionalDouble.of(3.5)),
                        new Point(JUNE_11, OptionalDouble.of(5.0), OptionalDouble.of(2.0)));
    }

    @Test
    void aSideNobodyReportedThatDayIsEmpty() {
        List<CheckIn> checkIns = List.of(checkIn("2025-06-10T08:00", null, 3), checkIn("2025-06-11T08:00", 6, null));

        assertThat(TightnessTrend.daily(checkIns, CALENDAR, JUNE_9, JUNE_11))
                .containsExactly(
                        new Point(JUNE_10, OptionalDouble.empty(), OptionalDouble.of(3.0)),
                        new Point(JUNE_11, OptionalDouble.of(6.0), OptionalDouble.empty()));
    }

    @Test
    void checkInsWithoutTightnessMakeNoPoint() {
        assertThat(TightnessTrend.daily(List.of(checkIn("2025-06-10T08:00", null, null)), CALENDAR, JUNE_9, JUNE_11))
                .isEmpty();
    }

    @Test
    void daysAreThePersonsOwnAndOnlyThoseInTheRangeCount() {
        List<CheckIn> checkIns = List.of(
                checkIn("2025-06-09T03:59", 9, 9), // still June 8
                checkIn("2025-06-09T04:00", 8, 8),
                checkIn("2025-06-12T01:30", 4, 2), // still June 11
                checkIn("2025-06-12T04:00", 1, 1));

        assertThat(TightnessTrend.daily(checkIns, CALENDAR, JUNE_9, JUNE_11))
                .containsExactly(
                        new Point(JUNE_9, OptionalDouble.of(8.0), OptionalDouble.of(8.0)),
                        new Point(JUNE_11, OptionalDouble.of(4.0), OptionalDouble.of(2.0)));
    }
}
