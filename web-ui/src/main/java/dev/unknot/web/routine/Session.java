package dev.unknot.web.routine;

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

    /** One thing to do now: a timed phase, or an untimed step when {@code duration} is empty. */
    record Phase(int step, String technique, String label, Optional<Duration> duration) {}

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
            String name = library.technique(step.technique())
                    .map(Technique::name)
                    .orElse(step.technique().toString());
            List<TimerPhase> timed = step.dose().phases(step.sides());
            if (timed.isEmpty()) {
                phases.add(new Phase(index + 1, name, step.dose().describe(), Optional.empty()));
            }
            for (TimerPhase phase : timed) {
                phases.add(new Phase(index + 1, name, phase.label(), Optional.of(phase.duration())));
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
