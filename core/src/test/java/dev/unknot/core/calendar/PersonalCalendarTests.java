package dev.unknot.core.calendar;

import static dev.unknot.core.calendar.CalendarCases.APIA;
import static dev.unknot.core.calendar.CalendarCases.APIA_SKIP;
import static dev.unknot.core.calendar.CalendarCases.BERLIN;
import static dev.unknot.core.calendar.CalendarCases.KATHMANDU;
import static dev.unknot.core.calendar.CalendarCases.LORD_HOWE;
import static dev.unknot.core.calendar.CalendarCases.NEW_YORK;
import static dev.unknot.core.calendar.CalendarCases.ZONES;
import static dev.unknot.core.property.RandomCases.forAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalCalendarTests {

    private static final LocalTime FOUR_AM = LocalTime.of(4, 0);

    private static Instant local(ZoneId zone, String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    private static Duration length(PersonalCalendar calendar, LocalDate day) {
        return Duration.between(calendar.startOf(day), calendar.startOf(day.plusDays(1)));
    }

    // --- Which day an instant falls on -------------------------------------------------------

    @ParameterizedTest(name = "{0} local is {1}")
    @CsvSource({
        "2025-06-10T23:59, 2025-06-10",
        "2025-06-11T00:00, 2025-06-11",
        "2025-06-11T00:01, 2025-06-11",
        "2025-06-11T01:30, 2025-06-11",
        "2025-06-11T12:00, 2025-06-11",
    })
    void withAMidnightStartTheDayIsTheLocalDate(String at, LocalDate day) {
        PersonalCalendar calendar = PersonalCalendar.startingAtMidnight(BERLIN);

        assertThat(calendar.dayOf(local(BERLIN, at))).isEqualTo(day);
    }

    @ParameterizedTest(name = "{0} local is {1}")
    @CsvSource({
        "2025-06-10T23:59, 2025-06-10",
        "2025-06-11T00:01, 2025-06-10",
        "2025-06-11T01:30, 2025-06-10",
        "2025-06-11T03:59, 2025-06-10",
        "2025-06-11T04:00, 2025-06-11",
        "2025-06-11T04:01, 2025-06-11",
        "2025-06-11T23:59, 2025-06-11",
    })
    void withAFourAmStartTheSmallHoursCountForTheDayBefore(String at, LocalDate day) {
        PersonalCalendar calendar = new PersonalCalendar(BERLIN, FOUR_AM);

        assertThat(calendar.dayOf(local(BERLIN, at))).isEqualTo(day);
    }

    @Test
    void theLastNanosecondBeforeTheDayStartStillBelongsToTheDayBefore() {
        PersonalCalendar calendar = new PersonalCalendar(BERLIN, FOUR_AM);
        Instant start = local(BERLIN, "2025-06-11T04:00");

        assertThat(calendar.dayOf(start.minusNanos(1))).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(calendar.dayOf(start)).isEqualTo(LocalDate.of(2025, 6, 11));
    }

    @Test
    void todayIsTheDayOfTheClocksInstant() {
        PersonalCalendar calendar = new PersonalCalendar(NEW_YORK, FOUR_AM);
        Clock clock = Clock.fixed(local(NEW_YORK, "2025-06-11T01:30"), ZoneId.of("UTC"));

        assertThat(calendar.today(clock)).isEqualTo(LocalDate.of(2025, 6, 10));
    }

    // --- When a day starts, across changes of the clocks ----------------------------------------

    @Test
    void newYorksSpringForwardDayIsTwentyThreeHoursAndFallBackDayTwentyFive() {
        PersonalCalendar calendar = PersonalCalendar.startingAtMidnight(NEW_YORK);

        assertThat(calendar.startOf(LocalDate.of(2025, 3, 9))).isEqualTo("2025-03-09T05:00:00Z");
        assertThat(calendar.startOf(LocalDate.of(2025, 3, 10))).isEqualTo("2025-03-10T04:00:00Z");
        assertThat(length(calendar, LocalDate.of(2025, 3, 9))).isEqualTo(Duration.ofHours(23));
        assertThat(calendar.startOf(LocalDate.of(2025, 11, 2))).isEqualTo("2025-11-02T04:00:00Z");
        assertThat(calendar.startOf(LocalDate.of(2025, 11, 3))).isEqualTo("2025-11-03T05:00:00Z");
        assertThat(length(calendar, LocalDate.of(2025, 11, 2))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aFourAmStartIsOutsideNewYorksChangesSoItKeepsItsWallClockTime() {
        PersonalCalendar calendar = new PersonalCalendar(NEW_YORK, FOUR_AM);

        assertThat(calendar.startOf(LocalDate.of(2025, 3, 8))).isEqualTo("2025-03-08T09:00:00Z"); // EST
        assertThat(calendar.startOf(LocalDate.of(2025, 3, 9))).isEqualTo("2025-03-09T08:00:00Z"); // EDT
        assertThat(calendar.startOf(LocalDate.of(2025, 11, 1))).isEqualTo("2025-11-01T08:00:00Z"); // EDT
        assertThat(calendar.startOf(LocalDate.of(2025, 11, 2))).isEqualTo("2025-11-02T09:00:00Z"); // EST
        // The clocks change at 02:00, before the day start: the 23 and 25 hours fall on the day before.
        assertThat(length(calendar, LocalDate.of(2025, 3, 8))).isEqualTo(Duration.ofHours(23));
        assertThat(length(calendar, LocalDate.of(2025, 11, 1))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void berlinsDaysAcrossTheChangesOfMarchAndOctober() {
        PersonalCalendar calendar = PersonalCalendar.startingAtMidnight(BERLIN);

        assertThat(calendar.startOf(LocalDate.of(2025, 3, 30))).isEqualTo("2025-03-29T23:00:00Z");
        assertThat(calendar.startOf(LocalDate.of(2025, 3, 31))).isEqualTo("2025-03-30T22:00:00Z");
        assertThat(length(calendar, LocalDate.of(2025, 3, 30))).isEqualTo(Duration.ofHours(23));
        assertThat(calendar.startOf(LocalDate.of(2025, 10, 26))).isEqualTo("2025-10-25T22:00:00Z");
        assertThat(calendar.startOf(LocalDate.of(2025, 10, 27))).isEqualTo("2025-10-26T23:00:00Z");
        assertThat(length(calendar, LocalDate.of(2025, 10, 26))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void lordHowesHalfHourShiftMakesDaysOfTwentyFourAndAHalfAndTwentyThreeAndAHalfHours() {
        PersonalCalendar calendar = PersonalCalendar.startingAtMidnight(LORD_HOWE);

        // 2025-04-06 02:00 (+11:00) became 01:30 (+10:30).
        assertThat(calendar.startOf(LocalDate.of(2025, 4, 6))).isEqualTo("2025-04-05T13:00:00Z");
        assertThat(calendar.startOf(LocalDate.of(2025, 4, 7))).isEqualTo("2025-04-06T13:30:00Z");
        assertThat(length(calendar, LocalDate.of(2025, 4, 6))).isEqualTo(Duration.ofMinutes(24 * 60 + 30));
        // 2025-10-05 02:00 (+10:30) became 02:30 (+11:00).
        assertThat(calendar.startOf(LocalDate.of(2025, 10, 5))).isEqualTo("2025-10-04T13:30:00Z");
        assertThat(calendar.startOf(LocalDate.of(2025, 10, 6))).isEqualTo("2025-10-05T13:00:00Z");
        assertThat(length(calendar, LocalDate.of(2025, 10, 5))).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
    }

    @Test
    void lordHowesRepeatedHalfHourBelongsToOneDay() {
        PersonalCalendar calendar = new PersonalCalendar(LORD_HOWE, LocalTime.of(1, 30));
        Instant firstPass = Instant.parse("2025-04-05T14:45:00Z"); // 01:45 +11:00
        Instant secondPass = Instant.parse("2025-04-05T15:15:00Z"); // 01:45 +10:30

        assertThat(calendar.dayOf(firstPass)).isEqualTo(LocalDate.of(2025, 4, 6));
        assertThat(calendar.dayOf(secondPass)).isEqualTo(LocalDate.of(2025, 4, 6));
        assertThat(calendar.startOf(LocalDate.of(2025, 4, 6))).isEqualTo("2025-04-05T14:30:00Z");
    }

    @Test
    void kathmandusQuarterHourOffsetGivesEveryDayTwentyFourHours() {
        PersonalCalendar calendar = new PersonalCalendar(KATHMANDU, FOUR_AM);

        assertThat(calendar.startOf(LocalDate.of(2025, 6, 10))).isEqualTo("2025-06-09T22:15:00Z");
        assertThat(calendar.dayOf(Instant.parse("2025-06-09T22:14:59Z"))).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(calendar.dayOf(Instant.parse("2025-06-09T22:15:00Z"))).isEqualTo(LocalDate.of(2025, 6, 10));
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() == 2025; day = day.plusDays(1)) {
            assertThat(length(calendar, day)).as("length of %s", day).isEqualTo(Duration.ofHours(24));
        }
    }

    @Test
    void apiaNeverHadTheThirtiethOfDecember2011() {
        PersonalCalendar calendar = PersonalCalendar.startingAtMidnight(APIA);
        LocalDate skipped = LocalDate.of(2011, 12, 30);

        for (Instant at = Instant.parse("2011-12-27T00:00:00Z");
                at.isBefore(Instant.parse("2012-01-03T00:00:00Z"));
                at = at.plusSeconds(60)) {
            assertThat(calendar.dayOf(at)).as("day of %s", at).isNotEqualTo(skipped);
        }
        assertThat(calendar.dayOf(APIA_SKIP.minusNanos(1))).isEqualTo(LocalDate.of(2011, 12, 29));
        assertThat(calendar.dayOf(APIA_SKIP)).isEqualTo(LocalDate.of(2011, 12, 31));
    }

    @Test
    void apiasSkippedDayStartsAndEndsWhenTheThirtyFirstStarts() {
        PersonalCalendar calendar = PersonalCalendar.startingAtMidnight(APIA);

        assertThat(calendar.startOf(LocalDate.of(2011, 12, 29))).isEqualTo("2011-12-29T10:00:00Z");
        assertThat(calendar.startOf(LocalDate.of(2011, 12, 30))).isEqualTo(APIA_SKIP);
        assertThat(calendar.startOf(LocalDate.of(2011, 12, 31))).isEqualTo(APIA_SKIP);
        assertThat(length(calendar, LocalDate.of(2011, 12, 29))).isEqualTo(Duration.ofHours(24));
        assertThat(length(calendar, LocalDate.of(2011, 12, 30))).isZero();
    }

    @Test
    void withAFourAmStartApiasThirtiethIsTheSmallHoursOfTheThirtyFirst() {
        // The wall-clock rule gives 2011-12-31 00:00–04:00 to the day before, which is the 30th.
        PersonalCalendar calendar = new PersonalCalendar(APIA, FOUR_AM);
        LocalDate thirtieth = LocalDate.of(2011, 12, 30);

        assertThat(calendar.startOf(thirtieth)).isEqualTo(APIA_SKIP);
        assertThat(length(calendar, thirtieth)).isEqualTo(Duration.ofHours(4));
        assertThat(calendar.dayOf(APIA_SKIP.minusNanos(1))).isEqualTo(LocalDate.of(2011, 12, 29));
        assertThat(calendar.dayOf(local(APIA, "2011-12-31T01:30"))).isEqualTo(thirtieth);
        assertThat(calendar.dayOf(local(APIA, "2011-12-31T04:00"))).isEqualTo(LocalDate.of(2011, 12, 31));
    }

    @Test
    void aDayStartInsideTheSpringForwardGapStartsTheDayWhenTheGapEnds() {
        // 2025-03-09 02:00 EST became 03:00 EDT, so 02:30 never came: the day starts at 03:00 EDT.
        PersonalCalendar calendar = new PersonalCalendar(NEW_YORK, LocalTime.of(2, 30));
        Instant gapEnds = Instant.parse("2025-03-09T07:00:00Z");

        assertThat(calendar.startOf(LocalDate.of(2025, 3, 9))).isEqualTo(gapEnds);
        assertThat(calendar.dayOf(gapEnds.minusNanos(1))).isEqualTo(LocalDate.of(2025, 3, 8));
        assertThat(calendar.dayOf(gapEnds)).isEqualTo(LocalDate.of(2025, 3, 9));
        assertThat(length(calendar, LocalDate.of(2025, 3, 8))).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
        assertThat(length(calendar, LocalDate.of(2025, 3, 9))).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
    }

    @Test
    void aDayStartInsideTheRepeatedHourStartsTheDayTheFirstTimeRound() {
        // 2025-11-02 02:00 EDT became 01:00 EST, so 01:30 came twice; the day does not go back in between.
        PersonalCalendar calendar = new PersonalCalendar(NEW_YORK, LocalTime.of(1, 30));
        LocalDate second = LocalDate.of(2025, 11, 2);

        assertThat(calendar.startOf(second)).isEqualTo("2025-11-02T05:30:00Z"); // 01:30 EDT
        assertThat(calendar.dayOf(Instant.parse("2025-11-02T05:29:59Z"))).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(calendar.dayOf(Instant.parse("2025-11-02T05:45:00Z"))).isEqualTo(second); // 01:45 EDT
        assertThat(calendar.dayOf(Instant.parse("2025-11-02T06:15:00Z"))).isEqualTo(second); // 01:15 EST
        assertThat(calendar.dayOf(Instant.parse("2025-11-02T06:45:00Z"))).isEqualTo(second); // 01:45 EST
        assertThat(length(calendar, LocalDate.of(2025, 11, 1))).isEqualTo(Duration.ofHours(24));
        assertThat(length(calendar, second)).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void theDaysOfConsecutiveInstantsNeverGoBackwardsAcrossAnyChangeOfTheClocks() {
        // Every half-hour day start, minute by minute through three hours either side of each change.
        for (ZoneId zone : ZONES) {
            for (ZoneOffsetTransition transition : transitions(zone)) {
                for (int halfHours = 0; halfHours < 48; halfHours++) {
                    PersonalCalendar calendar =
                            new PersonalCalendar(zone, LocalTime.of(0, 0).plusMinutes(30L * halfHours));
                    Instant from = transition.getInstant().minus(Duration.ofHours(3));
                    LocalDate previous = calendar.dayOf(from);
                    for (Instant at = from;
                            at.isBefore(transition.getInstant().plus(Duration.ofHours(3)));
                            at = at.plusSeconds(60)) {
                        LocalDate day = calendar.dayOf(at);
                        // Only Apia, skipping a day, ever moves on by two.
                        LocalDate latest = previous.plusDays(zone.equals(APIA) ? 2 : 1);
                        assertThat(day)
                                .as("%s at %s, after %s", calendar, at, previous)
                                .isBetween(previous, latest);
                        previous = day;
                    }
                }
            }
        }
    }

    // --- Properties ------------------------------------------------------------------------------

    /** A calendar and an instant to look up in it. */
    private record Case(PersonalCalendar calendar, Instant at) {}

    private static Case randomCase(java.util.Random random) {
        PersonalCalendar calendar = CalendarCases.calendar(random);
        return new Case(calendar, CalendarCases.instant(random, calendar));
    }

    @Test
    void dayOfAgreesWithTheWallClockOracle() {
        forAll(
                500,
                20250309L,
                PersonalCalendarTests::randomCase,
                sample -> assertThat(sample.calendar().dayOf(sample.at()))
                        .isEqualTo(CalendarCases.oracleDay(sample.calendar(), sample.at())));
    }

    @Test
    void anInstantLiesBetweenTheStartOfItsDayAndTheStartOfTheNext() {
        // Days whose start falls in a gap start when the gap ends, so this holds for them too.
        forAll(500, 20251102L, PersonalCalendarTests::randomCase, sample -> {
            LocalDate day = sample.calendar().dayOf(sample.at());

            assertThat(sample.calendar().startOf(day)).isBeforeOrEqualTo(sample.at());
            assertThat(sample.calendar().startOf(day.plusDays(1))).isAfter(sample.at());
        });
    }

    @Test
    void theStartOfADayFallsOnThatDay() {
        forAll(500, 20250330L, PersonalCalendarTests::randomCase, sample -> {
            PersonalCalendar calendar = sample.calendar();
            LocalDate day = CalendarCases.wallClockDay(calendar, sample.at());
            if (!(calendar.zone().equals(APIA) && day.equals(LocalDate.of(2011, 12, 30)))) {
                assertThat(calendar.dayOf(calendar.startOf(day))).isEqualTo(day);
            }
        });
    }

    // --- Validation --------------------------------------------------------------------------------

    @Test
    void theDayStartsOnAWholeMinute() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonalCalendar(BERLIN, LocalTime.of(4, 0, 30)))
                .withMessage("the day must start on a whole minute, was 04:00:30");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonalCalendar(BERLIN, LocalTime.of(4, 0, 0, 1)))
                .withMessage("the day must start on a whole minute, was 04:00:00.000000001");
    }

    @Test
    void zoneAndDayStartAreRequired() {
        assertThatNullPointerException()
                .isThrownBy(() -> new PersonalCalendar(null, FOUR_AM))
                .withMessage("time zone must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> new PersonalCalendar(BERLIN, null))
                .withMessage("day start must not be null");
    }

    private static java.util.List<ZoneOffsetTransition> transitions(ZoneId zone) {
        java.util.List<ZoneOffsetTransition> transitions = new java.util.ArrayList<>();
        Instant from =
                zone.equals(APIA) ? Instant.parse("2011-01-01T00:00:00Z") : Instant.parse("2025-01-01T00:00:00Z");
        ZoneOffsetTransition next = zone.getRules().nextTransition(from);
        while (next != null
                && next.getInstant().isBefore(Instant.parse("2026-01-01T00:00:00Z"))
                && transitions.size() < 4) {
            transitions.add(next);
            next = zone.getRules().nextTransition(next.getInstant());
        }
        if (zone.equals(KATHMANDU)) {
            transitions.add(zone.getRules().previousTransition(from)); // 1986: +05:30 to +05:45
        }
        return transitions;
    }
}
