package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * How much of a technique to do: how long to hold, how many reps, how many breathing cycles.
 *
 * <p>Every dose knows how long it takes and which phases a guided timer walks through. Where a
 * dose is a range (hold 20–30 s), timers count the upper end, so nobody is rushed.
 *
 * <p>Constructors reject impossible doses: a time under one second, a minimum above its maximum,
 * zero or negative counts, a cycle without phases, a blank unit. {@link #saneRangeViolation()}
 * also flags possible but implausible ones, and the plugin registry refuses to load a plugin with
 * such a dose, in a technique or in a routine step ({@code PluginValidator}, and the TCK's
 * {@code dosesAreInSaneRanges}). The sane ranges:
 *
 * <ul>
 *   <li>{@link Hold}: each hold from 5 s to 5 min, at most 10 holds in a row;
 *   <li>{@link Timed}: from 10 s to 2 h;
 *   <li>{@link Reps}: at most 50 reps in a set and 10 sets;
 *   <li>{@link Cycles}: at most 100 cycles, each at most 5 min long;
 *   <li>{@link Amount}: at most 1000 a day;
 *   <li>{@link Once}: always sane.
 * </ul>
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public sealed interface Dose permits Dose.Hold, Dose.Timed, Dose.Reps, Dose.Cycles, Dose.Amount, Dose.Once {

    /** A short human description such as {@code hold 20–30 s} or {@code 10 reps × 2 sets}. */
    String describe();

    /** The time the dose takes, done on the given sides; zero when it is not timed. */
    Duration time(Sides sides);

    /** What a guided timer counts down, in order; empty when the dose is not timed. */
    List<TimerPhase> phases(Sides sides);

    /** Why this dose is implausible (a 20-minute stretch hold), or empty when it is sane. */
    Optional<String> saneRangeViolation();

    static Hold hold(long minSeconds, long maxSeconds) {
        return new Hold(Duration.ofSeconds(minSeconds), Duration.ofSeconds(maxSeconds), 1);
    }

    static Timed minutes(long min, long max) {
        return new Timed(Duration.ofMinutes(min), Duration.ofMinutes(max));
    }

    static Timed minutes(long minutes) {
        return minutes(minutes, minutes);
    }

    static Reps reps(int reps, int sets) {
        return new Reps(reps, sets);
    }

    static Cycles cycles(int cycles, TimerPhase... phases) {
        return new Cycles(cycles, List.of(phases));
    }

    static Amount daily(int amount, String unit) {
        return new Amount(amount, unit);
    }

    static Once once() {
        return new Once();
    }

    /**
     * Hold a position for between {@code min} and {@code max}, {@code holds} times (per side).
     */
    record Hold(Duration min, Duration max, int holds) implements Dose {

        public Hold {
            requireRange(min, max, "hold");
            Require.inRange(holds, 1, Integer.MAX_VALUE, "number of holds");
        }

        /** The same hold, repeated {@code holds} times. */
        public Hold times(int holds) {
            return new Hold(min, max, holds);
        }

        @Override
        public String describe() {
            return "hold " + Durations.range(min, max) + (holds > 1 ? " × " + holds : "");
        }

        @Override
        public Duration time(Sides sides) {
            return max.multipliedBy((long) holds * sides.count());
        }

        @Override
        public List<TimerPhase> phases(Sides sides) {
            List<TimerPhase> phases = new ArrayList<>();
            for (String side : sides.labels()) {
                for (int hold = 1; hold <= holds; hold++) {
                    String label = "Hold" + (holds > 1 ? " " + hold + " of " + holds : "");
                    phases.add(new TimerPhase(Durations.withSide(label, side), max));
                }
            }
            return List.copyOf(phases);
        }

        @Override
        public Optional<String> saneRangeViolation() {
            return Durations.outside(min, max, Duration.ofSeconds(5), Duration.ofMinutes(5), "a hold")
                    .or(() ->
                            holds > 10 ? Optional.of("more than 10 holds in a row (" + holds + ")") : Optional.empty());
        }
    }

    /** Keep going for between {@code min} and {@code max}: roll for 1–2 min, walk 10 min. */
    record Timed(Duration min, Duration max) implements Dose {

        public Timed {
            requireRange(min, max, "time");
        }

        @Override
        public String describe() {
            return Durations.range(min, max);
        }

        @Override
        public Duration time(Sides sides) {
            return max.multipliedBy(sides.count());
        }

        @Override
        public List<TimerPhase> phases(Sides sides) {
            return sides.labels().stream()
                    .map(side -> new TimerPhase(Durations.withSide("Go", side), max))
                    .toList();
        }

        @Override
        public Optional<String> saneRangeViolation() {
            return Durations.outside(min, max, Duration.ofSeconds(10), Duration.ofHours(2), "a timed dose");
        }
    }

    /**
     * Repetitions in sets. Timing assumes {@value #SECONDS_PER_REP} s a rep and
     * {@value #REST_SECONDS} s of rest between sets.
     */
    record Reps(int reps, int sets) implements Dose {

        public static final int SECONDS_PER_REP = 3;
        public static final int REST_SECONDS = 30;

        public Reps {
            Require.inRange(reps, 1, Integer.MAX_VALUE, "reps");
            Require.inRange(sets, 1, Integer.MAX_VALUE, "sets");
        }

        @Override
        public String describe() {
            return reps + " reps × " + sets + (sets == 1 ? " set" : " sets");
        }

        @Override
        public Duration time(Sides sides) {
            return phases(sides).stream().map(TimerPhase::duration).reduce(Duration.ZERO, Duration::plus);
        }

        @Override
        public List<TimerPhase> phases(Sides sides) {
            List<TimerPhase> phases = new ArrayList<>();
            for (String side : sides.labels()) {
                for (int set = 1; set <= sets; set++) {
                    if (set > 1) {
                        phases.add(TimerPhase.seconds("Rest", REST_SECONDS));
                    }
                    String label = "Set " + set + " of " + sets + ": " + reps + " reps";
                    phases.add(TimerPhase.seconds(Durations.withSide(label, side), (long) reps * SECONDS_PER_REP));
                }
            }
            return List.copyOf(phases);
        }

        @Override
        public Optional<String> saneRangeViolation() {
            if (reps > 50) {
                return Optional.of("more than 50 reps in a set (" + reps + ")");
            }
            if (sets > 10) {
                return Optional.of("more than 10 sets (" + sets + ")");
            }
            return Optional.empty();
        }
    }

    /** A pattern of phases repeated {@code cycles} times, like box breathing's 4-4-4-4. */
    record Cycles(int cycles, List<TimerPhase> pattern) implements Dose {

        public Cycles {
            Require.inRange(cycles, 1, Integer.MAX_VALUE, "cycles");
            pattern = List.copyOf(Require.present(pattern, "cycle pattern"));
            if (pattern.isEmpty()) {
                throw new IllegalArgumentException("a cycle needs at least one phase");
            }
        }

        public Duration cycleTime() {
            return pattern.stream().map(TimerPhase::duration).reduce(Duration.ZERO, Duration::plus);
        }

        @Override
        public String describe() {
            String shape = pattern.stream()
                    .map(phase -> phase.label().toLowerCase(Locale.ROOT) + " " + Durations.format(phase.duration()))
                    .collect(Collectors.joining(" · "));
            return cycles + (cycles == 1 ? " cycle of " : " cycles of ") + shape;
        }

        @Override
        public Duration time(Sides sides) {
            return cycleTime().multipliedBy((long) cycles * sides.count());
        }

        @Override
        public List<TimerPhase> phases(Sides sides) {
            List<TimerPhase> phases = new ArrayList<>();
            for (String side : sides.labels()) {
                for (int cycle = 0; cycle < cycles; cycle++) {
                    pattern.forEach(phase ->
                            phases.add(new TimerPhase(Durations.withSide(phase.label(), side), phase.duration())));
                }
            }
            return List.copyOf(phases);
        }

        @Override
        public Optional<String> saneRangeViolation() {
            if (cycles > 100) {
                return Optional.of("more than 100 cycles (" + cycles + ")");
            }
            if (cycleTime().compareTo(Duration.ofMinutes(5)) > 0) {
                return Optional.of("a single cycle longer than 5 min (" + Durations.format(cycleTime()) + ")");
            }
            return Optional.empty();
        }
    }

    /** A daily amount with a unit, such as 8 glasses of water. Not timed. */
    record Amount(int amount, String unit) implements Dose {

        public Amount {
            Require.inRange(amount, 1, Integer.MAX_VALUE, "amount");
            unit = Require.text(unit, "unit");
        }

        @Override
        public String describe() {
            return amount + " " + unit + " a day";
        }

        @Override
        public Duration time(Sides sides) {
            return Duration.ZERO;
        }

        @Override
        public List<TimerPhase> phases(Sides sides) {
            return List.of();
        }

        @Override
        public Optional<String> saneRangeViolation() {
            return amount > 1000 ? Optional.of("more than 1000 " + unit + " a day") : Optional.empty();
        }
    }

    /** Something done once and then kept: a change to a desk, a visit to a specialist. */
    record Once() implements Dose {

        @Override
        public String describe() {
            return "once, then keep it up";
        }

        @Override
        public Duration time(Sides sides) {
            return Duration.ZERO;
        }

        @Override
        public List<TimerPhase> phases(Sides sides) {
            return List.of();
        }

        @Override
        public Optional<String> saneRangeViolation() {
            return Optional.empty();
        }
    }

    private static void requireRange(Duration min, Duration max, String what) {
        Require.present(min, what + " minimum");
        Require.present(max, what + " maximum");
        if (min.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(what + " must last at least one second, was " + min);
        }
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException(
                    what + " minimum " + Durations.format(min) + " is above its maximum " + Durations.format(max));
        }
    }
}
