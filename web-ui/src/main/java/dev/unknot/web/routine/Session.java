package dev.unknot.web.routine;

import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TimerPhase;
import dev.unknot.core.plugin.Library;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A routine as a guided session: every phase a timer counts down (each hold, side and breathing
 * phase), in order, and the steps that cannot be timed (reps) as phases the person ends
 * themselves. Knows nothing of Vaadin, so its counting is tested on its own.
 */
final class Session {

    /**
     * One thing to do now: a timed phase, or an untimed step when {@code duration} is empty.
     *
     * @param cycle which cycle of a breathing pattern this phase is in (1 first), 0 when not a cycle
     * @param cycles how many cycles its step has, 0 when it has none
     * @param howTo the technique's steps, in its own words
     */
    record Phase(
            int step,
            String technique,
            String label,
            Optional<Duration> duration,
            int cycle,
            int cycles,
            List<String> howTo) {

        Phase(int step, String technique, String label, Optional<Duration> duration) {
            this(step, technique, label, duration, 0, 0, List.of());
        }

        /** Whether it is a phase of breathing, which the player draws as a breath. */
        boolean breathing() {
            return cycles > 0;
        }
    }

    private final List<Phase> phases;
    private int current;
    private long remainingSeconds;
    private long elapsedSeconds;

    Session(List<Phase> phases) {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one phase");
        }
        this.phases = List.copyOf(phases);
        this.remainingSeconds = seconds(this.phases.get(0));
    }

    static Session of(Routine routine, Library library) {
        List<Phase> phases = new ArrayList<>();
        for (int index = 0; index < routine.steps().size(); index++) {
            RoutineStep step = routine.steps().get(index);
            Optional<Technique> technique = library.technique(step.technique());
            String name = technique.map(Technique::name).orElse(step.technique().toString());
            List<String> howTo = technique.map(Technique::steps).orElse(List.of());
            List<TimerPhase> timed = step.dose().phases(step.sides());
            if (timed.isEmpty()) {
                phases.add(new Phase(index + 1, name, step.dose().describe(), Optional.empty(), 0, 0, howTo));
            }
            int pattern =
                    step.dose() instanceof Dose.Cycles cycles ? cycles.pattern().size() : 0;
            int cycleCount = pattern == 0 ? 0 : timed.size() / pattern;
            for (int at = 0; at < timed.size(); at++) {
                TimerPhase phase = timed.get(at);
                phases.add(new Phase(
                        index + 1,
                        name,
                        phase.label(),
                        Optional.of(phase.duration()),
                        pattern == 0 ? 0 : (at / pattern) % cycleCount + 1,
                        cycleCount,
                        howTo));
            }
        }
        return new Session(phases);
    }

    List<Phase> phases() {
        return phases;
    }

    boolean finished() {
        return current >= phases.size();
    }

    Phase phase() {
        if (finished()) {
            throw new IllegalStateException("the session is finished");
        }
        return phases.get(current);
    }

    int index() {
        return current;
    }

    long remainingSeconds() {
        return remainingSeconds;
    }

    /** Time spent in the session so far (timed phases' seconds that ran). */
    Duration elapsed() {
        return Duration.ofSeconds(elapsedSeconds);
    }

    /**
     * Lets {@code seconds} pass: the countdown runs down, and a phase that reaches zero gives way to
     * the next; an untimed phase waits for {@link #next()}.
     */
    void tick(long seconds) {
        long left = seconds;
        while (left > 0 && !finished() && phase().duration().isPresent()) {
            long used = Math.min(left, remainingSeconds);
            remainingSeconds -= used;
            elapsedSeconds += used;
            left -= used;
            if (remainingSeconds == 0) {
                next();
            }
        }
    }

    /** The seconds left in the whole session: this phase's and every timed phase after it. */
    long secondsLeft() {
        if (finished()) {
            return 0;
        }
        long left = remainingSeconds;
        for (int index = current + 1; index < phases.size(); index++) {
            left += seconds(phases.get(index));
        }
        return left;
    }

    /** Ends the current step, with all its phases: the next step begins (or the session ends). */
    void skipStep() {
        if (finished()) {
            return;
        }
        int step = phase().step();
        while (!finished() && phase().step() == step) {
            next();
        }
    }

    /** Back to the start of this step, or, when already there, to the start of the step before. */
    void back() {
        int index = Math.min(current, phases.size() - 1);
        int step = phases.get(index).step();
        int first = firstOf(step);
        boolean atStart = current == first && remainingSeconds == seconds(phases.get(first));
        if (current >= phases.size() || !atStart || step == 1) {
            moveTo(first);
        } else {
            moveTo(firstOf(step - 1));
        }
    }

    private int firstOf(int step) {
        for (int index = 0; index < phases.size(); index++) {
            if (phases.get(index).step() == step) {
                return index;
            }
        }
        return 0;
    }

    private void moveTo(int index) {
        current = index;
        remainingSeconds = seconds(phases.get(index));
    }

    /** Ends the current phase now (skip, or "done" for an untimed step). */
    void next() {
        if (finished()) {
            return;
        }
        current++;
        remainingSeconds = finished() ? 0 : seconds(phases.get(current));
    }

    private static long seconds(Phase phase) {
        return phase.duration().map(Duration::toSeconds).orElse(0L);
    }
}
