package dev.unknot.core.progress;

import static dev.unknot.core.progress.LogBook.daily;
import static dev.unknot.core.progress.LogBook.habit;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.progress.AgendaItem.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The agenda of Tuesday, June 10, 2025, in Berlin. */
class AgendaTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final PersonalCalendar MIDNIGHT = PersonalCalendar.startingAtMidnight(BERLIN);
    private static final LocalDate MONDAY_9 = LocalDate.of(2025, 6, 9);
    private static final LocalDate TUESDAY_10 = LocalDate.of(2025, 6, 10);
    private static final Schedule.EveryHours HOURLY = Schedule.everyHours(1, LocalTime.of(9, 0), LocalTime.of(17, 0));

    private final Habit hourly = habit(HOURLY, Metric.yesNo(), MONDAY_9);
    private final Habit walk = daily(MONDAY_9);

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    private static List<AgendaItem> agenda(String localDateTime, HabitLog... logs) {
        return Agenda.at(at(localDateTime), MIDNIGHT, List.of(logs));
    }

    private static AgendaItem item(Habit habit, Status status, double done, double target) {
        return new AgendaItem(habit, status, done, target, 0, Optional.empty());
    }

    @Test
    void anHourlyHabitWithNoCheckInAtHalfPastTenIsOneSlotOverdueWithElevenNext() {
        assertThat(agenda("2025-06-10T10:30", LogBook.of(hourly).log()))
                .containsExactly(new AgendaItem(hourly, Status.OVERDUE, 0, 8, 1, Optional.of(at("2025-06-10T11:00"))));
    }

    @Test
    void anHourlyHabitAddedInTheAfternoonIsNotOverdueForTheSlotsBeforeIt() {
        HabitLog addedAt1434 = LogBook.of(hourly).log().createdAt(at("2025-06-10T14:34"));

        assertThat(agenda("2025-06-10T14:40", addedAt1434))
                .containsExactly(new AgendaItem(hourly, Status.DUE, 0, 8, 0, Optional.of(at("2025-06-10T15:00"))));
        assertThat(agenda("2025-06-10T16:10", addedAt1434))
                .containsExactly(new AgendaItem(hourly, Status.OVERDUE, 0, 8, 2, Optional.of(at("2025-06-10T17:00"))));
        // The next day, every slot counts.
        assertThat(agenda("2025-06-11T10:30", addedAt1434))
                .containsExactly(new AgendaItem(hourly, Status.OVERDUE, 0, 8, 1, Optional.of(at("2025-06-11T11:00"))));
    }

    @Test
    void anHourlyHabitWithOneCheckInAtHalfPastTenIsDue() {
        assertThat(agenda(
                        "2025-06-10T10:30", LogBook.of(hourly).done(TUESDAY_10).log()))
                .containsExactly(new AgendaItem(hourly, Status.DUE, 1, 8, 0, Optional.of(at("2025-06-10T11:00"))));
    }

    @Test
    void anHourlyHabitIsDueBeforeItsFirstSlotAndEachSlotFallsDueOnTheHour() {
        assertThat(agenda("2025-06-10T08:00", LogBook.of(hourly).log()))
                .containsExactly(new AgendaItem(hourly, Status.DUE, 0, 8, 0, Optional.of(at("2025-06-10T10:00"))));
        assertThat(agenda(
                        "2025-06-10T11:00", LogBook.of(hourly).done(TUESDAY_10).log()))
                .containsExactly(new AgendaItem(hourly, Status.OVERDUE, 1, 8, 1, Optional.of(at("2025-06-10T12:00"))));
    }

    @Test
    void afterItsWindowAnHourlyHabitHasNoNextSlotAndCountsEverySlotMissed() {
        HabitLog threeDone = LogBook.of(hourly).amount(TUESDAY_10, 3).log();

        assertThat(agenda("2025-06-10T17:30", threeDone))
                .containsExactly(new AgendaItem(hourly, Status.OVERDUE, 3, 8, 5, Optional.empty()));
        assertThat(agenda(
                        "2025-06-10T17:30",
                        LogBook.of(hourly).amount(TUESDAY_10, 8).log()))
                .containsExactly(item(hourly, Status.DONE, 8, 8));
    }

    @Test
    void theSlotsOfAnHourlyHabitAreOnTheHourFromTenToFive() {
        assertThat(Agenda.slots(HOURLY, TUESDAY_10, MIDNIGHT))
                .containsExactly(
                        at("2025-06-10T10:00"),
                        at("2025-06-10T11:00"),
                        at("2025-06-10T12:00"),
                        at("2025-06-10T13:00"),
                        at("2025-06-10T14:00"),
                        at("2025-06-10T15:00"),
                        at("2025-06-10T16:00"),
                        at("2025-06-10T17:00"));
    }

    @Test
    void aWindowShorterThanItsIntervalHasOneSlotAtItsEnd() {
        Schedule.EveryHours short_ = Schedule.everyHours(3, LocalTime.of(9, 0), LocalTime.of(10, 30));

        assertThat(Agenda.slots(short_, TUESDAY_10, MIDNIGHT)).containsExactly(at("2025-06-10T10:30"));
    }

    @Test
    void slotsBeforeTheDayStartFallOnTheNextCalendarDate() {
        PersonalCalendar fourAm = new PersonalCalendar(BERLIN, LocalTime.of(4, 0));
        Schedule.EveryHours smallHours = Schedule.everyHours(1, LocalTime.of(1, 0), LocalTime.of(3, 0));

        assertThat(Agenda.slots(smallHours, TUESDAY_10, fourAm))
                .containsExactly(at("2025-06-11T02:00"), at("2025-06-11T03:00"));
    }

    @Test
    void aDailyHabitDoneTodayIsDoneAndOneNotYetDoneIsDue() {
        assertThat(agenda("2025-06-10T12:00", LogBook.of(walk).done(TUESDAY_10).log()))
                .containsExactly(item(walk, Status.DONE, 1, 1));
        assertThat(agenda("2025-06-10T12:00", LogBook.of(walk).done(MONDAY_9).log()))
                .containsExactly(item(walk, Status.DUE, 0, 1));
    }

    @Test
    void aMeasuredHabitShowsHowMuchOfTodaysTargetIsDone() {
        Habit water = habit(Schedule.daily(), Metric.measured("glasses", 8), MONDAY_9);

        assertThat(agenda(
                        "2025-06-10T12:00",
                        LogBook.of(water).amount(TUESDAY_10, 5).log()))
                .containsExactly(item(water, Status.DUE, 5, 8));
    }

    @Test
    void aWeekdayHabitNotDueTodayIsLeftOut() {
        Habit mondayWednesdayFriday = habit(Schedule.on(MONDAY, WEDNESDAY, FRIDAY), Metric.yesNo(), MONDAY_9);

        assertThat(agenda("2025-06-10T12:00", LogBook.of(mondayWednesdayFriday).log()))
                .isEmpty();
    }

    @Test
    void aWeekdayHabitNotDueTodayIsLeftOutEvenWhenPausedOrSkipped() {
        Habit mondayWednesdayFriday = habit(Schedule.on(MONDAY, WEDNESDAY, FRIDAY), Metric.yesNo(), MONDAY_9);

        assertThat(agenda(
                        "2025-06-10T12:00",
                        LogBook.of(mondayWednesdayFriday)
                                .paused(MONDAY_9, LocalDate.of(2025, 6, 20))
                                .log()))
                .isEmpty();
        assertThat(agenda(
                        "2025-06-10T12:00",
                        LogBook.of(mondayWednesdayFriday).skipped(TUESDAY_10).log()))
                .isEmpty();
    }

    @Test
    void archivedHabitsAndHabitsStartingLaterAreLeftOut() {
        Habit archived = habit(2, Schedule.daily(), Metric.yesNo(), MONDAY_9, HabitStatus.ARCHIVED);
        Habit tomorrow = daily(TUESDAY_10.plusDays(1));

        assertThat(agenda(
                        "2025-06-10T12:00",
                        LogBook.of(archived).log(),
                        LogBook.of(tomorrow).log()))
                .isEmpty();
    }

    @Test
    void aHabitPausedOrSkippedTodayIsShownAsSuch() {
        HabitLog paused = LogBook.of(walk).paused(MONDAY_9, TUESDAY_10).log();
        HabitLog skipped =
                LogBook.of(hourly).skipped(TUESDAY_10).amount(TUESDAY_10, 2).log();

        assertThat(agenda("2025-06-10T12:00", paused, skipped))
                .containsExactly(item(walk, Status.PAUSED, 0, 1), item(hourly, Status.SKIPPED, 2, 8));
    }

    @Test
    void threeTimesAWeekIsDoneOnceThreeDaysOfTheWeekAreDone() {
        Habit threeTimes = habit(Schedule.timesPerWeek(3), Metric.yesNo(), LocalDate.of(2025, 6, 2));
        LocalDate wednesday = LocalDate.of(2025, 6, 11);

        assertThat(agenda(
                        "2025-06-12T12:00",
                        LogBook.of(threeTimes)
                                .done(MONDAY_9, TUESDAY_10, wednesday)
                                .log()))
                .containsExactly(item(threeTimes, Status.DONE, 3, 3));
        assertThat(agenda(
                        "2025-06-12T12:00",
                        LogBook.of(threeTimes).done(MONDAY_9).log()))
                .containsExactly(item(threeTimes, Status.DUE, 1, 3));
    }

    @Test
    void threeTimesAWeekIsDoneForTheDayOnceDoneToday() {
        Habit threeTimes = habit(Schedule.timesPerWeek(3), Metric.yesNo(), LocalDate.of(2025, 6, 2));

        assertThat(agenda(
                        "2025-06-10T12:00",
                        LogBook.of(threeTimes).done(TUESDAY_10).log()))
                .containsExactly(item(threeTimes, Status.DONE, 1, 3));
    }

    @Test
    void aWeekShortenedByAPauseAsksOnlyForTheDaysLeft() {
        Habit fiveTimes = habit(Schedule.timesPerWeek(5), Metric.yesNo(), LocalDate.of(2025, 6, 2));
        LocalDate thursday = LocalDate.of(2025, 6, 12);
        LocalDate friday = LocalDate.of(2025, 6, 13);
        LogBook pausedMondayToThursday = LogBook.of(fiveTimes).paused(MONDAY_9, thursday);

        assertThat(agenda("2025-06-13T12:00", pausedMondayToThursday.log()))
                .as("Friday to Sunday left: three days")
                .containsExactly(item(fiveTimes, Status.DUE, 0, 3));
        assertThat(agenda(
                        "2025-06-14T12:00",
                        LogBook.of(fiveTimes)
                                .paused(MONDAY_9, thursday)
                                .done(friday, LocalDate.of(2025, 6, 14))
                                .log()))
                .containsExactly(item(fiveTimes, Status.DONE, 2, 3));
        assertThat(agenda(
                        "2025-06-15T09:00",
                        LogBook.of(fiveTimes)
                                .paused(MONDAY_9, thursday)
                                .done(friday, LocalDate.of(2025, 6, 14))
                                .log()))
                .as("Sunday, two of three done")
                .containsExactly(item(fiveTimes, Status.DUE, 2, 3));
    }

    @Test
    void aHabitStartingMidweekIsAskedForTheDaysItHas() {
        Habit threeTimes = habit(Schedule.timesPerWeek(3), Metric.yesNo(), LocalDate.of(2025, 6, 14));

        assertThat(agenda("2025-06-14T12:00", LogBook.of(threeTimes).log()))
                .as("Saturday and Sunday")
                .containsExactly(item(threeTimes, Status.DUE, 0, 2));
    }

    @Test
    void lastWeeksDaysDoNotCountTowardsThisWeek() {
        Habit threeTimes = habit(Schedule.timesPerWeek(3), Metric.yesNo(), LocalDate.of(2025, 6, 2));
        HabitLog log = LogBook.of(threeTimes)
                .done(LocalDate.of(2025, 6, 6), LocalDate.of(2025, 6, 7), LocalDate.of(2025, 6, 8))
                .log();

        assertThat(agenda("2025-06-09T12:00", log)).containsExactly(item(threeTimes, Status.DUE, 0, 3));
    }

    @Test
    void withAFourAmDayStartTheAgendaAtHalfPastOneIsStillYesterdays() {
        // 01:30 on Wednesday the 11th is still Tuesday the 10th for this person.
        PersonalCalendar fourAm = new PersonalCalendar(BERLIN, LocalTime.of(4, 0));
        Habit mondayWednesdayFriday =
                habit(3, Schedule.on(MONDAY, WEDNESDAY, FRIDAY), Metric.yesNo(), MONDAY_9, HabitStatus.ACTIVE);
        Habit tuesdays = habit(4, Schedule.on(TUESDAY), Metric.yesNo(), MONDAY_9, HabitStatus.ACTIVE);

        List<AgendaItem> agenda = Agenda.at(
                at("2025-06-11T01:30"),
                fourAm,
                List.of(
                        LogBook.of(walk).done(TUESDAY_10).log(),
                        LogBook.of(mondayWednesdayFriday).log(),
                        LogBook.of(tuesdays).log(),
                        LogBook.of(hourly).amount(TUESDAY_10, 6).log()));

        assertThat(agenda)
                .containsExactly(
                        item(walk, Status.DONE, 1, 1),
                        item(tuesdays, Status.DUE, 0, 1),
                        new AgendaItem(hourly, Status.OVERDUE, 6, 8, 2, Optional.empty()));
    }

    @Test
    void itemsComeInTheOrderOfTheLogs() {
        Habit second = habit(2, Schedule.daily(), Metric.yesNo(), MONDAY_9, HabitStatus.ACTIVE);

        assertThat(agenda(
                        "2025-06-10T12:00",
                        LogBook.of(second).log(),
                        LogBook.of(walk).log()))
                .extracting(AgendaItem::habit)
                .containsExactly(second, walk);
    }

    @Test
    void firstThingsFirstPutsOverdueThenDueThenDoneThenSkippedAndPaused() {
        AgendaItem paused = item(walk, Status.PAUSED, 0, 1);
        AgendaItem done = item(walk, Status.DONE, 1, 1);
        AgendaItem skipped = item(walk, Status.SKIPPED, 0, 1);
        AgendaItem due = item(walk, Status.DUE, 0, 1);
        AgendaItem overdue = new AgendaItem(hourly, Status.OVERDUE, 0, 8, 2, Optional.empty());

        assertThat(List.of(paused, done, skipped, due, overdue).stream()
                        .sorted(AgendaItem.FIRST_THINGS_FIRST)
                        .toList())
                .containsExactly(overdue, due, done, skipped, paused);
        assertThat(List.of(overdue, due, done, skipped, paused).stream()
                        .map(item -> item.toDo() + "/" + item.counted())
                        .toList())
                .containsExactly("true/true", "true/true", "false/true", "false/false", "false/false");
    }
}
