package dev.unknot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTests {

    private static final LocalDate FIRST = LocalDate.of(2025, 7, 14);
    private static final LocalDate LAST = LocalDate.of(2025, 7, 20);

    @Test
    void containsBothEndsAndTheDaysBetween() {
        DateRange holiday = new DateRange(FIRST, LAST);

        assertThat(holiday.contains(FIRST)).isTrue();
        assertThat(holiday.contains(LocalDate.of(2025, 7, 17))).isTrue();
        assertThat(holiday.contains(LAST)).isTrue();
        assertThat(holiday.contains(FIRST.minusDays(1))).isFalse();
        assertThat(holiday.contains(LAST.plusDays(1))).isFalse();
    }

    @Test
    void aRangeOfOneDayContainsThatDayAlone() {
        DateRange day = new DateRange(FIRST, FIRST);

        assertThat(day.contains(FIRST)).isTrue();
        assertThat(day.contains(FIRST.plusDays(1))).isFalse();
    }

    @Test
    void aRangeEndingBeforeItStartsIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DateRange(LAST, FIRST))
                .withMessage("the range ends (2025-07-14) before it starts (2025-07-20)");
    }

    @Test
    void bothEndsAreRequired() {
        assertThatNullPointerException()
                .isThrownBy(() -> new DateRange(null, LAST))
                .withMessage("first day must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> new DateRange(FIRST, null))
                .withMessage("last day must not be null");
    }

    @Test
    void theSupportedDaysAreTheYears1900To2200AndHaveAStartInEveryZone() {
        assertThat(DateRange.SUPPORTED.first()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(DateRange.SUPPORTED.last()).isEqualTo(LocalDate.of(2200, 12, 31));
        assertThat(DateRange.SUPPORTED.contains(new DateRange(LocalDate.of(1899, 12, 31), FIRST)))
                .isFalse();
        assertThat(DateRange.SUPPORTED.contains(new DateRange(FIRST, LAST))).isTrue();
        for (String zone : java.util.List.of("Pacific/Kiritimati", "Etc/GMT+12", "Europe/Berlin")) {
            PersonalCalendar calendar = PersonalCalendar.startingAtMidnight(java.time.ZoneId.of(zone));
            for (LocalDate day : java.util.List.of(DateRange.SUPPORTED.first(), DateRange.SUPPORTED.last())) {
                assertThat(calendar.dayOf(calendar.startOf(day))).isEqualTo(day);
            }
        }
    }
}
