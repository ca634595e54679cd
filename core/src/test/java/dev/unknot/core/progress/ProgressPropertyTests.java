package dev.unknot.core.progress;

import static dev.unknot.core.property.RandomCases.forAll;
import static dev.unknot.core.property.RandomCases.pick;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.calendar.CalendarCases;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Streaks and strength against naive oracles written from {@link Progress}'s class comment, over
 * random schedules, check-ins, skips and pauses of up to 120 days.
 */
class ProgressPropertyTests {

    private static final int CASES = 400;

    // --- Oracles -------------------------------------------------------------------------------

    /** A day or a week as a streak sees it: a success, a miss, or neither. */
    private enum Mark {
        SUCCESS,
        MISS,
        NEUTRAL
    }

    /** A day or a week: the days it covers and its mark. */
    private record Span(LocalDate first, LocalDate last, Mark mark) {}

    /** The current and best streaks of a sequence of days or weeks, oldest first. */
    private record Streaks(Streak current, Streak best) {

        static Streaks of(List<Span> spans, Streak.Unit unit) {
            // Neutral days and weeks are transparent: drop them, then read runs of successes.
            List<Span> counted =
                    spans.stream().filter(span -> span.mark() != Mark.NEUTRAL).toList();
            Streak best = Streak.none(unit);
            int runStart = 0;
            for (int i = 0; i <= counted.size(); i++) {
                if (i == counted.size() || counted.get(i).mark() == Mark.MISS) {
                    int length = i - runStart;
                    if (length > best.length()) {
                        best = new Streak(
                                length,
                                unit,
                                Optional.of(counted.get(runStart).first()),
                                Optional.of(counted.get(i - 1).last()));
                    }
                    runStart = i + 1;
                }
            }
            int trailing = 0;
            while (trailing < counted.size()
                    && counted.get(counted.size() - 1 - trailing).mark() == Mark.SUCCESS) {
                trailing++;
            }
            Streak current = trailing == 0
                    ? Streak.none(unit)
                    : new Streak(
                            trailing,
                            unit,
                            Optional.of(counted.get(counted.size() - trailing).first()),
                            Optional.of(counted.get(counted.size() - 1).last()));
            return new Streaks(current, best);
        }
    }

    /** What one day asks for, by the class comment: 1, the measured target, or the number of slots. */
    private static double oracleTarget(Habit habit) {
        if (habit.metric() instanceof Metric.Measured measured) {
            return measured.dailyTarget();
        }
        if (habit.schedule() instanceof Schedule.EveryHours every) {
            long minutes = Duration.between(every.from(), every.until()).toMinutes();
            return Math.max(1, minutes / (60 * every.hours()));
        }
        return 1;
    }

    private static boolean excused(Scenario scenario, LocalDate day) {
        return scenario.skipped().contains(day) || scenario.pauses().stream().anyMatch(pause -> pause.contains(day));
    }

    /** Walks the days: excused and not-due days and an unmet today are neutral; other due days succeed or miss. */
    private static List<Span> oracleDays(Scenario scenario) {
        Habit habit = scenario.habit();
        double target = oracleTarget(habit);
        List<Span> spans = new ArrayList<>();
        for (LocalDate day = habit.startsOn(); !day.isAfter(scenario.today()); day = day.plusDays(1)) {
            boolean due = !(habit.schedule() instanceof Schedule.OnWeekdays weekdays)
                    || weekdays.days().contains(day.getDayOfWeek());
            boolean met = scenario.amountOn(day) >= target;
            Mark mark;
            if (excused(scenario, day) || !due) {
                mark = Mark.NEUTRAL;
            } else if (met) {
                mark = Mark.SUCCESS;
            } else {
                mark = day.equals(scenario.today()) ? Mark.NEUTRAL : Mark.MISS;
            }
            spans.add(new Span(day, day, mark));
        }
        return spans;
    }

