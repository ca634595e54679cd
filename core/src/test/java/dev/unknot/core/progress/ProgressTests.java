package dev.unknot.core.progress;

import static dev.unknot.core.progress.DayState.DONE;
import static dev.unknot.core.progress.DayState.MISSED;
import static dev.unknot.core.progress.DayState.NOT_DUE;
import static dev.unknot.core.progress.DayState.PARTIAL;
import static dev.unknot.core.progress.DayState.PAUSED;
import static dev.unknot.core.progress.DayState.PENDING;
import static dev.unknot.core.progress.DayState.SKIPPED;
import static dev.unknot.core.progress.LogBook.daily;
import static dev.unknot.core.progress.LogBook.habit;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.progress.Streak.Unit;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pinned figures for the formulas in {@link Progress}'s class comment. June 2, 2025 is a Monday. */
class ProgressTests {

    private static final double ALPHA = Math.pow(0.5, 1.0 / 14);
    private static final double WEEKLY_ALPHA = Math.pow(0.5, 1.0 / 4);
    /** Closed forms and step-by-step sums differ in the last bits only. */
    private static final Offset<Double> EXACTLY = within(1e-12);

    private static LocalDate june(int day) {
        return LocalDate.of(2025, 6, day);
    }

    private static LocalDate july(int day) {
        return LocalDate.of(2025, 7, day);
    }

    private static List<DayState> states(HabitProgress progress) {
        return progress.days().stream().map(Day::state).toList();
    }

    private static Streak days(int length, LocalDate first, LocalDate last) {
        return new Streak(length, Unit.DAYS, Optional.of(first), Optional.of(last));
    }

    private static Streak weeks(int length, LocalDate firstMonday, LocalDate lastSunday) {
        return new Streak(length, Unit.WEEKS, Optional.of(firstMonday), Optional.of(lastSunday));
    }

    @Nested
    class DayStreaks {

        private final LogBook fiveMissThree =
                LogBook.of(daily(june(2))).doneFrom(june(2), june(6)).doneFrom(june(8), june(10));

        @Test
        void fiveDoneOneMissedThenThreeDoneIsACurrentStreakOfThreeAndABestOfFive() {
            HabitProgress progress = Progress.of(fiveMissThree.log(), june(10));

            assertThat(progress.current()).isEqualTo(days(3, june(8), june(10)));
            assertThat(progress.best()).isEqualTo(days(5, june(2), june(6)));
            assertThat(states(progress)).containsExactly(DONE, DONE, DONE, DONE, DONE, MISSED, DONE, DONE, DONE);
        }

        @Test
        void todayNotYetDoneIsPendingAndKeepsTheStreak() {
            HabitProgress progress = Progress.of(fiveMissThree.log(), june(11));

            assertThat(progress.days().get(progress.days().size() - 1)).isEqualTo(new Day(june(11), PENDING, 0, 1));
            assertThat(progress.current()).isEqualTo(days(3, june(8), june(10)));
        }

        @Test
        void aDayLeftUndoneEndsTheStreakOnceItIsOver() {
            HabitProgress progress = Progress.of(fiveMissThree.log(), june(12));

            assertThat(states(progress).subList(9, 11)).containsExactly(MISSED, PENDING);
            assertThat(progress.current()).isEqualTo(Streak.none(Unit.DAYS));
            assertThat(progress.best()).isEqualTo(days(5, june(2), june(6)));
        }

        @Test
        void skippedAndPausedDaysNeitherCountNorBreakAStreak() {
            HabitLog log = LogBook.of(daily(june(2)))
                    .done(june(2), june(3), june(8))
                    .skipped(june(4))
                    .paused(june(5), june(7))
                    .log();

            HabitProgress progress = Progress.of(log, june(8));

            assertThat(states(progress)).containsExactly(DONE, DONE, SKIPPED, PAUSED, PAUSED, PAUSED, DONE);
            assertThat(progress.current()).isEqualTo(days(3, june(2), june(8)));
        }

