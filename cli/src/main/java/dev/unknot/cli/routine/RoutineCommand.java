package dev.unknot.cli.routine;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.Prompt;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.cli.checkin.CheckInCommand;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.library.Durations;
import dev.unknot.core.library.RoutineId;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.checkin.CheckInEntry;
import dev.unknot.wire.checkin.Recorded;
import dev.unknot.wire.error.NotFoundException;
import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.habit.TargetEntry;
import dev.unknot.wire.library.PhaseEntry;
import dev.unknot.wire.library.RoutineDetail;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.serde.annotation.Serdeable;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unknot routine run ID}: a routine, guided step by step in the terminal. */
@Command(name = "routine", description = "Run a routine with a guided timer.", subcommands = RoutineCommand.Run.class)
@Prototype
public final class RoutineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: run");
    }

    /**
     * The guided session: each step's name, cue and dose, then a countdown for each of its timer
     * phases (holds, sides, breathing phases); Enter skips the rest of a step, Ctrl-C stops.
     * Optionally a check-in of the habit that follows this routine at the end.
     */
    @Command(
            name = "run",
            description = {
                "Guide you through a routine: each step's cue and a countdown with a progress bar.",
                "Enter skips a step, Ctrl-C stops. At the end it offers to check in with tightness and pain before",
                "and after."
            })
    @Prototype
    static final class Run implements Callable<Integer> {

        private static final int BAR = 24;

        private final PersonalTracker person;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(index = "0", paramLabel = "ID", description = "A routine id (see 'unknot routines').")
        String id;

        @Option(
                names = "--pace",
                paramLabel = "N",
                defaultValue = "1",
                description = "Run the clock N times faster (1-100000, default 1); for trying it out and for tests.")
        double pace;

        @Option(
                names = "--checkin",
                description = "Check in the habit that follows this routine at the end, without asking.")
        boolean checkIn;

        @Option(names = "--before", paramLabel = "0-10", description = "Tightness before, for the check-in.")
        Integer before;

        @Option(names = "--after", paramLabel = "0-10", description = "Tightness after, for the check-in.")
        Integer after;

        @Option(
                names = "--pain-before",
                paramLabel = "0-10",
                description = "Pain before, 0 (none) to 10 (the worst imaginable), for the check-in.")
        Integer painBefore;

        @Option(
                names = "--pain-after",
                paramLabel = "0-10",
                description = "Pain after, 0 (none) to 10 (the worst imaginable), for the check-in.")
        Integer painAfter;

        Run(PersonalTracker person) {
            this.person = person;
        }

        @Override
        public Integer call() throws InterruptedException {
            if (!(pace >= 1 && pace <= 100_000)) {
                throw new UsageProblem("--pace must be between 1 and 100000, was " + pace, "e.g. --pace 10");
            }
            checkRange("--before", before);
            checkRange("--after", after);
            checkPain("--pain-before", painBefore);
            checkPain("--pain-after", painAfter);
            RoutineDetail routine = routine();
            Optional<HabitEntry> habit = Optional.empty();
            if (checkIn || before != null || after != null || painBefore != null || painAfter != null) {
                habit = Optional.of(habitFollowing(routine)
                        .orElseThrow(() -> new UsageProblem(
                                "no habit follows routine " + routine.id(),
                                "add one with 'unknot habit add " + routine.id() + "'")));
            }
            Output output = Output.of(spec);
            PrintWriter out = spec.commandLine().getOut();
            boolean live = !json.enabled() && !output.bullet().equals("-");
            AtomicInteger done = new AtomicInteger();
            boolean interactive = Prompt.interactive() && !json.enabled();
            Thread stop = new Thread(() -> {
                out.println();
                out.println(
                        "Stopped after " + done.get() + " of " + routine.steps().size() + " steps; nothing recorded.");
                out.flush();
            });
            Runtime.getRuntime().addShutdownHook(stop);
            long seconds = 0;
            int skipped = 0;
            try {
                if (!json.enabled()) {
                    output.line(
                            output.bold(routine.name()) + ": " + routine.steps().size() + " steps, "
                                    + Durations.format(Duration.ofSeconds(routine.totalTimeSeconds()))
                                    + (interactive ? ". Enter skips a step, Ctrl-C stops." : "."));
                }
                for (int index = 0; index < routine.steps().size(); index++) {
                    RoutineDetail.StepDetail step = routine.steps().get(index);
                    if (!json.enabled()) {
                        output.blank();
                        output.line(
                                output.bold((index + 1) + "/" + routine.steps().size() + " " + step.name()) + "  "
                                        + output.faint(step.dose().description()));
                        if (step.cue() != null) {
                            output.line("  " + step.cue());
                        }
                    }
                    if (interactive) {
                        Prompt.forget();
                    }
                    boolean stepSkipped = false;
                    for (PhaseEntry phase : step.phases()) {
                        long counted = countdown(output, out, live, phase, interactive);
                        seconds += counted;
                        if (counted < phase.durationSeconds()) {
                            stepSkipped = true;
                            break;
                        }
                    }
                    if (stepSkipped) {
                        skipped++;
                        if (!json.enabled()) {
                            output.line("  skipped");
                        }
                    }
                    done.incrementAndGet();
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl-C: the hook is already running.
                }
            }
            Optional<Recorded> recorded = Optional.empty();
            if (!json.enabled()) {
                output.blank();
                output.line(
                        "Done: " + routine.steps().size() + " steps" + (skipped > 0 ? " (" + skipped + " skipped)" : "")
                                + ", " + Durations.format(Duration.ofSeconds(seconds)) + ".");
            }
            if (habit.isEmpty() && interactive) {
                Prompt.forget();
                habit = offerCheckIn(out, routine);
            }
            if (habit.isPresent()) {
                CheckInBody body = new CheckInBody(
                        UUID.randomUUID().toString(),
                        habit.get().id(),
                        null,
                        1.0,
                        seconds,
                        before,
                        after,
                        null,
                        List.of(),
                        painBefore,
                        painAfter);
                Recorded checkedIn = person.tracker().checkIn(body).recorded();
                recorded = Optional.of(checkedIn);
                if (!json.enabled()) {
                    output.line("Checked in: " + habit.get().name() + output.separator() + "streak "
                            + CheckInCommand.streak(checkedIn.streak().current(), checkedIn.streak()));
                    CheckInCommand.printAdvice(output, checkedIn.advice());
                }
            }
            if (json.enabled()) {
                json.print(
                        spec,
                        new Session(
                                routine.id(),
                                routine.steps().size(),
                                skipped,
                                seconds,
                                recorded.map(Recorded::checkIn).orElse(null)));
            }
            return UnknotCli.OK;
        }

        private RoutineDetail routine() {
            try {
                RoutineId.of(id);
            } catch (IllegalArgumentException e) {
                throw new UsageProblem(
                        "no routine '" + id + "'", "routine ids look like plugin/name; run 'unknot routines'");
            }
            try {
                return person.tracker().routine(id);
            } catch (NotFoundException e) {
                throw new UsageProblem("no routine '" + id + "'", "run 'unknot routines' to list them");
            }
        }

        private Optional<HabitEntry> habitFollowing(RoutineDetail routine) {
            return person.tracker().habits(false).habits().stream()
                    .filter(habit -> habit.target().kind().equals(TargetEntry.ROUTINE)
                            && routine.id().equals(habit.target().id()))
                    .findFirst();
        }

        /** Counts {@code phase} down; returns the seconds counted, fewer when skipped. */
        private long countdown(Output output, PrintWriter out, boolean live, PhaseEntry phase, boolean interactive)
                throws InterruptedException {
            long total = phase.durationSeconds();
            long tickNanos = (long) (1_000_000_000L / pace);
            if (!live && !json.enabled()) {
                output.line("  " + phase.label() + ": " + total + " s");
            }
            for (long second = 0; second < total; second++) {
                if (interactive && Prompt.entered()) {
                    if (live) {
                        out.println();
                    }
                    return second;
                }
                if (live) {
                    int filled = (int) (BAR * second / Math.max(1, total));
                    out.print("\r  " + Output.visible(phase.label()) + "  [" + "█".repeat(filled)
                            + "░".repeat(BAR - filled) + "]  " + (total - second) + " s   ");
                    out.flush();
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.sleep(tickNanos);
            }
            if (live) {
                out.print("\r  " + Output.visible(phase.label()) + "  [" + "█".repeat(BAR) + "]  done   ");
                out.println();
            }
            return total;
        }

        private Optional<HabitEntry> offerCheckIn(PrintWriter out, RoutineDetail routine) {
            Optional<HabitEntry> habit = habitFollowing(routine);
            if (habit.isEmpty()) {
                out.println("To track it: 'unknot habit add " + routine.id() + "'.");
                return Optional.empty();
            }
            String answer = Prompt.ask(out, "Check in " + habit.get().name() + "? [Y/n] ")
                    .orElse("n");
            if (answer.toLowerCase(java.util.Locale.ROOT).startsWith("n")) {
                return Optional.empty();
            }
            before = level(out, "Tightness before, 0-10 (Enter to leave out)? ");
            after = level(out, "Tightness after, 0-10 (Enter to leave out)? ");
            painBefore = level(out, "Pain before, 0 none - 10 the worst imaginable (Enter to leave out)? ");
            painAfter = level(out, "Pain after, 0-10 (Enter to leave out)? ");
            return habit;
        }

        private static Integer level(PrintWriter out, String question) {
            for (; ; ) {
                String answer = Prompt.ask(out, question).orElse("");
                if (answer.isEmpty()) {
                    return null;
                }
                try {
                    int level = Integer.parseInt(answer);
                    if (level >= Tightness.MIN && level <= Tightness.MAX) {
                        return level;
                    }
                } catch (NumberFormatException e) {
                    // asked again
                }
                out.println("  a number from 0 to 10, please");
            }
        }

        private static void checkRange(String option, Integer value) {
            if (value != null && (value < Tightness.MIN || value > Tightness.MAX)) {
                throw new UsageProblem(
                        option + " must be between 0 and 10, was " + value,
                        "rate tightness from 0 (none) to 10 (worst)");
            }
        }

        private static void checkPain(String option, Integer value) {
            if (value != null && (value < Pain.MIN || value > Pain.MAX)) {
                throw new UsageProblem(
                        option + " must be between 0 and 10, was " + value,
                        "rate pain from 0 (none) to 10 (the worst imaginable)");
            }
        }
    }

    /**
     * {@code unknot routine run --json}: printed at the end; {@code checkIn} is null when none was
     * recorded.
     */
    @Serdeable
    record Session(String routine, int steps, int skipped, long seconds, CheckInEntry checkIn) {}
}
