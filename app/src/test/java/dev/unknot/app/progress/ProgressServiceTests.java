package dev.unknot.app.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.progress.AgendaItem;
import dev.unknot.core.progress.Day;
import dev.unknot.core.progress.DayState;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Relief;
import dev.unknot.core.progress.Streak;
import dev.unknot.core.progress.TightnessTrend;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

abstract class ProgressServiceTests extends AppTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** A first day to show before every habit's start: all of its days. */
    static final LocalDate SINCE_EVER = LocalDate.of(2000, 1, 1);

    ProgressService progress() {
        return bean(ProgressService.class);
    }

    HabitService habits() {
        return bean(HabitService.class);
    }

    Person person(String zone, String dayStart) {
        return bean(PersonService.class).changeCalendar(newPerson().id(), zone, dayStart);
    }

    void checkIn(Person person, Habit habit, LocalDateTime local, ZoneId zone) {
        checkIn(person, CheckInRequest.of(habit.id()).at(local.atZone(zone).toInstant()));
    }

    void checkIn(Person person, CheckInRequest request) {
        bean(CheckInService.class).record(person.id(), request);
    }

    @Test
    void checkInAtHalfPastOneWithADayStartOfFourCountsForTheDayBefore() {
        Person person = person("Europe/Berlin", "04:00");
        Habit habit = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).startingOn(LocalDate.of(2025, 3, 3)));
        for (int day = 3; day <= 8; day++) {
            checkIn(person, habit, LocalDateTime.of(2025, 3, day, 20, 0), BERLIN);
        }
        // Sunday's check-in after midnight, early on Monday the 10th.
        checkIn(person, habit, LocalDateTime.of(2025, 3, 10, 1, 30), BERLIN);
        clock.set(LocalDateTime.of(2025, 3, 10, 12, 0).atZone(BERLIN));

        HabitProgress progress = progress().progress(person.id(), habit.id(), SINCE_EVER);

        assertThat(progress.today()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(progress.days())
                .extracting(Day::state)
                .containsExactly(
                        DayState.DONE,
                        DayState.DONE,
                        DayState.DONE,
                        DayState.DONE,
                        DayState.DONE,
                        DayState.DONE,
                        DayState.DONE,
                        DayState.PENDING);
        assertThat(progress.current())
                .isEqualTo(new Streak(
                        7,
                        Streak.Unit.DAYS,
                        Optional.of(LocalDate.of(2025, 3, 3)),
                        Optional.of(LocalDate.of(2025, 3, 9))));
        assertThat(progress().today(person.id()).agenda())
                .singleElement()
                .satisfies(item -> assertThat(item.status()).isEqualTo(AgendaItem.Status.DUE));

        // The same check-in with a day that starts at midnight falls on Monday: Sunday is missed.
        bean(PersonService.class).changeCalendar(person.id(), "Europe/Berlin", "00:00");
        HabitProgress atMidnight = progress().progress(person.id(), habit.id(), SINCE_EVER);
        assertThat(atMidnight.days().get(6).state()).isEqualTo(DayState.MISSED);
        assertThat(atMidnight.current().length()).isEqualTo(1);
        assertThat(progress().today(person.id()).agenda())
                .singleElement()
                .satisfies(item -> assertThat(item.status()).isEqualTo(AgendaItem.Status.DONE));
    }

    @Test
    void streakSurvivesBothDaylightSavingChangesInNewYork() {
        Person person = person("America/New_York", "00:00");
        Habit spring = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).startingOn(LocalDate.of(2025, 3, 7)));
        // 2025-03-09 has 23 hours; 23:59 is still that day and 00:01 the next.
        checkIn(person, spring, LocalDateTime.of(2025, 3, 7, 23, 59), NEW_YORK);
        checkIn(person, spring, LocalDateTime.of(2025, 3, 8, 23, 59), NEW_YORK);
        checkIn(person, spring, LocalDateTime.of(2025, 3, 10, 0, 1), NEW_YORK);
        checkIn(person, spring, LocalDateTime.of(2025, 3, 9, 23, 59), NEW_YORK);
        clock.set(LocalDateTime.of(2025, 3, 10, 9, 0).atZone(NEW_YORK));

        HabitProgress springProgress = progress().progress(person.id(), spring.id(), SINCE_EVER);

        assertThat(springProgress.days())
                .extracting(Day::state)
                .containsExactly(DayState.DONE, DayState.DONE, DayState.DONE, DayState.DONE);
        assertThat(springProgress.current().length()).isEqualTo(4);

        Habit fall = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.PLANK).startingOn(LocalDate.of(2024, 11, 2)));
        checkIn(person, fall, LocalDateTime.of(2024, 11, 2, 23, 30), NEW_YORK);
        // 2024-11-03 has 25 hours: its second 01:30 and its 23:30 are both that day.
        checkIn(person, CheckInRequest.of(fall.id()).at(Instant.parse("2024-11-03T06:30:00Z")));
        checkIn(person, fall, LocalDateTime.of(2024, 11, 4, 23, 30), NEW_YORK);
        clock.set(LocalDateTime.of(2024, 11, 5, 9, 0).atZone(NEW_YORK));

        HabitProgress fallProgress = progress().progress(person.id(), fall.id(), SINCE_EVER);

        assertThat(fallProgress.days())
                .extracting(Day::state)
                .containsExactly(DayState.DONE, DayState.DONE, DayState.DONE, DayState.PENDING);
        assertThat(fallProgress.current().length()).isEqualTo(3);
    }

    @Test
    void dayStartInsideTheSpringGapStillGivesEveryCheckInOneDay() {
        Person person = person("Europe/Berlin", "02:30");
        Habit habit = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).startingOn(LocalDate.of(2025, 3, 29)));
        clock.set(LocalDateTime.of(2025, 3, 31, 12, 0).atZone(BERLIN));
        // On 2025-03-30 Berlin jumps from 02:00 to 03:00, so that day starts at 03:00.
        checkIn(person, habit, LocalDateTime.of(2025, 3, 30, 1, 45), BERLIN);
        checkIn(person, habit, LocalDateTime.of(2025, 3, 30, 3, 5), BERLIN);
        checkIn(person, habit, LocalDateTime.of(2025, 3, 31, 2, 15), BERLIN);

        HabitProgress progress = progress().progress(person.id(), habit.id(), SINCE_EVER);

        assertThat(progress.days())
                .extracting(Day::date, Day::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 29), 1.0),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 30), 2.0),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 31), 0.0));
        assertThat(bean(CheckInService.class)
                        .list(person.id(), new DateRange(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 30))))
                .hasSize(2);
    }

    @Test
    void skipsAndPausesNeitherCountNorBreakTheStreak() {
        Person person = person("Europe/Berlin", "00:00");
        Habit habit = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).startingOn(LocalDate.of(2025, 3, 1)));
        for (int day : new int[] {1, 2, 3, 7, 8, 9}) {
            checkIn(person, habit, LocalDateTime.of(2025, 3, day, 9, 0), BERLIN);
        }
        habits().skip(person.id(), habit.id(), LocalDate.of(2025, 3, 4));
        habits().pause(person.id(), habit.id(), new DateRange(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 6)));

        HabitProgress progress = progress().progress(person.id(), habit.id(), SINCE_EVER);

        assertThat(progress.current().length()).isEqualTo(6);
        assertThat(progress.days().subList(3, 6))
                .extracting(Day::state)
                .containsExactly(DayState.SKIPPED, DayState.PAUSED, DayState.PAUSED);
    }

    @Test
    void threeTimesAWeekHabitKeepsItsStreakWeekByWeek() {
        Person person = person("Europe/Berlin", "00:00");
        Habit habit = habits().create(
                        person.id(),
                        NewHabit.fromTemplate(TestPlugin.PLANK_THREE_TIMES).startingOn(LocalDate.of(2025, 2, 24)));
        for (int day : new int[] {24, 26, 28}) {
            checkIn(person, habit, LocalDateTime.of(2025, 2, day, 18, 0), BERLIN);
        }
        for (int day : new int[] {3, 4, 5}) {
            checkIn(person, habit, LocalDateTime.of(2025, 3, day, 18, 0), BERLIN);
        }

        HabitProgress progress = progress().progress(person.id(), habit.id(), SINCE_EVER);

        assertThat(progress.current())
                .isEqualTo(new Streak(
                        2,
                        Streak.Unit.WEEKS,
                        Optional.of(LocalDate.of(2025, 2, 24)),
                        Optional.of(LocalDate.of(2025, 3, 9))));
        assertThat(progress.weeks()).hasSize(3);
    }

    @Test
    void agendaShowsWhatIsDueDoneOverdueSkippedAndPaused() {
        Person person = person("Europe/Berlin", "00:00");
        LocalDate monday = LocalDate.of(2025, 3, 10);
        // Added in the morning: slots before a habit was added are never overdue.
        clock.set(monday.atTime(7, 0).atZone(BERLIN));
        Habit walk = habits().create(person.id(), NewHabit.fromTemplate(TestPlugin.HOURLY_WALK));
        Habit water = habits().create(person.id(), NewHabit.fromTemplate(TestPlugin.WATER));
        Habit neck = habits().create(person.id(), NewHabit.fromTemplate(TestPlugin.DAILY_NECK_ROLL));
        Habit plank = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        Habit paused = habits().create(person.id(), NewHabit.routine(TestPlugin.DESK_BREAK));
        Habit weekends = habits().create(
                        person.id(), NewHabit.custom("Long walk").on(Schedule.on(java.time.DayOfWeek.SATURDAY)));
        habits().archive(
                        person.id(),
                        habits().create(person.id(), NewHabit.custom("Old habit"))
                                .id());
        checkIn(person, walk, monday.atTime(10, 5), BERLIN);
        checkIn(
                person,
                CheckInRequest.of(water.id())
                        .amount(3)
                        .at(monday.atTime(9, 0).atZone(BERLIN).toInstant()));
        checkIn(person, neck, monday.atTime(8, 0), BERLIN);
        habits().skip(person.id(), plank.id(), monday);
        habits().pause(person.id(), paused.id(), new DateRange(monday.minusDays(1), monday.plusDays(1)));
        clock.set(monday.atTime(11, 30).atZone(BERLIN));

        List<AgendaItem> agenda = progress().today(person.id()).agenda();

        assertThat(agenda)
                .extracting(item -> item.habit().name(), AgendaItem::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Walk every hour", AgendaItem.Status.OVERDUE),
                        org.assertj.core.groups.Tuple.tuple("8 glasses of water", AgendaItem.Status.DUE),
                        org.assertj.core.groups.Tuple.tuple("Daily neck roll", AgendaItem.Status.DONE),
                        org.assertj.core.groups.Tuple.tuple("Plank", AgendaItem.Status.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple("Desk break", AgendaItem.Status.PAUSED));
        AgendaItem walking = agenda.get(0);
        assertThat(walking.overdue()).isEqualTo(1);
        assertThat(walking.next()).contains(monday.atTime(12, 0).atZone(BERLIN).toInstant());
        assertThat(agenda.get(1).done()).isEqualTo(3);
        assertThat(agenda.get(1).target()).isEqualTo(8);
        assertThat(agenda).extracting(AgendaItem::habit).doesNotContain(weekends);
    }

    @Test
    void reliefIsAveragedPerTechniqueAcrossHabitsLargestFirst() {
        Person person = person("Europe/Berlin", "00:00");
        Habit neck = habits().create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        Habit neckAgain = habits().create(person.id(), NewHabit.fromTemplate(TestPlugin.DAILY_NECK_ROLL));
        Habit plank = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        checkIn(person, CheckInRequest.of(neck.id()).tightness(6, 3));
        checkIn(person, CheckInRequest.of(neckAgain.id()).tightness(8, 4));
        checkIn(person, CheckInRequest.of(plank.id()).tightness(5, 4));
        checkIn(person, CheckInRequest.of(plank.id()).tightness(5, null));
        habits().archive(person.id(), neckAgain.id());

        List<Relief> relief =
                progress().report(person.id(), Optional.empty(), 1, 1).relief();

        assertThat(relief)
                .extracting(Relief::target, Relief::averageDrop, Relief::checkIns)
                .containsExactly(
                        tuple(HabitTarget.technique(TestPlugin.NECK_ROLL), 3.5, 2),
                        tuple(HabitTarget.technique(TestPlugin.PLANK), 1.0, 1));
    }

    @Test
    void painIsTrendedBesideTightnessAndEachChangeComparesTheFirstTwoWeeksWithTheLast() {
        Person person = person("Europe/Berlin", "00:00");
        LocalDate today = LocalDate.of(2025, 3, 10);
        Habit neck = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).startingOn(today.minusDays(40)));
        // The case: the first rating 5, the first two weeks 6.71, the last two 5.64.
        int[] tightness = {
            5, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 6, 5, 6, 6, 6, 5, 5, 5, 6
        };
        for (int i = 0; i < tightness.length; i++) {
            LocalDate day = today.minusDays(tightness.length - 1L - i);
            checkIn(
                    person,
                    CheckInRequest.of(neck.id())
                            .tightness(tightness[i], null)
                            .pain(i < 14 ? 6 : i < 21 ? 5 : 3, i < 14 ? 4 : null)
                            .at(day.atTime(9, 0).atZone(BERLIN).toInstant()));
        }

        ProgressReport all = progress().report(person.id(), Optional.empty(), 1, 7);
        ProgressReport one = progress().report(person.id(), Optional.of(neck.id()), 1, 90);

        assertThat(all.painTrend())
                .hasSize(7)
                .first()
                .isEqualTo(new TightnessTrend.Point(today.minusDays(6), OptionalDouble.of(3), OptionalDouble.empty()));
        assertThat(one.painTrend().get(0))
                .isEqualTo(new TightnessTrend.Point(today.minusDays(34), OptionalDouble.of(6), OptionalDouble.of(4)));
        assertThat(all.tightnessChange().orElseThrow().sentence())
                .isEqualTo("Your tightness before practice averaged 5.6/10 in the last two weeks vs. 6.7/10 in your "
                        + "first two weeks: about the same (a change counts from 2 points or 30%).");
        assertThat(all.painChange().orElseThrow().sentence())
                .isEqualTo("Your pain before practice averaged 3.0/10 in the last two weeks vs. 6.0/10 in your "
                        + "first two weeks: better.");
        assertThat(one.tightnessChange()).isEqualTo(all.tightnessChange());
    }

    @Test
    void whatHelpsRanksOnlyWhatRestsOnFiveCheckInsByThePersonsHabitNames() {
        Person person = person("Europe/Berlin", "00:00");
        Habit neck = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).named("Evening neck"));
        Habit plank = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.PLANK).named("Core"));
        for (int i = 0; i < 5; i++) {
            checkIn(person, CheckInRequest.of(neck.id()).tightness(6, 4).pain(i < 4 ? 5 : 4, 2));
        }
        for (int i = 0; i < 4; i++) {
            checkIn(person, CheckInRequest.of(plank.id()).tightness(8, 2));
        }
        Habit walk = habits().create(person.id(), NewHabit.custom("Walk"));
        for (int i = 0; i < 6; i++) {
            // Pain rated on four check-ins only: too few to say anything about pain.
            checkIn(person, CheckInRequest.of(walk.id()).tightness(5, 5).pain(i < 4 ? 6 : null, 1));
        }

        ProgressReport report = progress().report(person.id(), Optional.empty(), 1, 7);

        assertThat(report.relief()).hasSize(3);
        assertThat(report.whatHelps())
                .extracting(Relief::habits, Relief::checkIns, Relief::sentence, Relief::painSentence)
                .containsExactly(
                        tuple(
                                "Evening neck",
                                5,
                                "Tightness after Evening neck: 4.0/10 vs. 6.0/10 before, over 5 check-ins: better.",
                                Optional.of("Pain after Evening neck: 2.0/10 vs. 4.8/10 before, over 5 check-ins: "
                                        + "better.")),
                        tuple(
                                "Walk",
                                6,
                                "Tightness after Walk: 5.0/10 vs. 5.0/10 before, over 6 check-ins: about the same.",
                                Optional.empty()));
        assertThat(report.whatHelps().get(1).pain().orElseThrow().checkIns()).isEqualTo(4);
        assertThat(report.tightnessChange()).as("a single day of ratings").isEmpty();
    }

    @Test
    void tightnessTrendAveragesEachDay() {
        Person person = person("Europe/Berlin", "00:00");
        Habit neck = habits().create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        LocalDate today = LocalDate.of(2025, 3, 10);
        checkIn(
                person,
                CheckInRequest.of(neck.id())
                        .tightness(8, 5)
                        .at(today.minusDays(2).atTime(9, 0).atZone(BERLIN).toInstant()));
        checkIn(
                person,
                CheckInRequest.of(neck.id())
                        .tightness(6, 3)
                        .at(today.minusDays(2).atTime(18, 0).atZone(BERLIN).toInstant()));
        checkIn(
                person,
                CheckInRequest.of(neck.id())
                        .tightness(5, null)
                        .at(today.atTime(8, 0).atZone(BERLIN).toInstant()));
        checkIn(
                person,
                CheckInRequest.of(neck.id())
                        .at(today.atTime(9, 0).atZone(BERLIN).toInstant()));

        List<TightnessTrend.Point> trend =
                progress().report(person.id(), Optional.empty(), 1, 7).trend();

        assertThat(trend)
                .containsExactly(
                        new TightnessTrend.Point(today.minusDays(2), OptionalDouble.of(7), OptionalDouble.of(4)),
                        new TightnessTrend.Point(today, OptionalDouble.of(5), OptionalDouble.empty()));
        assertThat(progress().report(person.id(), Optional.empty(), 1, 1).trend())
                .hasSize(1);
        assertThatThrownBy(() -> progress().report(person.id(), Optional.empty(), 1, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The tightness trend covers 1 to 3660 days, not 0.");
    }

    @Test
    void reliefCountsEveryCheckInWhetherKeptWithAStandingOrReadSinceAndFollowsAnEdit() {
        Person person = person("Europe/Berlin", "00:00");
        Habit neck = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).startingOn(LocalDate.of(2025, 2, 1)));
        Habit plank = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.PLANK).startingOn(LocalDate.of(2025, 2, 1)));
        // Before the habit's start, long settled, and after the settled days.
        // Pain is rated on some of them, one of which rated no tightness after.
        record(person, neck, LocalDate.of(2025, 1, 20), 8, 2, 7, 3);
        RecordedCheckIn edited = record(person, neck, LocalDate.of(2025, 2, 10), 6, 5, null, null);
        record(person, neck, LocalDate.of(2025, 3, 9), 7, 4, 5, 4);
        record(person, plank, LocalDate.of(2025, 2, 11), 5, 4, 4, null);
        record(person, plank, LocalDate.of(2025, 3, 8), 5, null, 6, 2);
        List<Tuple> expected = List.of(
                tuple(HabitTarget.technique(TestPlugin.NECK_ROLL), 10.0 / 3, 3, Optional.of(tuple(6.0, 2.5, 2))),
                tuple(HabitTarget.technique(TestPlugin.PLANK), 1.0, 1, Optional.of(tuple(6.0, 4.0, 1))));

        assertThat(relief(person)).as("standings made").isEqualTo(expected);
        assertThat(relief(person)).as("standings kept").isEqualTo(expected);
        clock.advance(java.time.Duration.ofDays(21));
        assertThat(relief(person)).as("standings brought forward").isEqualTo(expected);

        bean(CheckInService.class)
                .edit(
                        person.id(),
                        edited.id(),
                        CheckInRequest.of(neck.id()).tightness(6, 0).pain(3, 1));
        habits().archive(person.id(), plank.id());
        assertThat(relief(person))
                .as("an edited day long settled, an archived habit")
                .containsExactly(
                        tuple(HabitTarget.technique(TestPlugin.NECK_ROLL), 5.0, 3, Optional.of(tuple(5.0, 7.0 / 3, 3))),
                        tuple(HabitTarget.technique(TestPlugin.PLANK), 1.0, 1, Optional.of(tuple(6.0, 4.0, 1))));
    }

    private RecordedCheckIn record(
            Person person,
            Habit habit,
            LocalDate day,
            int before,
            Integer after,
            Integer painBefore,
            Integer painAfter) {
        return bean(CheckInService.class)
                .record(
                        person.id(),
                        CheckInRequest.of(habit.id())
                                .tightness(before, after)
                                .pain(painBefore, painAfter)
                                .at(day.atTime(9, 0).atZone(BERLIN).toInstant()))
                .checkIn();
    }

    private List<Tuple> relief(Person person) {
        return progress().report(person.id(), Optional.empty(), 1, 1).relief().stream()
                .map(relief -> tuple(
                        relief.target(),
                        relief.averageDrop(),
                        relief.checkIns(),
                        relief.pain().map(pain -> tuple(pain.averageBefore(), pain.averageDrop(), pain.checkIns()))))
                .toList();
    }

    @Test
    void progressOfAllFollowsEveryChangeToWhatItIsComputedFrom() {
        Person person = person("Europe/Berlin", "00:00");
        Habit habit = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).startingOn(LocalDate.of(2025, 3, 8)));
        checkIn(person, habit, LocalDateTime.of(2025, 3, 9, 10, 0), BERLIN);
        List<HabitProgress> first = progress().progress(person.id(), SINCE_EVER);
        assertThat(progress().progress(person.id(), SINCE_EVER))
                .as("nothing changed")
                .isEqualTo(first);

        checkIn(person, habit, LocalDateTime.of(2025, 3, 10, 9, 0), BERLIN);
        assertThat(progress().progress(person.id(), SINCE_EVER).get(0).current().length())
                .as("a check-in")
                .isEqualTo(2);

        habits().skip(person.id(), habit.id(), LocalDate.of(2025, 3, 8));
        assertThat(progress()
                        .progress(person.id(), SINCE_EVER)
                        .get(0)
                        .days()
                        .get(0)
                        .state())
                .as("a skipped day")
                .isEqualTo(dev.unknot.core.progress.DayState.SKIPPED);

        clock.advance(java.time.Duration.ofDays(2));
        assertThat(progress().progress(person.id(), SINCE_EVER).get(0).today())
                .as("a new day")
                .isEqualTo(LocalDate.of(2025, 3, 12));

        habits().archive(person.id(), habit.id());
        assertThat(progress().progress(person.id(), SINCE_EVER))
                .as("an archived habit")
                .isEmpty();
    }

    @Test
    void progressOfAllCoversActiveHabitsOnly() {
        Person person = person("Europe/Berlin", "00:00");
        Habit kept = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).startingOn(LocalDate.of(2025, 3, 9)));
        habits().archive(
                        person.id(),
                        habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK))
                                .id());
        checkIn(person, kept, LocalDateTime.of(2025, 3, 9, 10, 0), BERLIN);

        List<HabitProgress> all = progress().progress(person.id(), SINCE_EVER);

        assertThat(all).singleElement().satisfies(progress -> {
            assertThat(progress.habit()).isEqualTo(kept.id());
            assertThat(progress.current().length()).isEqualTo(1);
            assertThat(progress.strength()).isCloseTo(1 - Math.pow(0.5, 1.0 / 14), within(1e-9));
        });
    }

    @Test
    void anotherPersonsHabitHasNoProgressToShow() {
        Person owner = person("Europe/Berlin", "00:00");
        Person other = person("Europe/Berlin", "00:00");
        Habit habit = habits().create(owner.id(), NewHabit.technique(TestPlugin.NECK_ROLL));

        assertThatThrownBy(() -> progress().progress(other.id(), habit.id(), SINCE_EVER))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no habit " + habit.id());
        assertThat(progress().today(other.id()).agenda()).isEmpty();
        assertThat(progress().report(other.id(), Optional.empty(), 1, 1).relief())
                .isEmpty();
    }

    @Test
    void aReportHoldsWhatThePagesSeparateReadsGive() {
        Person person = person("Europe/Berlin", "00:00");
        Habit neck = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.NECK_ROLL).startingOn(LocalDate.of(2025, 3, 1)));
        Habit plank = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.PLANK).startingOn(LocalDate.of(2025, 3, 1)));
        Habit archived = habits().create(person.id(), NewHabit.custom("Old stretch"));
        checkIn(
                person,
                CheckInRequest.of(neck.id())
                        .tightness(7, 4)
                        .at(LocalDate.of(2025, 3, 9).atTime(9, 0).atZone(BERLIN).toInstant()));
        checkIn(person, plank, LocalDateTime.of(2025, 3, 10, 8, 0), BERLIN);
        checkIn(person, CheckInRequest.of(archived.id()).tightness(5, 4));
        habits().archive(person.id(), archived.id());

        ProgressReport all = progress().report(person.id(), Optional.empty(), 4, 28);
        ProgressReport one = progress().report(person.id(), Optional.of(archived.id()), 1, 7);

        assertThat(all.habits()).extracting(Habit::id).containsExactly(neck.id(), plank.id(), archived.id());
        assertThat(all.progress()).isEqualTo(progress().progress(person.id(), 4));
        assertThat(all.trend())
                .containsExactly(
                        new TightnessTrend.Point(LocalDate.of(2025, 3, 9), OptionalDouble.of(7), OptionalDouble.of(4)),
                        new TightnessTrend.Point(
                                LocalDate.of(2025, 3, 10), OptionalDouble.of(5), OptionalDouble.of(4)));
        assertThat(all.relief())
                .as("archived habits count")
                .extracting(Relief::target, Relief::averageDrop, Relief::checkIns)
                .containsExactly(
                        tuple(HabitTarget.technique(TestPlugin.NECK_ROLL), 3.0, 1), tuple(archived.target(), 1.0, 1));
        assertThat(one.progress())
                .as("one habit, archived ones too")
                .containsExactly(progress().progress(person.id(), archived.id(), 1));
        assertThat(all.trend()).as("the person's").hasSize(2);
        assertThat(one.trend())
                .as("the habit's own check-ins alone")
                .containsExactly(new TightnessTrend.Point(
                        LocalDate.of(2025, 3, 10), OptionalDouble.of(5), OptionalDouble.of(4)));
        assertThat(one.relief())
                .as("the habit's own relief alone")
                .extracting(Relief::target, Relief::averageDrop, Relief::checkIns)
                .containsExactly(tuple(archived.target(), 1.0, 1));
    }

    @Test
    void aReportRefusesWhatNoPageShows() {
        Person owner = person("Europe/Berlin", "00:00");
        Person other = person("Europe/Berlin", "00:00");
        Habit habit = habits().create(owner.id(), NewHabit.technique(TestPlugin.NECK_ROLL));

        assertThatThrownBy(() -> progress().report(other.id(), Optional.of(habit.id()), 12, 84))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no habit " + habit.id());
        assertThatThrownBy(() -> progress().report(owner.id(), Optional.empty(), 53, 84))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Progress shows 1 to 52 weeks, not 53.");
        assertThatThrownBy(() -> progress().report(owner.id(), Optional.empty(), 12, 3661))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The tightness trend covers 1 to 3660 days, not 3661.");
    }
}