        @Test
        void aCheckInOnASkippedOrPausedDayDoesNotCountEither() {
            HabitLog log = LogBook.of(daily(june(2)))
                    .done(june(2), june(3), june(4))
                    .skipped(june(3))
                    .paused(june(4), june(4))
                    .skipped(june(4))
                    .log();

            HabitProgress progress = Progress.of(log, june(4));

            assertThat(states(progress)).containsExactly(DONE, SKIPPED, PAUSED);
            assertThat(progress.current()).isEqualTo(days(1, june(2), june(2)));
        }

        @Test
        void aMondayWednesdayFridayScheduleIgnoresTheOtherDays() {
            Habit habit = habit(Schedule.on(MONDAY, WEDNESDAY, FRIDAY), Metric.yesNo(), june(2));
            HabitLog log = LogBook.of(habit)
                    .done(june(2), june(3), june(4), june(6), june(9))
                    .log();

            HabitProgress tuesday = Progress.of(log, june(10));
            HabitProgress thursday = Progress.of(log, june(12));

            assertThat(states(tuesday))
                    .containsExactly(DONE, NOT_DUE, DONE, NOT_DUE, DONE, NOT_DUE, NOT_DUE, DONE, NOT_DUE);
            assertThat(tuesday.current()).isEqualTo(days(4, june(2), june(9)));
            assertThat(states(thursday).subList(9, 11)).containsExactly(MISSED, NOT_DUE);
            assertThat(thursday.current()).isEqualTo(Streak.none(Unit.DAYS));
            assertThat(thursday.best()).isEqualTo(days(4, june(2), june(9)));
        }

        @Test
        void theEarliestOfTwoEquallyLongRunsIsTheBest() {
            HabitLog log = LogBook.of(daily(june(2)))
                    .doneFrom(june(2), june(3))
                    .doneFrom(june(5), june(6))
                    .log();

            assertThat(Progress.of(log, june(7)).best()).isEqualTo(days(2, june(2), june(3)));
        }

        @Test
        void aHabitThatStartsLaterHasNothingYet() {
            HabitProgress progress =
                    Progress.of(LogBook.of(daily(june(10))).done(june(9)).log(), june(9));

            assertThat(progress.days()).isEmpty();
            assertThat(progress.weeks()).isEmpty();
            assertThat(progress.current()).isEqualTo(Streak.none(Unit.DAYS));
            assertThat(progress.best()).isEqualTo(Streak.none(Unit.DAYS));
            assertThat(progress.strength()).isZero();
            assertThat(progress.adherence())
                    .isEqualTo(new Adherence(
                            java.util.OptionalDouble.empty(),
                            java.util.OptionalDouble.empty(),
                            java.util.OptionalDouble.empty()));
        }

        @Test
        void daysBeforeTheStartAreLeftOut() {
            HabitLog log =
                    LogBook.of(daily(june(4))).done(june(2), june(3), june(4)).log();

            HabitProgress progress = Progress.of(log, june(4));

            assertThat(progress.days()).containsExactly(new Day(june(4), DONE, 1, 1));
            assertThat(Progress.days(june(1), log, june(4))).containsExactly(new Day(june(4), DONE, 1, 1));
        }
    }

    @Nested
    class MeasuredDays {

        private final Habit water = habit(Schedule.daily(), Metric.measured("glasses", 8), june(2));

        @Test
        void fiveOfEightGlassesIsPartialBreaksTheStreakAndCountsFiveEighthsTowardsStrength() {
            HabitLog log = LogBook.of(water)
                    .amount(june(2), 8)
                    .amount(june(3), 8)
                    .amount(june(4), 5)
                    .amount(june(5), 8)
                    .log();

            HabitProgress progress = Progress.of(log, june(5));

            Day partial = progress.days().get(2);
            assertThat(partial).isEqualTo(new Day(june(4), PARTIAL, 5, 8));
            assertThat(partial.fraction()).isEqualTo(0.625);
            assertThat(progress.current()).isEqualTo(days(1, june(5), june(5)));
            assertThat(progress.best()).isEqualTo(days(2, june(2), june(3)));
            assertThat(progress.strength())
                    .isCloseTo((1 - ALPHA) * (ALPHA * ALPHA * ALPHA + ALPHA * ALPHA + 0.625 * ALPHA + 1), EXACTLY);
        }

