package org.example.yoga;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.HabitId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An advice rule is a plain function of a history: test it with one made by hand. */
class EaseOffTests {

    private static final PersonalCalendar UTC = PersonalCalendar.startingAtMidnight(ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    @Test
    void twoSessionsThatLeftTheBackTighterCallForCare() {
        History history = history(checkIn("2026-03-08", 3, 5), checkIn("2026-03-09", 4, 6), checkIn("2026-03-10", 5, 2));

        assertThat(new EaseOff().assess(history))
                .singleElement()
                .extracting(Advisory::severity)
                .isEqualTo(Advisory.Severity.CAUTION);
    }

    @Test
    void oneTighterSessionOrAnOldOneIsNoReason() {
        History history = history(checkIn("2026-02-20", 3, 5), checkIn("2026-03-09", 4, 6), checkIn("2026-03-10", 5, 2));

        assertThat(new EaseOff().assess(history)).isEmpty();
    }

    private static History history(CheckIn... checkIns) {
        return new History(TODAY, UTC, List.of(), List.of(checkIns));
    }

    private static CheckIn checkIn(String day, int before, int after) {
        return new CheckIn(
                day + "-" + before,
                new HabitId(1),
                Instant.parse(day + "T19:00:00Z"),
                1,
                Optional.empty(),
                Optional.of(Tightness.of(before)),
                Optional.of(Tightness.of(after)),
                "",
                Set.of());
    }
}
