package dev.unknot.cli.checkin;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.LocalStore;
import dev.unknot.cli.Output;
import dev.unknot.cli.Times;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.cli.habit.HabitArgument;
import dev.unknot.cli.habit.HabitJson;
import dev.unknot.core.advice.Advisory;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Streak;
import dev.unknot.store.checkin.CheckInRequest;
import dev.unknot.store.checkin.RecordedCheckIn;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
@Command(name = "checkin", aliases = "check-in", description = {
        "Record that you did a habit; print the streak and any red-flag advice.",
        "HABIT is its id or the start of its name (unique, any case)."})
@Prototype
public final class CheckInCommand implements Callable<Integer> {

    private final LocalStore store;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "HABIT", description = "Id or unique name prefix.")
    String habit;

    @Option(names = "--undo", description = "Remove the check-in recorded last instead.")
    boolean undo;

    @Option(names = "--amount", paramLabel = "N", description = "How much, for a measured habit (default 1).")
    Double amount;

    @Option(names = "--before", paramLabel = "0-10", description = "Tightness before, 0 (none) to 10.")
    Integer before;

    @Option(names = "--after", paramLabel = "0-10", description = "Tightness after, 0 (none) to 10.")
    Integer after;

    @Option(names = "--minutes", paramLabel = "N", description = "How long it took, in minutes.")
    Integer minutes;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note.")
    String note;

    @Option(names = "--symptom", paramLabel = "SYMPTOM", split = ",",
            description = "Red flags felt: ${COMPLETION-CANDIDATES}.")
    List<SymptomOption> symptoms;

    @Option(names = "--at", paramLabel = "DATE-TIME", description = "When: " + Times.AT_FORMAT + " (default now).")
    String at;

    @Option(names = "--client-id", paramLabel = "ID",
            description = "Your id for this check-in; the same id again records nothing new (default: a new UUID).")
    String clientId;

    /** The symptoms as typed on the command line. */
    enum SymptomOption {
        pain(Symptom.PAIN), numbness(Symptom.NUMBNESS), weakness(Symptom.WEAKNESS);

        final Symptom symptom;

        SymptomOption(Symptom symptom) {
            this.symptom = symptom;
        }
    }

    CheckInCommand(LocalStore store) {
        this.store = store;
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
        checkRange("--before", before);
        checkRange("--after", after);
        if (minutes != null && (minutes < 0 || minutes > 24 * 60)) {
            throw new UsageProblem("--minutes must be between 0 and 1440, was " + minutes, "give the minutes it took");
        }
        if (amount != null && (amount < 0 || amount.isInfinite() || amount.isNaN())) {
            throw new UsageProblem("--amount must be zero or more, was " + amount, "give how much you did");
        }
        ZoneId zone = store.person().calendar().zone();
        Habit chosen = HabitArgument.resolve(habit, store.habits().list(store.person().id()));
        CheckInRequest request = CheckInRequest.of(clientId == null ? UUID.randomUUID().toString() : clientId, chosen.id())
                .amount(amount == null ? defaultAmount(chosen) : amount)
                .tightness(before, after)
                .note(note)
                .duration(minutes == null ? null : Duration.ofMinutes(minutes));
        if (symptoms != null && !symptoms.isEmpty()) {
            Set<Symptom> felt = EnumSet.noneOf(Symptom.class);
            symptoms.forEach(symptom -> felt.add(symptom.symptom));
            request = request.symptoms(felt);
        }
        if (at != null) {
            request = request.at(Times.at("--at", at, zone, store.clock()));
        }
        RecordedCheckIn recorded = store.checkIns().record(store.person().id(), request);
        HabitProgress progress = store.progress().progress(store.person().id(), chosen.id());
        List<Advisory> advice = store.advice().advice(store.person().id()).stream()
                .filter(advisory -> advisory.severity() != Advisory.Severity.INFO).toList();
        if (json.enabled()) {
            json.print(spec, new Recorded(CheckInEntry.of(recorded, chosen, zone, store.person().calendar()),
                    StreakEntry.of(progress), advice.stream().map(AdvisoryEntry::of).toList()));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        output.line("Checked in: " + output.bold(chosen.name()) + " " + describe(recorded.checkIn(), chosen, zone));
        output.line("Streak: " + streak(progress.current()) + output.separator() + "best " + streak(progress.best()));
        printAdvice(output, advice);
        return UnknotCli.OK;
    }

    private Integer undo() {
        Optional<RecordedCheckIn> removed = store.checkIns().undoLast(store.person().id());
        ZoneId zone = store.person().calendar().zone();
        Optional<Habit> habitOf = removed.flatMap(checkIn -> store.habits().listAll(store.person().id()).stream()
                .filter(candidate -> candidate.id().equals(checkIn.checkIn().habit())).findFirst());
        if (json.enabled()) {
            json.print(spec, new Undone(removed.map(checkIn -> CheckInEntry.of(checkIn, habitOf.orElseThrow(), zone,
                    store.person().calendar())).orElse(null)));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        if (removed.isEmpty()) {
            output.line("Nothing to undo: there are no check-ins.");
        } else {
            output.line("Removed: " + output.bold(habitOf.map(Habit::name).orElse("?")) + " "
                    + describe(removed.get().checkIn(), habitOf.orElseThrow(), zone));
        }
        return UnknotCli.OK;
    }

    /** Prints warnings and urgent advice plainly, after whatever a command printed. */
    public static void printAdvice(Output output, List<Advisory> advice) {
        for (Advisory advisory : advice) {
            output.blank();
            output.line(output.bold(advisory.severity().name() + ": " + advisory.title()));
            output.line("  " + advisory.message());
        }
    }

    private String describe(CheckIn checkIn, Habit habit, ZoneId zone) {
        StringBuilder text = new StringBuilder("at ").append(Times.describe(checkIn.at(), zone, store.today()));
        if (habit.metric() instanceof Metric.Measured measured) {
            text.append(", ").append(Times.amount(checkIn.amount())).append(' ').append(measured.unit());
        }
        checkIn.duration().ifPresent(duration -> text.append(", ").append(duration.toMinutes()).append(" min"));
        if (checkIn.before().isPresent() || checkIn.after().isPresent()) {
            text.append(", tightness ").append(checkIn.before().map(level -> Integer.toString(level.level())).orElse("?"))
                    .append(" -> ").append(checkIn.after().map(level -> Integer.toString(level.level())).orElse("?"));
        }
        if (!checkIn.note().isEmpty()) {
            text.append(" (").append(checkIn.note()).append(')');
        }
        return text.toString();
    }

    /** {@code 3 days}, {@code 1 week}. */
    public static String streak(Streak streak) {
        String unit = streak.unit() == Streak.Unit.DAYS ? "day" : "week";
        return streak.length() + " " + unit + (streak.length() == 1 ? "" : "s");
    }

    private static double defaultAmount(Habit habit) {
        return 1;
    }

    private static void checkRange(String option, Integer value) {
        if (value != null && (value < Tightness.MIN || value > Tightness.MAX)) {
            throw new UsageProblem(option + " must be between " + Tightness.MIN + " and " + Tightness.MAX + ", was "
                    + value, "rate tightness from 0 (none) to 10 (worst)");
        }
    }

    /** {@code unknot checkin --json}. */
    @Serdeable
    record Recorded(CheckInEntry checkIn, StreakEntry streak, List<AdvisoryEntry> advice) {}

    /** {@code unknot checkin --undo --json}: {@code removed} is null when there was nothing to undo. */
    @Serdeable
    record Undone(CheckInEntry removed) {}

    @Serdeable
    public record CheckInEntry(String id, String clientId, HabitJson.HabitEntry habit, String at, String day,
            double amount, Long durationSeconds, Integer before, Integer after, String note, List<String> symptoms) {

        public static CheckInEntry of(RecordedCheckIn recorded, Habit habit, ZoneId zone,
                dev.unknot.core.calendar.PersonalCalendar calendar) {
            CheckIn checkIn = recorded.checkIn();
            return new CheckInEntry(Long.toString(recorded.id().value()), checkIn.clientId(), HabitJson.HabitEntry.of(habit),
                    Times.iso(checkIn.at(), zone), calendar.dayOf(checkIn.at()).toString(), checkIn.amount(),
                    checkIn.duration().map(Duration::toSeconds).orElse(null),
                    checkIn.before().map(Tightness::level).orElse(null), checkIn.after().map(Tightness::level).orElse(null),
                    checkIn.note(), checkIn.symptoms().stream().map(symptom -> symptom.name().toLowerCase(Locale.ROOT))
                            .sorted().toList());
        }
    }

    /** {@code unit} is {@code days} or {@code weeks}. */
    @Serdeable
    public record StreakEntry(int current, int best, String unit) {

        public static StreakEntry of(HabitProgress progress) {
            return new StreakEntry(progress.current().length(), progress.best().length(),
                    progress.current().unit().name().toLowerCase(Locale.ROOT));
        }
    }

    /** {@code severity} is {@code info}, {@code caution} or {@code urgent}. */
    @Serdeable
    public record AdvisoryEntry(String rule, String severity, String title, String message) {

        public static AdvisoryEntry of(Advisory advisory) {
            return new AdvisoryEntry(advisory.rule(), advisory.severity().name().toLowerCase(Locale.ROOT),
                    advisory.title(), advisory.message());
        }
    }
}