        @Test
        void aPartialDayAloneGivesFiveEighthsOfOneStep() {
            HabitLog log =
                    LogBook.of(water).amount(june(2), 5).amount(june(3), 3).log();

            HabitProgress progress = Progress.of(log, june(3));

            assertThat(states(progress)).containsExactly(PARTIAL, PENDING);
            assertThat(progress.strength()).isEqualTo((1 - ALPHA) * 0.625);
        }

        @Test
        void checkInsOfADayAddUpAndMoreThanTheTargetCountsAsTheWholeDay() {
            HabitLog log =
                    LogBook.of(water).amount(june(2), 5).amount(june(2), 7).log();

            Day day = Progress.of(log, june(2)).days().get(0);

            assertThat(day).isEqualTo(new Day(june(2), DONE, 12, 8));
            assertThat(day.fraction()).isEqualTo(1.0);
        }
    }

    @Nested
    class EveryNHours {

        private final Schedule.EveryHours hourly = Schedule.everyHours(1, LocalTime.of(9, 0), LocalTime.of(17, 0));

        @ParameterizedTest(name = "every {0} h from {1} to {2}: {3}")
        @CsvSource({
            "1, 09:00, 17:00, 8",
            "2, 09:00, 17:00, 4",
            "3, 09:00, 17:00, 2",
            "2, 09:00, 10:00, 1",
            "1, 09:00, 09:30, 1",
            "1, 00:00, 23:59, 23",
            "12, 00:00, 23:59, 1",
        })
        void slotsAreTheWholeIntervalsInTheWindowAndAtLeastOne(int hours, LocalTime from, LocalTime until, int slots) {
            assertThat(Progress.slots(Schedule.everyHours(hours, from, until))).isEqualTo(slots);
        }

        @Test
        void aDayOfAnHourlyHabitFromNineToFiveAsksForEightCheckIns() {
            Habit habit = habit(hourly, Metric.yesNo(), june(2));
            PersonalCalendar calendar = PersonalCalendar.startingAtMidnight(ZoneId.of("Europe/Berlin"));
            List<CheckIn> checkIns = new ArrayList<>();
            for (int hour = 9; hour < 17; hour++) {
                checkIns.add(checkIn(calendar, june(2), hour));
                if (hour < 16) {
                    checkIns.add(checkIn(calendar, june(3), hour));
                }
            }
            HabitLog log = HabitLog.of(habit, checkIns, calendar, Set.of(), List.of());

            HabitProgress progress = Progress.of(log, june(4));

            assertThat(Progress.dailyTarget(habit)).isEqualTo(8);
            assertThat(progress.days())
                    .containsExactly(
                            new Day(june(2), DONE, 8, 8),
                            new Day(june(3), PARTIAL, 7, 8),
                            new Day(june(4), PENDING, 0, 8));
            assertThat(progress.days().get(1).fraction()).isEqualTo(0.875);
        }

        @Test
        void aMeasuredTargetWinsOverTheSlots() {
            assertThat(Progress.dailyTarget(habit(hourly, Metric.measured("breaks", 5), june(2))))
                    .isEqualTo(5);
        }

        private CheckIn checkIn(PersonalCalendar calendar, LocalDate day, int hour) {
            return new CheckIn(
                    "c-" + day + "-" + hour,
                    new HabitId(1),
                    day.atTime(hour, 30).atZone(calendar.zone()).toInstant(),
                    1,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    "",
                    Set.of());
        }
    }

    @Nested
    class TimesAWeek {

        private final Habit threeTimes = habit(Schedule.timesPerWeek(3), Metric.yesNo(), june(2));

        /** Two met weeks, a missed one (two of three), a met one, and a running week with one done. */
        private LogBook fiveWeeks(Habit habit) {
            return LogBook.of(habit)
                    .done(june(2), june(4), june(6))
                    .done(june(9), june(10), june(11))
                    .done(june(16), june(18))
                    .done(june(23), june(25), june(27))
                    .done(june(30));
        }

        @Test
        void keepsItsStreakWeekByWeek() {
            HabitProgress progress = Progress.of(fiveWeeks(threeTimes).log(), july(2));

            assertThat(progress.weeks())
                    .containsExactly(
                            new Week(june(2), 3, 3, Week.State.MET),
                            new Week(june(9), 3, 3, Week.State.MET),
                            new Week(june(16), 2, 3, Week.State.MISSED),
                            new Week(june(23), 3, 3, Week.State.MET),
                            new Week(june(30), 1, 3, Week.State.PENDING));
            assertThat(progress.current()).isEqualTo(weeks(1, june(23), june(29)));
            assertThat(progress.best()).isEqualTo(weeks(2, june(2), june(15)));
        }

