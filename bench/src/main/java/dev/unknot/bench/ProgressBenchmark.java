package dev.unknot.bench;

import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.progress.HabitLog;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Progress;
import dev.unknot.core.progress.Standing;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Progress (days, streaks, strength, adherence) for one habit with {@code years} of daily
 * check-ins: about nine days in ten done, a skip now and then, a fortnight's pause each year.
 * Comparing 1, 5 and 10 years shows how the cost grows with the days: linearly from the habit's
 * start, not at all from a kept standing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProgressBenchmark {

    @Param({"1", "5", "10"})
    int years;

    @Param({"daily", "three-a-week"})
    String schedule;

    private HabitLog log;
    private LocalDate today;
    /** The standing a server keeps: settled up to the Sunday that ended the week before last. */
    private Optional<Standing> settled;

    private LocalDate twelveWeeks;

    @Setup
    public void history() {
        today = LocalDate.of(2026, 11, 25);
        LocalDate start = today.minusYears(years);
        Schedule chosen = schedule.equals("daily") ? Schedule.daily() : Schedule.timesPerWeek(3);
        Habit habit = new Habit(
                new HabitId(1),
                "Daily stretches",
                HabitTarget.routine("stretching/four-stretch-release"),
                chosen,
                Metric.yesNo(),
                start,
                HabitStatus.ACTIVE);
        Random random = new Random(42);
        Map<LocalDate, Double> amounts = new HashMap<>();
        Set<LocalDate> skipped = new HashSet<>();
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            int roll = random.nextInt(100);
            if (roll < 88) {
                amounts.put(day, 1.0);
            } else if (roll < 90) {
                skipped.add(day);
            }
        }
        List<DateRange> pauses = start.datesUntil(today, java.time.Period.ofYears(1))
                .map(first -> new DateRange(first.plusDays(180), first.plusDays(193)))
                .toList();
        log = new HabitLog(habit, amounts, skipped, pauses);
        settled = Optional.of(Progress.settle(log, Optional.empty(), Progress.settledThrough(today)));
        twelveWeeks =
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(11);
    }

    /** Every day from the habit's start: what a page costs when no standing is kept (once per habit). */
    @Benchmark
    public HabitProgress progress() {
        return Progress.of(log, today);
    }

    /** A habit's progress page (12 weeks shown, 90 days of adherence) folded on from the kept standing. */
    @Benchmark
    public HabitProgress progressFromKeptStanding() {
        return Progress.of(log, today, settled, twelveWeeks);
    }

    /** Today's streaks and strength folded on from the kept standing. */
    @Benchmark
    public Standing todayFromKeptStanding() {
        return Progress.standing(log, today, settled);
    }
}
