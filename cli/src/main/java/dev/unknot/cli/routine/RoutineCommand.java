package dev.unknot.cli.routine;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.LocalStore;
import dev.unknot.cli.Output;
import dev.unknot.cli.Prompt;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.cli.checkin.CheckInCommand;
import dev.unknot.cli.habit.HabitJson;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.library.Durations;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TimerPhase;
import dev.unknot.store.checkin.CheckInRequest;
import dev.unknot.store.checkin.RecordedCheckIn;
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
    @Command(name = "run", description = {"Guide you through a routine: each step's cue and a countdown with a progress bar.",
            "Enter skips a step, Ctrl-C stops. At the end it offers to check in with tightness before and after."})
    @Prototype
    static final class Run implements Callable<Integer> {

        private static final int BAR = 24;

        private final LocalStore store;

        @Spec
        CommandSpec spec;

        @Mixin
        JsonOption json;

        @Parameters(index = "0", paramLabel = "ID", description = "A routine id (see 'unknot routines').")
        String id;

        @Option(names = "--pace", paramLabel = "N", defaultValue = "1",
                description = "Run the clock N times faster (1-100000, default 1); for trying it out and for tests.")
        double pace;

        @Option(names = "--checkin", description = "Check in the habit that follows this routine at the end, without asking.")
        boolean checkIn;

        @Option(names = "--before", paramLabel = "0-10", description = "Tightness before, for the check-in.")
        Integer before;

        @Option(names = "--after", paramLabel = "0-10", description = "Tightness after, for the check-in.")
        Integer after;

        Run(LocalStore store) {
            this.store = store;
        }

        @Override
        public Integer call() throws InterruptedException {
            if (!(pace >= 1 && pace <= 100_000)) {
                throw new UsageProblem("--pace must be between 1 and 100000, was " + pace, "e.g. --pace 10");
            }
            checkRange("--before", before);
            checkRange("--after", after);
            Routine routine = routine();
            Optional<Habit> habit = Optional.empty();
            if (checkIn || before != null || after != null) {
                habit = Optional.of(habitFollowing(routine).orElseThrow(() -> new UsageProblem(
                        "no habit follows routine " + routine.id().value(),
                        "add one with 'unknot habit add " + routine.id().value() + "'")));
            }
            Output output = Output.of(spec);
            PrintWriter out = spec.commandLine().getOut();
            boolean live = !json.enabled() && !output.bullet().equals("-");
            AtomicInteger done = new AtomicInteger();
            boolean interactive = Prompt.interactive() && !json.enabled();
            Thread stop = new Thread(() -> {
                out.println();
                out.println("Stopped after " + done.get() + " of " + routine.steps().size() + " steps; nothing recorded.");
                out.flush();
            });
            Runtime.getRuntime().addShutdownHook(stop);
            long seconds = 0;
            int skipped = 0;
            try {
                if (!json.enabled()) {
                    output.line(output.bold(routine.name()) + ": " + routine.steps().size() + " steps, "
                            + Durations.format(routine.totalTime()) + (interactive ? ". Enter skips a step, Ctrl-C stops." : "."));
                }
                for (int index = 0; index < routine.steps().size(); index++) {
                    RoutineStep step = routine.steps().get(index);
                    Optional<Technique> technique = store.library().technique(step.technique());
                    if (!json.enabled()) {
                        output.blank();
                        output.line(output.bold((index + 1) + "/" + routine.steps().size() + " "
                                + technique.map(Technique::name).orElse(step.technique().value()))
                                + "  " + output.faint(step.dose().describe()));
                        technique.ifPresent(known -> output.line("  " + known.steps().get(0)));
                    }
                    if (interactive) {
                        Prompt.forget();
                    }
                    boolean stepSkipped = false;
                    for (TimerPhase phase : step.dose().phases(step.sides())) {
                        long counted = countdown(output, out, live, phase, interactive);
                        seconds += counted;
                        if (counted < phase.duration().toSeconds()) {
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
            Optional<RecordedCheckIn> recorded = Optional.empty();
            if (!json.enabled()) {
                output.blank();
                output.line("Done: " + routine.steps().size() + " steps" + (skipped > 0 ? " (" + skipped + " skipped)" : "")
                        + ", " + Durations.format(Duration.ofSeconds(seconds)) + ".");
            }
            if (habit.isEmpty() && interactive) {
                Prompt.forget();
                habit = offerCheckIn(out, routine);
            }
            if (habit.isPresent()) {
                CheckInRequest request = CheckInRequest.of(UUID.randomUUID().toString(), habit.get().id())
                        .tightness(before, after).duration(Duration.ofSeconds(seconds));
                recorded = Optional.of(store.checkIns().record(store.person().id(), request));
                if (!json.enabled()) {
                    var progress = store.progress().progress(store.person().id(), habit.get().id());
                    output.line("Checked in: " + habit.get().name() + output.separator() + "streak "
                            + CheckInCommand.streak(progress.current()));
                    CheckInCommand.printAdvice(output, store.advice().advice(store.person().id()).stream()
                            .filter(advisory -> advisory.severity() != dev.unknot.core.advice.Advisory.Severity.INFO).toList());
                }
            }
            if (json.enabled()) {
                Optional<Habit> followed = habit;
                json.print(spec, new Session(routine.id().value(), routine.steps().size(), skipped, seconds,
                        recorded.map(checkIn -> CheckInCommand.CheckInEntry.of(checkIn, followed.orElseThrow(),
                                store.person().calendar().zone(), store.person().calendar())).orElse(null)));
            }
            return UnknotCli.OK;
        }

        private Routine routine() {
            try {
                return store.library().routine(RoutineId.of(id)).orElseThrow(() -> new UsageProblem(
                        "no routine '" + id + "'", "run 'unknot routines' to list them"));
            } catch (IllegalArgumentException e) {
                throw new UsageProblem("no routine '" + id + "'", "routine ids look like plugin/name; run 'unknot routines'");
            }
        }

        private Optional<Habit> habitFollowing(Routine routine) {
            HabitTarget target = new HabitTarget.OfRoutine(routine.id());
            return store.habits().list(store.person().id()).stream().filter(habit -> habit.target().equals(target))
                    .findFirst();
        }

        /** Counts {@code phase} down; returns the seconds counted, fewer when skipped. */
        private long countdown(Output output, PrintWriter out, boolean live, TimerPhase phase, boolean interactive)
                throws InterruptedException {
            long total = phase.duration().toSeconds();
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
                    out.print("\r  " + phase.label() + "  [" + "█".repeat(filled) + "░".repeat(BAR - filled) + "]  "
                            + (total - second) + " s   ");
                    out.flush();
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.sleep(tickNanos);
            }
            if (live) {
                out.print("\r  " + phase.label() + "  [" + "█".repeat(BAR) + "]  done   ");
                out.println();
            }
            return total;
        }

        private Optional<Habit> offerCheckIn(PrintWriter out, Routine routine) {
            Optional<Habit> habit = habitFollowing(routine);
            if (habit.isEmpty()) {
                out.println("To track it: 'unknot habit add " + routine.id().value() + "'.");
                return Optional.empty();
            }
            String answer = Prompt.ask(out, "Check in " + habit.get().name() + "? [Y/n] ").orElse("n");
            if (answer.toLowerCase(java.util.Locale.ROOT).startsWith("n")) {
                return Optional.empty();
            }
            before = level(out, "Tightness before, 0-10 (Enter to leave out)? ");
            after = level(out, "Tightness after, 0-10 (Enter to leave out)? ");
            return habit;
        }

        private static Integer level(PrintWriter out, String question) {
            for (;;) {
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
                throw new UsageProblem(option + " must be between 0 and 10, was " + value,
                        "rate tightness from 0 (none) to 10 (worst)");
            }
        }
    }

    /**
     * {@code unknot routine run --json}: printed at the end; {@code checkIn} is null when none was
     * recorded.
     */
    @Serdeable
    record Session(String routine, int steps, int skipped, long seconds, CheckInCommand.CheckInEntry checkIn) {}
}