        @Test
        void itsDaysAreDoneOrNotDueAndNeverMissed() {
            HabitProgress progress = Progress.of(fiveWeeks(threeTimes).log(), july(2));

            assertThat(states(progress)).containsOnly(DONE, NOT_DUE);
            assertThat(states(progress).subList(28, 31)).containsExactly(DONE, NOT_DUE, NOT_DUE);
        }

        @Test
        void aWeekWithFourPausedDaysStillAsksForTheThreeLeft() {
            HabitLog met = LogBook.of(threeTimes)
                    .paused(june(2), june(5))
                    .done(june(6), june(7), june(8))
                    .log();
            HabitLog missed = LogBook.of(threeTimes)
                    .paused(june(2), june(5))
                    .done(june(6), june(8))
                    .log();

            assertThat(Progress.of(met, june(9)).weeks().get(0)).isEqualTo(new Week(june(2), 3, 3, Week.State.MET));
            assertThat(Progress.of(missed, june(9)).weeks().get(0))
                    .isEqualTo(new Week(june(2), 2, 3, Week.State.MISSED));
        }

        @Test
        void aWeekWithFivePausedDaysAsksOnlyForTheTwoLeft() {
            HabitLog log = LogBook.of(threeTimes)
                    .paused(june(2), june(6))
                    .done(june(7), june(8))
                    .log();

            assertThat(Progress.of(log, june(9)).weeks().get(0)).isEqualTo(new Week(june(2), 2, 2, Week.State.MET));
        }

        @Test
        void aWeekWithNoDayLeftIsExcusedAndNeitherCountsNorBreaks() {
            HabitLog log = LogBook.of(threeTimes)
                    .done(june(2), june(3), june(4))
                    .paused(june(9), june(13))
                    .skipped(june(14), june(15))
                    .done(june(16), june(17), june(18))
                    .log();

            HabitProgress progress = Progress.of(log, june(22));

            assertThat(progress.weeks().get(1)).isEqualTo(new Week(june(9), 0, 0, Week.State.EXCUSED));
            assertThat(progress.weeks().get(1).fraction()).isEqualTo(1.0);
            assertThat(progress.current()).isEqualTo(weeks(2, june(2), june(22)));
            assertThat(progress.strength()).isCloseTo(1 - WEEKLY_ALPHA * WEEKLY_ALPHA, EXACTLY);
        }

        @Test
        void aHabitStartingOnAThursdayAsksAtMostTheDaysLeftInItsFirstWeek() {
            Habit fiveTimesFromThursday = habit(Schedule.timesPerWeek(5), Metric.yesNo(), june(5));
            Habit threeTimesFromThursday = habit(Schedule.timesPerWeek(3), Metric.yesNo(), june(5));
            Habit threeTimesFromSaturday = habit(Schedule.timesPerWeek(3), Metric.yesNo(), june(7));

            assertThat(Progress.of(LogBook.of(fiveTimesFromThursday).log(), june(9))
                            .weeks())
                    .containsExactly(
                            new Week(june(2), 0, 4, Week.State.MISSED), new Week(june(9), 0, 5, Week.State.PENDING));
            assertThat(Progress.of(LogBook.of(threeTimesFromThursday).log(), june(9))
                            .weeks()
                            .get(0)
                            .required())
                    .isEqualTo(3);
            assertThat(Progress.of(LogBook.of(threeTimesFromSaturday).log(), june(9))
                            .weeks()
                            .get(0)
                            .required())
                    .isEqualTo(2);
        }

        @Test
        void theRunningWeekIsPendingUntilMetAndCountsAsSoonAsItIsMet() {
            HabitProgress oneDone =
                    Progress.of(LogBook.of(threeTimes).done(june(2)).log(), june(4));
            HabitProgress threeDone = Progress.of(
                    LogBook.of(threeTimes).done(june(2), june(3), june(4)).log(), june(4));

            assertThat(oneDone.weeks()).containsExactly(new Week(june(2), 1, 3, Week.State.PENDING));
            assertThat(oneDone.current()).isEqualTo(Streak.none(Unit.WEEKS));
            assertThat(threeDone.weeks()).containsExactly(new Week(june(2), 3, 3, Week.State.MET));
            assertThat(threeDone.current()).isEqualTo(weeks(1, june(2), june(8)));
        }