    /**
     * Walks the Monday-to-Sunday weeks: a week asks for N met days or as many as are left to play
     * with (not before the start, not skipped, not paused); none left is neutral; a running week
     * not yet met is neutral.
     */
    private static List<Span> oracleWeeks(Scenario scenario, int times) {
        Habit habit = scenario.habit();
        double target = oracleTarget(habit);
        List<Span> spans = new ArrayList<>();
        if (scenario.today().isBefore(habit.startsOn())) {
            return spans;
        }
        LocalDate monday = habit.startsOn();
        while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            monday = monday.minusDays(1);
        }
        for (; !monday.isAfter(scenario.today()); monday = monday.plusDays(7)) {
            int playable = 0;
            int met = 0;
            for (int i = 0; i < 7; i++) {
                LocalDate day = monday.plusDays(i);
                if (day.isBefore(habit.startsOn()) || excused(scenario, day)) {
                    continue;
                }
                playable++;
                if (!day.isAfter(scenario.today()) && scenario.amountOn(day) >= target) {
                    met++;
                }
            }
            int asked = Math.min(times, playable);
            LocalDate sunday = monday.plusDays(6);
            Mark mark = asked == 0
                    ? Mark.NEUTRAL
                    : met >= asked ? Mark.SUCCESS : sunday.isBefore(scenario.today()) ? Mark.MISS : Mark.NEUTRAL;
            spans.add(new Span(monday, sunday, mark));
        }
        return spans;
    }

    // --- Scenarios -----------------------------------------------------------------------------

    /** A habit with its amounts, skips and pauses, looked at on {@code today}. */
    private record Scenario(
            Habit habit,
            Map<LocalDate, Double> amounts,
            Set<LocalDate> skipped,
            List<DateRange> pauses,
            LocalDate today) {

        HabitLog log() {
            return new HabitLog(habit, amounts, skipped, pauses);
        }

        double amountOn(LocalDate day) {
            return amounts.getOrDefault(day, 0.0);
        }

        Scenario withAmount(LocalDate day, double amount) {
            Map<LocalDate, Double> more = new HashMap<>(amounts);
            more.put(day, amount);
            return new Scenario(habit, more, skipped, pauses, today);
        }

        @Override
        public String toString() {
            return habit.schedule() + " " + habit.metric() + " from " + habit.startsOn() + " to " + today
                    + ", amounts " + new TreeMap<>(amounts) + ", skipped " + new java.util.TreeSet<>(skipped)
                    + ", paused " + pauses;
        }
    }

    private static Scenario dayBased(Random random) {
        Schedule schedule = switch (random.nextInt(3)) {
            case 0 -> Schedule.daily();
            case 1 -> weekdays(random);
            default -> everyHours(random);
        };
        Metric metric = schedule instanceof Schedule.EveryHours || random.nextBoolean()
                ? Metric.yesNo()
                : Metric.measured("glasses", random.nextInt(2, 11));
        return scenario(random, schedule, metric);
    }

    private static Scenario timesAWeek(Random random) {
        Metric metric = random.nextBoolean() ? Metric.yesNo() : Metric.measured("minutes", random.nextInt(2, 31));
        return scenario(random, Schedule.timesPerWeek(random.nextInt(1, 8)), metric);
    }

    private static Scenario scenario(Random random, Schedule schedule, Metric metric) {
        LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
        LocalDate today = random.nextInt(25) == 0
                ? start.minusDays(random.nextInt(1, 4))
                : start.plusDays(random.nextInt(pick(random, 7, 30, 120)));
        Habit habit = new Habit(
                new HabitId(1), "Habit", HabitTarget.custom("Loosen up"), schedule, metric, start, HabitStatus.ACTIVE);
        double target = oracleTarget(habit);
        // How often a day is done: from hardly ever to nearly always, so that runs of every length come up.
        double doneRate = pick(random, 0.3, 0.7, 0.9, 0.97);
        Map<LocalDate, Double> amounts = new HashMap<>();
        Set<LocalDate> skipped = new HashSet<>();
        for (LocalDate day = start.minusDays(7); !day.isAfter(today.plusDays(7)); day = day.plusDays(1)) {
            double roll = random.nextDouble();
            if (roll < doneRate) {
                amounts.put(day, target + (random.nextInt(4) == 0 ? random.nextInt(1, 3) : 0.0));
            } else if (roll < doneRate + 0.1 && target > 1) {
                amounts.put(day, (double) random.nextInt(1, (int) target)); // partly done
            } else if (roll < doneRate + 0.15) {
                amounts.put(day, 0.0); // a check-in with nothing in it
            }
            if (random.nextInt(12) == 0) {
                skipped.add(day);
            }
        }
        List<DateRange> pauses = new ArrayList<>();
        for (int count = random.nextInt(4); count > 0; count--) {
            LocalDate first = start.minusDays(5)
                    .plusDays(random.nextLong(Math.max(1, today.toEpochDay() - start.toEpochDay() + 10)));
            pauses.add(new DateRange(first, first.plusDays(random.nextInt(0, 10))));
        }
        return new Scenario(habit, amounts, skipped, pauses, today);
    }

    private static Schedule.OnWeekdays weekdays(Random random) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextBoolean()) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            days.add(pick(random, DayOfWeek.values()));
        }
        return new Schedule.OnWeekdays(days);
    }

    private static Schedule.EveryHours everyHours(Random random) {
        int hours = random.nextInt(1, 5);
        LocalTime from = LocalTime.of(random.nextInt(5, 11), pick(random, 0, 30));
        LocalTime until = from.plusMinutes(random.nextInt(30, 12 * 60));
        return Schedule.everyHours(hours, from, until);
    }

    // --- Properties ----------------------------------------------------------------------------

    @Test
    void dayStreaksMatchTheOracle() {
        forAll(CASES, 101L, ProgressPropertyTests::dayBased, scenario -> {
            HabitProgress progress = Progress.of(scenario.log(), scenario.today());
            Streaks expected = Streaks.of(oracleDays(scenario), Streak.Unit.DAYS);

            assertThat(progress.current()).as("current").isEqualTo(expected.current());
            assertThat(progress.best()).as("best").isEqualTo(expected.best());
        });
    }

    @Test
    void weekStreaksMatchTheOracle() {
        forAll(CASES, 202L, ProgressPropertyTests::timesAWeek, scenario -> {
            int times = ((Schedule.TimesPerWeek) scenario.habit().schedule()).times();
            HabitProgress progress = Progress.of(scenario.log(), scenario.today());
            Streaks expected = Streaks.of(oracleWeeks(scenario, times), Streak.Unit.WEEKS);

            assertThat(progress.current()).as("current").isEqualTo(expected.current());
            assertThat(progress.best()).as("best").isEqualTo(expected.best());
        });
    }

    @Test
    void strengthStaysBetweenZeroAndOne() {
        forAll(CASES, 303L, random -> random.nextBoolean() ? dayBased(random) : timesAWeek(random), scenario -> {
            HabitProgress progress = Progress.of(scenario.log(), scenario.today());

            assertThat(progress.strength()).isBetween(0.0, 1.0);
            for (var window : List.of(
                    progress.adherence().last7Days(),
                    progress.adherence().last30Days(),
                    progress.adherence().last90Days())) {
                window.ifPresent(value -> assertThat(value).isBetween(0.0, 1.0));
            }
        });
    }

    @Test
    void turningAMissedDayIntoADoneDayNeverLowersStrength() {
        forAll(
                CASES,
                404L,
                random -> {
                    Scenario scenario = dayBased(random);
                    List<LocalDate> missed = oracleDays(scenario).stream()
                            .filter(span -> span.mark() == Mark.MISS)
                            .map(Span::first)
                            .toList();
                    return missed.isEmpty() ? null : new Turned(scenario, pick(random, missed));
                },
                turned -> {
                    if (turned != null) {
                        assertThat(turned.after().strength())
                                .isGreaterThanOrEqualTo(turned.before().strength());
                    }
                });
    }

    @Test
    void doingOneMoreDayInAPastWeekNeverLowersStrength() {
        forAll(
                CASES,
                505L,
                random -> {
                    Scenario scenario = timesAWeek(random);
                    double target = oracleTarget(scenario.habit());
                    List<LocalDate> notDone = new ArrayList<>();
                    for (LocalDate day = scenario.habit().startsOn();
                            day.isBefore(scenario.today());
                            day = day.plusDays(1)) {
                        if (!excused(scenario, day) && scenario.amountOn(day) < target) {
                            notDone.add(day);
                        }
                    }
                    return notDone.isEmpty() ? null : new Turned(scenario, pick(random, notDone));
                },
                turned -> {
                    if (turned != null) {
                        assertThat(turned.after().strength())
                                .isGreaterThanOrEqualTo(turned.before().strength());
                    }
                });
    }

    /** A scenario, a past day to keep a standing for, a second, later one, and the first day shown. */
    private record Kept(Scenario scenario, LocalDate settled, LocalDate later, LocalDate shownFrom) {

        Standing standing() {
            return Progress.settle(scenario.log(), Optional.empty(), settled);
        }

        /** The log with only the amounts that folding on from the kept standing may read. */
        HabitLog neededLog(Optional<Standing> from) {
            LocalDate first = Progress.firstDayNeeded(scenario.habit(), scenario.today(), from, shownFrom);
            Map<LocalDate, Double> needed = new HashMap<>();
            scenario.amounts().forEach((day, amount) -> {
                if (!day.isBefore(first)) {
                    needed.put(day, amount);
                }
            });
            return new HabitLog(scenario.habit(), needed, scenario.skipped(), scenario.pauses());
        }
    }

    private static Kept kept(Random random) {
        Scenario scenario = random.nextBoolean() ? dayBased(random) : timesAWeek(random);
        LocalDate start = scenario.habit().startsOn();
        long span = Math.max(1, scenario.today().toEpochDay() - start.toEpochDay() + 6);
        LocalDate settled = start.minusDays(5).plusDays(random.nextLong(span));
        if (!settled.isBefore(scenario.today())) {
            settled = scenario.today().minusDays(1);
        }
        LocalDate later =
                settled.plusDays(random.nextLong(Math.max(1, scenario.today().toEpochDay() - settled.toEpochDay())));
        LocalDate shownFrom = scenario.today().minusDays(random.nextInt(0, 200));
        return new Kept(scenario, settled, later, shownFrom);
    }

    @Test
    void foldingOnFromAKeptStandingGivesWhatFoldingFromTheStartGives() {
        forAll(CASES, 606L, ProgressPropertyTests::kept, kept -> {
            Scenario scenario = kept.scenario();
            HabitProgress whole = Progress.of(scenario.log(), scenario.today());
            Optional<Standing> standing = Optional.of(kept.standing());
            HabitProgress folded = Progress.of(kept.neededLog(standing), scenario.today(), standing, kept.shownFrom());

            assertThat(folded.current()).as("current").isEqualTo(whole.current());
            assertThat(folded.best()).as("best").isEqualTo(whole.best());
            assertThat(folded.strength()).as("strength").isEqualTo(whole.strength());
            assertThat(folded.adherence()).as("adherence").isEqualTo(whole.adherence());
            assertThat(folded.days())
                    .as("days shown")
                    .isEqualTo(whole.days().stream()
                            .filter(day -> !day.date().isBefore(kept.shownFrom()))
                            .toList());
            assertThat(folded.weeks())
                    .as("weeks shown")
                    .isEqualTo(whole.weeks().stream()
                            .filter(week -> !week.monday().plusDays(6).isBefore(kept.shownFrom()))
                            .toList());
        });
    }

    @Test
    void todaysStandingFoldedOnFromAKeptOneIsTheWholeFold() {
        forAll(CASES, 707L, ProgressPropertyTests::kept, kept -> {
            Scenario scenario = kept.scenario();
            HabitProgress whole = Progress.of(scenario.log(), scenario.today());
            Optional<Standing> standing = Optional.of(kept.standing());
            LocalDate first = Progress.firstDayNeeded(scenario.habit(), standing);
            Map<LocalDate, Double> needed = new HashMap<>();
            scenario.amounts().forEach((day, amount) -> {
                if (!day.isBefore(first)) {
                    needed.put(day, amount);
                }
            });

            Standing today = Progress.standing(
                    new HabitLog(scenario.habit(), needed, scenario.skipped(), scenario.pauses()),
                    scenario.today(),
                    standing);

            assertThat(today.current()).as("current").isEqualTo(whole.current());
            assertThat(today.best()).as("best").isEqualTo(whole.best());
            assertThat(today.strength()).as("strength").isEqualTo(whole.strength());
        });
    }

    @Test
    void aStandingKeptOnAKeptStandingIsTheOneKeptFromTheStart() {
        forAll(CASES, 808L, ProgressPropertyTests::kept, kept -> {
            HabitLog log = kept.scenario().log();
            Standing direct = Progress.settle(log, Optional.empty(), kept.later());

            assertThat(Progress.settle(log, Optional.of(kept.standing()), kept.later()))
                    .isEqualTo(direct);
            if (kept.scenario().habit().schedule() instanceof Schedule.TimesPerWeek) {
                assertThat(direct.through().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            }
        });
    }

    @Test
    void theSettledDayLeavesTheLastTwoWeeksOpen() {
        for (LocalDate today = LocalDate.of(2026, 12, 1);
                today.isBefore(LocalDate.of(2027, 1, 1));
                today = today.plusDays(1)) {
            LocalDate settled = Progress.settledThrough(today);
            assertThat(settled.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(today.toEpochDay() - settled.toEpochDay()).isBetween(8L, 14L);
        }
    }

    /** A scenario before and after one more day was done in full. */
    private record Turned(Scenario scenario, LocalDate day) {

        HabitProgress before() {
            return Progress.of(scenario.log(), scenario.today());
        }

        HabitProgress after() {
            return Progress.of(
                    scenario.withAmount(day, oracleTarget(scenario.habit())).log(), scenario.today());
        }

        @Override
        public String toString() {
            return day + " done in " + scenario;
        }
    }

    /** A calendar and check-ins at instants where days are decided. */
    private record Diary(PersonalCalendar calendar, List<CheckIn> checkIns) {}

    private static Diary diary(Random random) {
        PersonalCalendar calendar = CalendarCases.calendar(random);
        Instant around = CalendarCases.instant(random, calendar);
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = random.nextInt(1, 40); i > 0; i--) {
            Instant at = switch (random.nextInt(3)) {
                case 0 -> around.plus(Duration.ofDays(random.nextInt(-5, 6)));
                case 1 -> around.plusSeconds(random.nextInt(-5 * 86_400, 5 * 86_400));
                default -> around.plusSeconds(60L * random.nextInt(-3, 4));
            };
            checkIns.add(new CheckIn(
                    "c" + i,
                    new HabitId(1),
                    at,
                    random.nextInt(0, 4),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    "",
                    Set.of()));
        }
        return new Diary(calendar, checkIns);
    }

    @Test
    void checkInsLandOnThePersonsDayThroughTheLog() {
        forAll(CASES, 606L, ProgressPropertyTests::diary, diary -> {
            Map<LocalDate, Double> expected = new HashMap<>();
            diary.checkIns()
                    .forEach(checkIn -> expected.merge(
                            CalendarCases.oracleDay(diary.calendar(), checkIn.at()), checkIn.amount(), Double::sum));
            LocalDate first =
                    expected.keySet().stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate last =
                    expected.keySet().stream().max(LocalDate::compareTo).orElseThrow();
            Habit habit = LogBook.daily(first);

            HabitLog log = HabitLog.of(habit, diary.checkIns(), diary.calendar(), Set.of(), List.of());

            assertThat(log.amounts()).isEqualTo(expected);
            for (Day day : Progress.days(log, last)) {
                DayState state = expected.getOrDefault(day.date(), 0.0) >= 1
                        ? DayState.DONE
                        : day.date().equals(last) ? DayState.PENDING : DayState.MISSED;
                assertThat(day.state()).as("state of %s", day.date()).isEqualTo(state);
            }
        });
    }
}
