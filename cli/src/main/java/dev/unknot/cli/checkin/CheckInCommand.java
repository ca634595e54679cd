package dev.unknot.cli.checkin;

import dev.unknot.app.advice.AdviceService;
import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.Times;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.cli.habit.HabitArgument;
import dev.unknot.core.advice.Advisory;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.progress.Streak;
import dev.unknot.wire.checkin.AdvisoryEntry;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.checkin.CheckInEntry;
import dev.unknot.wire.checkin.Recorded;
import dev.unknot.wire.checkin.StreakEntry;
import dev.unknot.wire.checkin.Undone;
import dev.unknot.wire.habit.HabitEntry;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unknot checkin HABIT}: records that a habit was done, and prints it with the streak and
 * any advice it triggers; {@code --undo} removes the check-in recorded last.
 */
@Command(
        name = "checkin",
        aliases = "check-in",
        description = {
            "Record that you did a habit; print the streak and any red-flag advice.",
            "HABIT is its id or the start of its name (unique, any case)."
        })
@Prototype
public final class CheckInCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "HABIT",
            description = "The habit: #id, or the start of its name.")
    String habit;

    @Option(names = "--undo", description = "Remove the check-in recorded last instead.")
    boolean undo;

    @Option(
            names = "--amount",
            paramLabel = "N",
            description = "How much, for a measured habit (default: what is left of the day's target, at least 1).")
    Double amount;

    @Option(names = "--before", paramLabel = "0-10", description = "Tightness before, 0 (none) to 10.")
    Integer before;

    @Option(names = "--after", paramLabel = "0-10", description = "Tightness after, 0 (none) to 10.")
    Integer after;

    @Option(
            names = "--pain-before",
            paramLabel = "0-10",
            description = "Pain before, 0 (none) to 10 (the worst imaginable).")
    Integer painBefore;

    @Option(
            names = "--pain-after",
            paramLabel = "0-10",
            description = "Pain after, 0 (none) to 10 (the worst imaginable).")
    Integer painAfter;

    @Option(names = "--minutes", paramLabel = "N", description = "How long it took, in minutes.")
    Integer minutes;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note.")
    String note;

    @Option(
            names = "--symptom",
            paramLabel = "SYMPTOM",
            split = ",",
            completionCandidates = SymptomIds.class,
            description = "Red flags felt: ${COMPLETION-CANDIDATES}.")
    List<String> symptoms;

    @Option(names = "--at", paramLabel = "DATE-TIME", description = "When: " + Times.AT_FORMAT + " (default now).")
    String at;

    @Option(
            names = "--client-id",
            paramLabel = "ID",
            description = "Your id for this check-in; the same id again records nothing new (default: a new UUID).")
    String clientId;

    /** Every symptom's id, for the help and shell completion. */
    static final class SymptomIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Symptom.values()).map(Symptom::id).iterator();
        }
    }

    CheckInCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        if (undo) {
            if (habit != null) {
                throw new UsageProblem("--undo takes no HABIT", "run 'unknot checkin --undo' alone");
            }
            return undo();
        }
        if (habit == null) {
            throw new UsageProblem("which habit?", "run 'unknot checkin HABIT' (see 'unknot habits')");
        }
        HabitEntry chosen = HabitArgument.active(habit, person, spec);
        String when = at == null ? null : Times.iso(Times.at("--at", at, person.zone(), person.clock()), person.zone());
        CheckInBody body = new CheckInBody(
                clientId == null ? UUID.randomUUID().toString() : clientId,
                chosen.id(),
                when,
                amount,
                minutes == null ? null : minutes * 60L,
                before,
                after,
                note,
                symptoms == null
                        ? List.of()
                        : symptoms.stream()
                                .map(symptom -> symptom.strip().toLowerCase(java.util.Locale.ROOT))
                                .distinct()
                                .toList(),
                painBefore,
                painAfter);
        Recorded recorded = person.tracker().checkIn(body).recorded();
        if (json.enabled()) {
            json.print(spec, recorded);
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        output.line("Checked in: " + output.bold(recorded.checkIn().habit().name()) + " "
                + describe(recorded.checkIn(), person.today()));
        output.line("Streak: " + streak(recorded.streak().current(), recorded.streak()) + output.separator() + "best "
                + streak(recorded.streak().best(), recorded.streak()));
        printAdvice(output, recorded.advice());
        return UnknotCli.OK;
    }

    private Integer undo() {
        Undone undone = person.tracker().undoCheckIn();
        if (json.enabled()) {
            json.print(spec, undone);
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        if (undone.removed() == null) {
            output.line("Nothing to undo: there are no check-ins.");
        } else {
            output.line("Removed: " + output.bold(undone.removed().habit().name()) + " "
                    + describe(undone.removed(), person.today()));
        }
        return UnknotCli.OK;
    }

    /**
     * Prints the advice plainly, after whatever a command printed, each under its severity's label
     * ({@link AdviceService#label}), the words the web UI shows.
     */
    public static void printAdvice(Output output, List<AdvisoryEntry> advice) {
        for (AdvisoryEntry advisory : advice) {
            output.blank();
            output.line(output.bold(label(advisory) + ": " + advisory.title()));
            output.wrapped("  ", advisory.message());
        }
    }

    private static String label(AdvisoryEntry advisory) {
        try {
            return AdviceService.label(
                    Advisory.Severity.valueOf(advisory.severity().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException newerServer) {
            // A severity this client does not know yet, from a newer server.
            return advisory.severity().toUpperCase(Locale.ROOT);
        }
    }

    private static String describe(CheckInEntry checkIn, LocalDate today) {
        StringBuilder text = new StringBuilder("at ").append(Times.describe(checkIn.at(), today));
        if (checkIn.habit().metric().measured()) {
            text.append(", ")
                    .append(Times.amount(checkIn.amount()))
                    .append(' ')
                    .append(checkIn.habit().metric().unit());
        }
        if (checkIn.durationSeconds() != null) {
            text.append(", ").append(checkIn.durationSeconds() / 60).append(" min");
        }
        if (checkIn.before() != null || checkIn.after() != null) {
            text.append(", tightness ")
                    .append(checkIn.before() == null ? "?" : checkIn.before().toString())
                    .append(" -> ")
                    .append(checkIn.after() == null ? "?" : checkIn.after().toString());
        }
        if (checkIn.painBefore() != null || checkIn.painAfter() != null) {
            text.append(", pain ")
                    .append(
                            checkIn.painBefore() == null
                                    ? "?"
                                    : checkIn.painBefore().toString())
                    .append(" -> ")
                    .append(
                            checkIn.painAfter() == null
                                    ? "?"
                                    : checkIn.painAfter().toString());
        }
        if (!checkIn.note().isEmpty()) {
            text.append(" (").append(checkIn.note()).append(')');
        }
        return text.toString();
    }

    /** {@code 3 days}, {@code 1 week}: {@code length} in the unit of {@code streak}, in core's words. */
    public static String streak(int length, StreakEntry streak) {
        return (streak.unit().equals("weeks") ? Streak.Unit.WEEKS : Streak.Unit.DAYS).count(length);
    }
}
