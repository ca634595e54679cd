package dev.unknot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PersonalCalendarStartOfTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void dayStartsAtItsStartTimeOnAnOrdinaryDay() {
        PersonalCalendar calendar = new PersonalCalendar(BERLIN, LocalTime.of(4, 0));

        assertThat(calendar.startOf(LocalDate.of(2025, 3, 10))).isEqualTo(Instant.parse("2025-03-10T03:00:00Z"));
    }

    @Test
    void dayStartInTheSpringGapMovesToTheEndOfTheGap() {
        // Berlin skips from 02:00 to 03:00 on 2025-03-30.
        PersonalCalendar calendar = new PersonalCalendar(BERLIN, LocalTime.of(2, 30));
        LocalDate day = LocalDate.of(2025, 3, 30);

        Instant start = calendar.startOf(day);

        assertThat(start).isEqualTo(Instant.parse("2025-03-30T01:00:00Z"));
        assertThat(calendar.dayOf(start)).isEqualTo(day);
        assertThat(calendar.dayOf(start.minusMillis(1))).isEqualTo(day.minusDays(1));
    }

    @Test
    void everyInstantFromTheStartOfADayUntilTheNextBelongsToIt() {
        PersonalCalendar calendar = new PersonalCalendar(BERLIN, LocalTime.of(2, 30));
        for (LocalDate day = LocalDate.of(2025, 3, 27); day.isBefore(LocalDate.of(2025, 4, 2)); day = day.plusDays(1)) {
            Instant next = calendar.startOf(day.plusDays(1));
            for (Instant at = calendar.startOf(day); at.isBefore(next); at = at.plusSeconds(300)) {
                assertThat(calendar.dayOf(at)).as("day of %s", at).isEqualTo(day);
            }
        }
    }
}
