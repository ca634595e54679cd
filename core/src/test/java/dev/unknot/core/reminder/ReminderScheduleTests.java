package dev.unknot.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.progress.HabitLog;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderScheduleTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    static Habit habit(Schedule schedule) {
        return new Habit(
                new HabitId(7),
                "Walk",
                HabitTarget.custom("Walk"),
                schedule,
                Metric.yesNo(),
                START,
                HabitStatus.ACTIVE);
    }

    static HabitLog log(Habit habit) {
        return new HabitLog(habit, Map.of(), Set.of(), List.of());
    }

    static List<Instant> dues(
            ZoneId zone, LocalTime dayStart, HabitLog log, ReminderTimes times, String from, String until) {
        return ReminderSchedule.between(
                        Instant.parse(from),
                        Instant.parse(until),
                        new PersonalCalendar(zone, dayStart),
                        log,
                        times,
                        Optional.empty())
                .stream()
                .map(Reminder::due)
                .toList();
    }

    static List<Instant> daily(ZoneId zone, ReminderTimes times, String from, String until) {
        return dues(zone, LocalTime.MIDNIGHT, log(habit(Schedule.daily())), times, from, until);
    }

    static List<Instant> instants(String... instants) {
        return List.of(instants).stream().map(Instant::parse).toList();
    }

    @Test
    void theClockAloneSaysWhetherAReminderCouldFall() {
        PersonalCalendar berlin = new PersonalCalendar(BERLIN, LocalTime.of(4, 0));
        ReminderTimes nine = ReminderTimes.parse("09:00");
        // 09:00 in Berlin in June is 07:00 UTC.
        assertThat(ReminderSchedule.mayRemind(
                        Instant.parse("2026-06-01T06:59:00Z"), Instant.parse("2026-06-01T07:00:01Z"), berlin, nine))
                .isTrue();
        assertThat(ReminderSchedule.mayRemind(
                        Instant.parse("2026-06-01T07:00:01Z"), Instant.parse("2026-06-01T08:00:00Z"), berlin, nine))
                .isFalse();
        // 02:30 does not exist on 29 March 2026 in Berlin: it may fall when the gap ends, at 03:00 (01:00 UTC).
        ReminderTimes halfPastTwo = ReminderTimes.parse("02:30");
        assertThat(ReminderSchedule.mayRemind(
                        Instant.parse("2026-03-29T00:59:00Z"),
                        Instant.parse("2026-03-29T01:00:01Z"),
                        berlin,
                        halfPastTwo))
                .isTrue();
        assertThat(ReminderSchedule.mayRemind(
                        Instant.parse("2026-06-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"), berlin, nine))
                .as("an empty window")
                .isFalse();
        assertThat(ReminderSchedule.mayRemind(
                        Instant.parse("2026-06-01T10:00:00Z"),
                        Instant.parse("2026-06-01T10:01:00Z"),
                        berlin,
                        ReminderTimes.slots()))
                .isTrue();
        assertThat(ReminderSchedule.mayRemind(
                        Instant.parse("2026-06-01T06:00:00Z"),
                        Instant.parse("2026-06-01T08:00:00Z"),
                        berlin,
                        ReminderTimes.off()))
                .isFalse();
    }

    @Test
    void remindsAtEachTimeOfEachDueDay() {
        assertThat(daily(BERLIN, ReminderTimes.parse("14:00, 09:00"), "2026-06-01T00:00:00Z", "2026-06-03T00:00:00Z"))
                .isEqualTo(instants(
                        "2026-06-01T07:00:00Z",
                        "2026-06-01T12:00:00Z",
                        "2026-06-02T07:00:00Z",
                        "2026-06-02T12:00:00Z"));
    }

    @Test
    void aSkippedTimeInBerlinRemindsOnceWhenTheGapEnds() {
        List<Reminder> reminders = ReminderSchedule.between(
                Instant.parse("2026-03-28T23:00:00Z"),
                Instant.parse("2026-03-29T22:00:00Z"),
                PersonalCalendar.startingAtMidnight(BERLIN),
                log(habit(Schedule.daily())),
                ReminderTimes.parse("02:30"),
                Optional.empty());
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).due()).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(reminders.get(0).slot()).hasToString("2026-03-29T02:30");
        assertThat(reminders.get(0).day()).isEqualTo(LocalDate.of(2026, 3, 29));
    }

    @Test
    void aRepeatedTimeInBerlinRemindsTheFirstTimeOnly() {
        assertThat(daily(BERLIN, ReminderTimes.parse("02:30"), "2026-10-24T22:00:00Z", "2026-10-25T23:00:00Z"))
                .isEqualTo(instants("2026-10-25T00:30:00Z"));
    }

    @Test
    void newYorkSpringsForwardAndFallsBack() {
        assertThat(daily(NEW_YORK, ReminderTimes.parse("02:30"), "2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z"))
                .isEqualTo(instants("2026-03-08T07:00:00Z"));
        assertThat(daily(NEW_YORK, ReminderTimes.parse("01:30"), "2026-11-01T04:00:00Z", "2026-11-02T05:00:00Z"))
                .isEqualTo(instants("2026-11-01T05:30:00Z"));
    }

    @Test
    void lordHoweShiftsByHalfAnHour() {
        // Clocks go from 02:00 to 02:30 on 4 October 2026 and back from 02:00 to 01:30 on 5 April 2026.
        assertThat(daily(LORD_HOWE, ReminderTimes.parse("02:15"), "2026-10-03T13:30:00Z", "2026-10-04T13:00:00Z"))
                .isEqualTo(instants("2026-10-03T15:30:00Z"));
        assertThat(daily(LORD_HOWE, ReminderTimes.parse("01:45"), "2026-04-04T13:00:00Z", "2026-04-05T13:30:00Z"))
                .isEqualTo(instants("2026-04-04T14:45:00Z"));
    }

    @Test
    void twoTimesTheClocksSkipRemindOnce() {
        assertThat(daily(
                        BERLIN,
                        ReminderTimes.parse("02:15,02:45,03:00"),
                        "2026-03-28T23:00:00Z",
                        "2026-03-29T22:00:00Z"))
                .isEqualTo(instants("2026-03-29T01:00:00Z"));
    }

    @Test
    void aTimeBeforeTheDayStartBelongsToTheDayBefore() {
        Habit habit = habit(Schedule.daily());
        LocalDate june1 = LocalDate.of(2026, 6, 1);
        HabitLog doneOnJune1 = new HabitLog(habit, Map.of(june1, 1.0), Set.of(), List.of());
        List<Reminder> reminders = ReminderSchedule.between(
                Instant.parse("2026-06-01T12:00:00Z"),
                Instant.parse("2026-06-03T12:00:00Z"),
                new PersonalCalendar(BERLIN, LocalTime.of(4, 0)),
                doneOnJune1,
                ReminderTimes.parse("01:00"),
                Optional.empty());
        // 01:00 on 2 June is still the person's 1 June, which is done.
        assertThat(reminders).extracting(Reminder::day).containsExactly(LocalDate.of(2026, 6, 2));
        assertThat(reminders).extracting(Reminder::due).containsExactly(Instant.parse("2026-06-02T23:00:00Z"));
    }

    @Test
    void noReminderOnADayDoneSkippedPausedOrNotDue() {
        Habit habit = habit(Schedule.on(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
        // 1 June 2026 is a Monday.
        HabitLog log = new HabitLog(
                habit,
                Map.of(LocalDate.of(2026, 6, 1), 1.0),
                Set.of(LocalDate.of(2026, 6, 2)),
                List.of(new DateRange(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 3))));
        List<Reminder> reminders = ReminderSchedule.between(
                Instant.parse("2026-06-01T00:00:00Z"),
                Instant.parse("2026-06-08T00:00:00Z"),
                PersonalCalendar.startingAtMidnight(BERLIN),
                log,
                ReminderTimes.parse("09:00"),
                Optional.empty());
        assertThat(reminders).extracting(Reminder::day).containsExactly(LocalDate.of(2026, 6, 4));
    }

    @Test
    void noReminderForAnArchivedHabitOrBeforeItStarts() {
        Habit archived = new Habit(
                new HabitId(1),
                "Walk",
                HabitTarget.custom("Walk"),
                Schedule.daily(),
                Metric.yesNo(),
                START,
                HabitStatus.ARCHIVED);
        assertThat(dues(
                        BERLIN,
                        LocalTime.MIDNIGHT,
                        log(archived),
                        ReminderTimes.parse("09:00"),
                        "2026-06-01T00:00:00Z",
                        "2026-06-08T00:00:00Z"))
                .isEmpty();
        Habit later = new Habit(
                new HabitId(1),
                "Walk",
                HabitTarget.custom("Walk"),
                Schedule.daily(),
                Metric.yesNo(),
                LocalDate.of(2026, 6, 7),
                HabitStatus.ACTIVE);
        assertThat(dues(
                        BERLIN,
                        LocalTime.MIDNIGHT,
                        log(later),
                        ReminderTimes.parse("09:00"),
                        "2026-06-01T00:00:00Z",
                        "2026-06-08T00:00:00Z"))
                .isEqualTo(instants("2026-06-07T07:00:00Z"));
    }

    @Test
    void quietHoursRunPastMidnight() {
        List<Reminder> reminders = ReminderSchedule.between(
                Instant.parse("2026-06-01T04:00:00Z"),
                Instant.parse("2026-06-02T04:00:00Z"),
                PersonalCalendar.startingAtMidnight(NEW_YORK),
                log(habit(Schedule.daily())),
                ReminderTimes.parse("06:59,07:00,12:00,21:59,22:00"),
                Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0))));
        assertThat(reminders)
                .extracting(reminder -> reminder.slot().toLocalTime().toString())
                .containsExactly("07:00", "12:00", "21:59");
    }

    @Test
    void slotsRemindAtEachSlotNotYetCheckedIn() {
        Habit habit = habit(Schedule.everyHours(2, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        LocalDate june1 = LocalDate.of(2026, 6, 1);
        HabitLog twoDone = new HabitLog(habit, Map.of(june1, 2.0), Set.of(), List.of());
        List<Reminder> reminders = ReminderSchedule.between(
                Instant.parse("2026-06-01T00:00:00Z"),
                Instant.parse("2026-06-02T00:00:00Z"),
                PersonalCalendar.startingAtMidnight(BERLIN),
                twoDone,
                ReminderTimes.slots(),
                Optional.empty());
        // Slots at 11, 13, 15 and 17; two check-ins cover the first two.
        assertThat(reminders)
                .extracting(reminder -> reminder.slot().toLocalTime().toString())
                .containsExactly("15:00", "17:00");
    }

    @Test
    void aWeeklyHabitRemindsUntilTheWeekIsMet() {
        Habit habit = habit(Schedule.timesPerWeek(2));
        // Monday and Tuesday done: the rest of the week is quiet.
        HabitLog log = new HabitLog(
                habit, Map.of(LocalDate.of(2026, 6, 1), 1.0, LocalDate.of(2026, 6, 2), 1.0), Set.of(), List.of());
        List<Reminder> reminders = ReminderSchedule.between(
                Instant.parse("2026-06-01T00:00:00Z"),
                Instant.parse("2026-06-09T00:00:00Z"),
                PersonalCalendar.startingAtMidnight(BERLIN),
                log,
                ReminderTimes.parse("18:00"),
                Optional.empty());
        assertThat(reminders).extracting(Reminder::day).containsExactly(LocalDate.of(2026, 6, 8));
    }

    @Test
    void offRemindsNever() {
        assertThat(daily(BERLIN, ReminderTimes.off(), "2026-06-01T00:00:00Z", "2026-07-01T00:00:00Z"))
                .isEmpty();
    }

    @Test
    void readsAndWritesItsText() {
        assertThat(ReminderTimes.parse("14:00,09:00,09:00").text()).isEqualTo("09:00,14:00");
        assertThat(ReminderTimes.parse("Slots")).isEqualTo(ReminderTimes.slots());
        assertThat(ReminderTimes.parse("off")).isEqualTo(ReminderTimes.off());
        assertThatThrownBy(() -> ReminderTimes.parse("9am"))
                .hasMessage("reminder times must be off, slots or times such as 09:00,14:00; '9am' is not a time of day"
                        + " (HH:MM)");
        assertThatThrownBy(() -> ReminderTimes.parse(
                        "01:00,02:00,03:00,04:00,05:00,06:00,07:00,08:00,09:00,10:00,11:00,12:00,13:00"))
                .hasMessage("a habit may have 1 to 12 reminder times, was 13");
        assertThatThrownBy(() -> ReminderTimes.slots().checkFits(Schedule.daily()))
                .hasMessage("reminder times 'slots' need an every-N-hours habit; this one is due every day");
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON))
                .hasMessageContaining("different times");
    }
}