        @Test
        void aWeekIsPendingThroughItsSundayAndMissedTheDayAfter() {
            HabitLog log = LogBook.of(threeTimes).done(june(2)).log();

            assertThat(Progress.of(log, june(8)).weeks().get(0).state()).isEqualTo(Week.State.PENDING);
            assertThat(Progress.of(log, june(9)).weeks().get(0).state()).isEqualTo(Week.State.MISSED);
        }

        @Test
        void fourMetWeeksMakeAStrengthOfOneHalfAndAMissedWeekCountsItsShare() {
            HabitLog fourMet = LogBook.of(threeTimes)
                    .done(
                            june(2), june(3), june(4), june(9), june(10), june(11), june(16), june(17), june(18),
                            june(23), june(24), june(25))
                    .log();

            assertThat(Progress.of(fourMet, june(29)).strength()).isCloseTo(0.5, EXACTLY);
            assertThat(Progress.of(fiveWeeks(threeTimes).log(), july(2)).strength())
                    .isCloseTo(
                            (1 - WEEKLY_ALPHA)
                                    * (Math.pow(WEEKLY_ALPHA, 3)
                                            + WEEKLY_ALPHA * WEEKLY_ALPHA
                                            + WEEKLY_ALPHA * 2 / 3.0
                                            + 1),
                            EXACTLY);
        }

        @Test
        void adherenceCountsTheWeeksThatOverlapEachWindow() {
            // A missed week with nothing done, from Monday May 26, ahead of the five weeks.
            Habit fromMay = habit(Schedule.timesPerWeek(3), Metric.yesNo(), LocalDate.of(2025, 5, 26));

            Adherence adherence = Progress.of(fiveWeeks(fromMay).log(), july(2)).adherence();

            assertThat(adherence.last7Days().getAsDouble()).isEqualTo(1.0);
            assertThat(adherence.last30Days().getAsDouble()).isCloseTo(11 / 12.0, EXACTLY);
            assertThat(adherence.last90Days().getAsDouble()).isCloseTo(11 / 15.0, EXACTLY);
        }

        @Test
        void adherenceIsEmptyWhileTheFirstWeekRuns() {
            Adherence adherence = Progress.of(
                            LogBook.of(threeTimes).done(june(2)).log(), june(4))
                    .adherence();

            assertThat(adherence.last7Days()).isEmpty();
            assertThat(adherence.last30Days()).isEmpty();
            assertThat(adherence.last90Days()).isEmpty();
        }
    }

    @Nested
    class Strength {

        @Test
        void fourteenDoneDaysMakeExactlyOneHalf() {
            HabitLog log =
                    LogBook.of(daily(june(1))).doneFrom(june(1), june(14)).log();

            // 1 − α¹⁴ with α¹⁴ = 0.5
            assertThat(Progress.of(log, june(14)).strength()).isCloseTo(0.5, EXACTLY);
        }

        @Test
        void fourteenDoneThenOneMissIsOneHalfTimesAlpha() {
            HabitLog log =
                    LogBook.of(daily(june(1))).doneFrom(june(1), june(14)).log();

            double strength = Progress.of(log, june(16)).strength();

            assertThat(strength).isCloseTo(0.5 * ALPHA, EXACTLY).isCloseTo(0.47584757650531, EXACTLY);
        }

        @Test
        void aSingleMissAfterALongRunCostsAboutFivePercent() {
            LocalDate start = LocalDate.of(2025, 1, 1);
            HabitLog log = LogBook.of(daily(start))
                    .doneFrom(start, start.plusDays(199))
                    .log();

            double before = Progress.of(log, start.plusDays(199)).strength();
            double after = Progress.of(log, start.plusDays(201)).strength(); // 200th day missed, 201st pending

            assertThat(before).isCloseTo(1 - Math.pow(0.5, 200 / 14.0), EXACTLY);
            assertThat(1 - after / before).isCloseTo(1 - ALPHA, EXACTLY).isCloseTo(0.0483, within(0.0001));
        }

