package dev.unknot.cli.plan;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.Prompt;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.cli.checkin.CheckInCommand;
import dev.unknot.cli.safety.SafetyCommand;
import dev.unknot.core.plan.Assessment;
import dev.unknot.wire.habit.ScheduleEntry;
import dev.unknot.wire.plan.AssessmentBody;
import dev.unknot.wire.plan.PlanItemEntry;
import dev.unknot.wire.plan.Proposal;
import dev.unknot.wire.safety.SafetyAnswersBody;
import dev.unknot.wire.safety.SafetyScreenEntry;
import io.micronaut.context.annotation.Prototype;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot plan}: a few questions about the likely causes of tightness, then the habits and
 * routine that address them; {@code --apply} creates them. At a terminal it asks what the options
 * leave out; elsewhere every answer must be an option.
 */
@Command(
        name = "plan",
        description = {
            "Answer a few questions (or give them as options) and get habits and a routine",
            "for the likely causes of your tightness; --apply creates them."
        })
@Prototype
public final class PlanCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(names = "--sitting-hours", paramLabel = "0-24", description = "Hours sitting on a normal day.")
    Integer sittingHours;

    @Option(names = "--stress", paramLabel = "0-10", description = "How stressed you feel on most days.")
    Integer stress;

    @Option(names = "--strength-sessions", paramLabel = "0-14", description = "Strength or core sessions a week.")
    Integer strengthSessions;

    @Option(
            names = "--slouch",
            arity = "1",
            paramLabel = "yes|no",
            converter = YesNo.class,
            description = "You often catch yourself slouching at a screen.")
    Boolean slouches;

    @Option(
            names = "--strain",
            arity = "1",
            paramLabel = "yes|no",
            converter = YesNo.class,
            description = "Heavy lifting or the same movement over and over.")
    Boolean strain;

    @Option(names = "--water", paramLabel = "0-30", description = "Glasses of water on a normal day.")
    Integer water;

    @Option(names = "--apply", description = "Create the proposed habits (those you have already are left out).")
    boolean apply;

    @Option(
            names = "--untick",
            paramLabel = "ITEM",
            split = ",",
            description = "Leave these out: their numbers in the plan, or their ids.")
    List<String> untick = new ArrayList<>();

    @Option(
            names = "--schedule",
            paramLabel = "ITEM=SCHEDULE",
            description =
                    "Another schedule for an item (number or id): daily, mon,thu, 3/week or every 2h 09:00-17:00.")
    Map<String, String> schedules = new LinkedHashMap<>();

    PlanCommand(PersonalTracker person) {
        this.person = person;
    }

    /** {@code yes}, {@code no}, {@code true}, {@code false}, {@code y}, {@code n}. */
    static final class YesNo implements picocli.CommandLine.ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true" -> true;
                case "no", "n", "false" -> false;
                default ->
                    throw new picocli.CommandLine.TypeConversionException("expected yes or no, was '" + value + "'");
            };
        }
    }

    @Override
    public Integer call() {
        offerSafetyScreen();
        Assessment assessment = answers();
        AssessmentBody asked = AssessmentBody.answering(assessment);
        Proposal plan = person.tracker().proposePlan(asked);
        Proposal full = plan;
        if (!untick.isEmpty() || !schedules.isEmpty()) {
            asked = shaped(asked, plan, untick, schedules);
            plan = person.tracker().proposePlan(asked);
        }
        if (apply) {
            plan = person.tracker().applyPlan(asked);
        }
        if (json.enabled()) {
            json.print(spec, plan);
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        print(output, plan);
        if (plan.applied() != null) {
            printApplied(output, plan);
        } else if (Prompt.interactive()) {
            offerToApply(output, asked, full, plan);
        } else {
            output.line("Run again with --apply to create them (--untick and --schedule shape them first).");
        }
        return UnknotCli.OK;
    }

    private static void print(Output output, Proposal plan) {
        output.heading("Likely causes");
        if (plan.causes().isEmpty()) {
            output.line("  None stand out: keep moving, and see 'unknot routines' for a routine you like.");
        }
        plan.causes()
                .forEach(cause -> output.line("  " + output.bullet() + " " + cause.name() + " "
                        + output.faint("(" + Math.round(cause.weight() * 100) + "%)")));
        output.blank();
        output.heading("Habits for them");
        int number = 0;
        for (PlanItemEntry item : plan.items()) {
            number++;
            String routine = item.kind().equals("routine") ? "the routine " : "";
            output.line("  " + number + ". " + routine + item.name() + "  "
                    + output.faint("(" + item.id() + ", " + item.schedule().description() + ")"));
            output.line("     " + output.faint(item.reason()));
            if (item.existing() != null) {
                output.line(
                        "     " + "You have it already as '" + item.existing().name() + "'"
                                + (item.existing().archived() ? " (archived)" : "") + ": it will be left out.");
            }
        }
        output.blank();
    }

    private static void printApplied(Output output, Proposal plan) {
        plan.applied().created().forEach(habit -> output.line("Created habit " + habit.id() + ": " + habit.name()));
        plan.applied()
                .skipped()
                .forEach(skipped -> output.line("Left out " + skipped.name() + ": you have '"
                        + skipped.existing().name() + "' already."));
        if (plan.applied().created().isEmpty()) {
            output.line("Nothing new to create.");
        }
    }

    /**
     * At a terminal: apply now, untick by number or change a schedule first, without answering the
     * questions again.
     */
    private void offerToApply(Output output, AssessmentBody asked, Proposal full, Proposal plan) {
        PrintWriter out = spec.commandLine().getOut();
        AssessmentBody answered = AssessmentBody.answering(asked.answers().assessment());
        List<String> unticked = new ArrayList<>(asked.untick());
        Map<String, String> chosen = ids(asked);
        for (; ; ) {
            long toCreate = plan.items().stream()
                    .filter(item -> item.existing() == null)
                    .count();
            if (toCreate == 0) {
                output.line("Nothing to apply: you have every habit of this plan already.");
                return;
            }
            Optional<String> answer = Prompt.ask(
                    out,
                    (toCreate == 1 ? "Apply this habit?" : "Apply these " + toCreate + " habits?")
                            + " [y/N] (or numbers to untick, e.g. 2 4; s N to change the schedule of N) ");
            String text = answer.orElse("").strip().toLowerCase(Locale.ROOT);
            if (text.equals("y") || text.equals("yes")) {
                printApplied(output, person.tracker().applyPlan(asked));
                return;
            }
            if (text.isEmpty() || text.equals("n") || text.equals("no")) {
                output.line("Nothing applied; your answers are kept for next time.");
                return;
            }
            try {
                if (text.startsWith("s")) {
                    String item = id(text.substring(1).strip(), plan);
                    String words = Prompt.ask(out, "Schedule (" + ScheduleWords.EXAMPLES + ")? ")
                            .orElse("");
                    ScheduleWords.parse(words);
                    chosen.put(item, words);
                } else {
                    List<String> more = new ArrayList<>();
                    for (String item : text.split("[,\\s]+")) {
                        more.add(id(item, plan));
                    }
                    unticked.addAll(more);
                }
                asked = shaped(answered, full, unticked, chosen);
                plan = person.tracker().proposePlan(asked);
                print(output, plan);
            } catch (IllegalArgumentException | UsageProblem e) {
                out.println("  " + e.getMessage());
            }
        }
    }

    private static Map<String, String> ids(AssessmentBody asked) {
        Map<String, String> byId = new LinkedHashMap<>();
        asked.schedules().forEach((id, schedule) -> byId.put(id, words(schedule)));
        return byId;
    }

    /** The words {@link ScheduleWords} reads for a schedule of the API. */
    private static String words(ScheduleEntry schedule) {
        return switch (schedule.kind()) {
            case "weekdays" -> String.join(",", schedule.days());
            case "times-per-week" -> schedule.times() + "/week";
            case "every-hours" -> "every " + schedule.hours() + "h " + schedule.from() + "-" + schedule.until();
            default -> "daily";
        };
    }

    /**
     * {@code asked} with the items named by number (in {@code plan}) or id left out or rescheduled.
     *
     * @throws UsageProblem naming an item that is not in the plan or a schedule that cannot be read
     */
    private static AssessmentBody shaped(
            AssessmentBody asked, Proposal plan, List<String> untick, Map<String, String> schedules) {
        List<String> ids = new ArrayList<>();
        for (String item : untick) {
            String id = id(item, plan);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        Map<String, ScheduleEntry> byId = new LinkedHashMap<>();
        schedules.forEach((item, words) -> {
            try {
                byId.put(id(item, plan), ScheduleEntry.of(ScheduleWords.parse(words)));
            } catch (IllegalArgumentException e) {
                throw new UsageProblem("--schedule " + item + ": " + e.getMessage(), "see 'unknot plan --help'");
            }
        });
        return asked.shaped(ids, byId);
    }

    /** The id of the item named by its number in the plan or by its id. */
    private static String id(String item, Proposal plan) {
        String text = item.strip();
        if (text.matches("\\d{1,3}")) {
            return plan.items().get(number(text, plan) - 1).id();
        }
        return plan.items().stream()
                .map(PlanItemEntry::id)
                .filter(text::equals)
                .findFirst()
                .orElseThrow(() -> new UsageProblem(
                        "'" + text + "' is not in the plan",
                        "name an item by its number (1-" + plan.items().size() + ") or its id"));
    }

    private static int number(String text, Proposal plan) {
        int count = plan.items().size();
        try {
            int number = Integer.parseInt(text.strip());
            if (number >= 1 && number <= count) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageProblem("'" + text.strip() + "' is not a number of the plan", "choose from 1 to " + count);
    }

    /** At a terminal, the safety screen is offered once before the first plan: first things first. */
    private void offerSafetyScreen() {
        if (!Prompt.interactive()
                || json.enabled()
                || !person.tracker().safetyScreen().offer()) {
            return;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (yesNo(
                out,
                "First, a short safety screen (a few yes/no questions, once; 'unknot safety' retakes it). Now (y/n)? ")) {
            SafetyScreenEntry screen = SafetyCommand.ask(spec, person);
            CheckInCommand.printAdvice(Output.of(spec), screen.advice());
            out.println();
        } else {
            person.tracker().answerSafetyScreen(new SafetyAnswersBody(null, true));
        }
    }

    /**
     * The six answers: from the options, then (at a terminal) asked one by one with the last
     * answers offered, or (in a script) taken from the last answers.
     */
    private Assessment answers() {
        boolean complete = sittingHours != null
                && stress != null
                && strengthSessions != null
                && slouches != null
                && strain != null
                && water != null;
        if (!complete) {
            Optional<Assessment> last = Optional.ofNullable(
                            person.tracker().planAnswers().answers())
                    .map(answers -> answers.assessment());
            if (Prompt.interactive()) {
                ask(last);
            } else if (last.isPresent()) {
                fill(last.get());
            } else {
                throw new UsageProblem(
                        "missing answers: " + String.join(", ", missing()),
                        "give them as options, or run 'unknot plan' at a terminal to be asked");
            }
        }
        try {
            return new Assessment(sittingHours, stress, strengthSessions, slouches, strain, water);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage(), "see 'unknot plan --help'");
        }
    }

    private List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (sittingHours == null) missing.add("--sitting-hours");
        if (stress == null) missing.add("--stress");
        if (strengthSessions == null) missing.add("--strength-sessions");
        if (slouches == null) missing.add("--slouch");
        if (strain == null) missing.add("--strain");
        if (water == null) missing.add("--water");
        return missing;
    }

    private void fill(Assessment last) {
        if (sittingHours == null) sittingHours = last.sittingHours();
        if (stress == null) stress = last.stress();
        if (strengthSessions == null) strengthSessions = last.strengthSessions();
        if (slouches == null) slouches = last.slouches();
        if (strain == null) strain = last.strain();
        if (water == null) water = last.glassesOfWater();
    }

    private void ask(Optional<Assessment> last) {
        PrintWriter out = spec.commandLine().getOut();
        if (last.isPresent()) {
            out.println("Your last answers are in [brackets]: press Enter to keep one.");
        }
        if (sittingHours == null)
            sittingHours = number(out, "Hours sitting on a normal day", 0, 24, last.map(Assessment::sittingHours));
        if (stress == null)
            stress = number(out, "How stressed on most days, 0 being calm", 0, 10, last.map(Assessment::stress));
        if (strengthSessions == null)
            strengthSessions =
                    number(out, "Strength or core sessions a week", 0, 14, last.map(Assessment::strengthSessions));
        if (slouches == null)
            slouches = yesNo(out, "Do you often catch yourself slouching at a screen", last.map(Assessment::slouches));
        if (strain == null)
            strain = yesNo(out, "Heavy lifting or the same movement over and over", last.map(Assessment::strain));
        if (water == null)
            water = number(out, "Glasses of water on a normal day", 0, 30, last.map(Assessment::glassesOfWater));
    }

    /** Asks until the answer is a whole number in range; Enter keeps the last answer. */
    private static int number(PrintWriter out, String question, int min, int max, Optional<Integer> last) {
        String prompt = question + " (" + min + "-" + max + ")"
                + last.map(value -> " [" + value + "]").orElse("") + "? ";
        for (; ; ) {
            String answer = Prompt.ask(out, prompt)
                    .orElseThrow(() -> new UsageProblem("no answer", "give the answers as options"));
            if (answer.isEmpty() && last.isPresent()) {
                return last.get();
            }
            try {
                int value = Integer.parseInt(answer);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            out.println("  Please answer with a whole number from " + min + " to " + max + ".");
        }
    }

    private static boolean yesNo(PrintWriter out, String question, Optional<Boolean> last) {
        String prompt =
                question + " (y/n)" + last.map(value -> value ? " [y]" : " [n]").orElse("") + "? ";
        for (; ; ) {
            String answer = Prompt.ask(out, prompt)
                    .orElseThrow(() -> new UsageProblem("no answer", "give the answers as options"));
            if (answer.isEmpty() && last.isPresent()) {
                return last.get();
            }
            try {
                return new YesNo().convert(answer);
            } catch (RuntimeException e) {
                out.println("  Please answer y or n.");
            }
        }
    }

    private static boolean yesNo(PrintWriter out, String question) {
        for (; ; ) {
            String answer = Prompt.ask(out, question)
                    .orElseThrow(() -> new UsageProblem("no answer", "give the answers as options"));
            try {
                return new YesNo().convert(answer);
            } catch (RuntimeException e) {
                out.println("  Please answer y or n.");
            }
        }
    }
}
