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
import dev.unknot.wire.plan.AssessmentBody;
import dev.unknot.wire.plan.Proposal;
import dev.unknot.wire.safety.SafetyAnswersBody;
import dev.unknot.wire.safety.SafetyScreenEntry;
import io.micronaut.context.annotation.Prototype;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    @Option(names = "--apply", description = "Create the proposed habits (those you keep already are left alone).")
    boolean apply;

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
        askForMissing();
        Assessment assessment;
        try {
            assessment = new Assessment(sittingHours, stress, strengthSessions, slouches, strain, water);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage(), "see 'unknot plan --help'");
        }
        AssessmentBody weights = AssessmentBody.of(assessment);
        Proposal plan =
                apply ? person.tracker().applyPlan(weights) : person.tracker().proposePlan(weights);
        if (json.enabled()) {
            json.print(spec, plan);
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        output.heading("Likely causes");
        if (plan.causes().isEmpty()) {
            output.line("  None stand out: keep moving, and see 'unknot routines' for a routine you like.");
        }
        plan.causes()
                .forEach(cause -> output.line("  " + output.bullet() + " " + cause.name() + " "
                        + output.faint("(" + Math.round(cause.weight() * 100) + "%)")));
        output.blank();
        output.heading("Habits for them");
        plan.habits()
                .forEach(template -> output.line("  " + output.bullet() + " " + template.name() + "  "
                        + output.faint("(" + template.id() + ", " + template.schedule() + ")")));
        if (plan.routine() != null) {
            output.line("  " + output.bullet() + " every day: the routine "
                    + plan.routine().name() + "  "
                    + output.faint("(" + plan.routine().id() + ")"));
        }
        output.blank();
        if (plan.applied() == null) {
            output.line("Run again with --apply to create them.");
        } else {
            plan.applied().created().forEach(habit -> output.line("Created habit " + habit.id() + ": " + habit.name()));
            plan.applied().alreadyKept().forEach(habit -> output.line("Already kept: " + habit.name()));
        }
        return UnknotCli.OK;
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

    private void askForMissing() {
        List<String> missing = new ArrayList<>();
        if (sittingHours == null) missing.add("--sitting-hours");
        if (stress == null) missing.add("--stress");
        if (strengthSessions == null) missing.add("--strength-sessions");
        if (slouches == null) missing.add("--slouch");
        if (strain == null) missing.add("--strain");
        if (water == null) missing.add("--water");
        if (missing.isEmpty()) {
            return;
        }
        if (!Prompt.interactive()) {
            throw new UsageProblem(
                    "missing answers: " + String.join(", ", missing),
                    "give them as options, or run 'unknot plan' at a terminal to be asked");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (sittingHours == null) sittingHours = number(out, "Hours sitting on a normal day (0-24)? ");
        if (stress == null) stress = number(out, "How stressed on most days, 0 (calm) to 10? ");
        if (strengthSessions == null) strengthSessions = number(out, "Strength or core sessions a week (0-14)? ");
        if (slouches == null) slouches = yesNo(out, "Do you often catch yourself slouching at a screen (y/n)? ");
        if (strain == null) strain = yesNo(out, "Heavy lifting or the same movement over and over (y/n)? ");
        if (water == null) water = number(out, "Glasses of water on a normal day (0-30)? ");
    }

    private static int number(PrintWriter out, String question) {
        for (; ; ) {
            String answer = Prompt.ask(out, question)
                    .orElseThrow(() -> new UsageProblem("no answer", "give the answers as options"));
            try {
                return Integer.parseInt(answer);
            } catch (NumberFormatException e) {
                out.println("  a whole number, please");
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
                out.println("  y or n, please");
            }
        }
    }
}