        @Test
        void fourWeeksOfMissesHalveItTwice() {
            LocalDate start = LocalDate.of(2025, 1, 1);
            HabitLog log =
                    LogBook.of(daily(start)).doneFrom(start, start.plusDays(99)).log();

            double before = Progress.of(log, start.plusDays(99)).strength();
            double after = Progress.of(log, start.plusDays(128)).strength(); // days 100–127 missed, today pending

            assertThat(after / before).isCloseTo(0.25, EXACTLY);
        }

        @Test
        void skippedPausedAndNotDueDaysLeaveItUnchanged() {
            Habit mondayWednesdayFriday = habit(Schedule.on(MONDAY, WEDNESDAY, FRIDAY), Metric.yesNo(), june(2));
            LogBook fourteenDue = LogBook.of(mondayWednesdayFriday);
            LocalDate day = june(2);
            for (int due = 0; due < 14; day = day.plusDays(1)) {
                if (Progress.isDue(mondayWednesdayFriday.schedule(), day)) {
                    fourteenDue.done(day);
                    due++;
                }
            }
            fourteenDue.skipped(day).paused(day.plusDays(1), day.plusDays(9));

            assertThat(Progress.of(fourteenDue.log(), day.plusDays(9)).strength())
                    .isCloseTo(0.5, EXACTLY);
        }
    }

    @Nested
    class DayAdherence {

        /**
         * Eight glasses a day from May 2 to June 10: none on May 3, 20 and 21, four on June 5, June 7
         * skipped, today (June 10) not yet done.
         */
        private HabitProgress progress() {
            Habit water = habit(Schedule.daily(), Metric.measured("glasses", 8), LocalDate.of(2025, 5, 2));
            LogBook book = LogBook.of(water);
            Set<LocalDate> none =
                    Set.of(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 20), LocalDate.of(2025, 5, 21));
            for (LocalDate day = LocalDate.of(2025, 5, 2); day.isBefore(june(10)); day = day.plusDays(1)) {
                if (!none.contains(day)) {
                    book.amount(day, day.equals(june(5)) ? 4 : 8);
                }
            }
            return Progress.of(book.skipped(june(7)).log(), june(10));
        }

        @Test
        void isTheMeanFractionDoneOverTheDueDaysOfEachWindow() {
            Adherence adherence = progress().adherence();

            // June 4–9 less the skip: 1 + ½ + 1 + 1 + 1 over 5.
            assertThat(adherence.last7Days().getAsDouble()).isCloseTo(4.5 / 5, EXACTLY);
            // May 12 – June 9 less the skip: 28 days, two missed, one half done.
            assertThat(adherence.last30Days().getAsDouble()).isCloseTo(25.5 / 28, EXACTLY);
            // The habit's whole life, May 2 – June 9 less the skip: 38 days, three missed, one half done.
            assertThat(adherence.last90Days().getAsDouble()).isCloseTo(34.5 / 38, EXACTLY);
        }

        @Test
        void isEmptyWhenNothingWasDue() {
            Habit mondayWednesdayFriday = habit(Schedule.on(MONDAY, WEDNESDAY, FRIDAY), Metric.yesNo(), june(7));

            Adherence startsToday =
                    Progress.of(LogBook.of(daily(june(10))).log(), june(10)).adherence();
            Adherence weekend = Progress.of(LogBook.of(mondayWednesdayFriday).log(), june(8))
                    .adherence();

            assertThat(startsToday.last7Days()).isEmpty();
            assertThat(startsToday.last90Days()).isEmpty();
            assertThat(weekend.last7Days()).isEmpty();
            assertThat(weekend.last30Days()).isEmpty();
        }

        @Test
        void aWindowWithOnlySkipsAndPausesIsEmptyWhileALongerOneIsNot() {
            HabitLog log = LogBook.of(daily(june(1)))
                    .done(june(1))
                    .paused(june(2), june(10))
                    .log();

            Adherence adherence = Progress.of(log, june(10)).adherence();

            assertThat(adherence.last7Days()).isEmpty();
            assertThat(adherence.last30Days()).hasValue(1.0);
        }
    }
}
