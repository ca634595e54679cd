package dev.unknot.cli.safety;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.Prompt;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import dev.unknot.cli.checkin.CheckInCommand;
import dev.unknot.wire.safety.SafetyAnswersBody;
import dev.unknot.wire.safety.SafetyQuestion;
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
 * {@code unknot safety}: the safety screen, a few yes/no questions about red flags. At a terminal
 * it asks each question and checks each answer as it is given; elsewhere the answers are options
 * ({@code --yes}, {@code --none}), and without them it shows the questions and the answers kept.
 */
@Command(
        name = "safety",
        description = {
            "A few yes/no questions about signs that need a doctor (or emergency care) rather than",
            "exercises; your answers are kept and feed the advice until you take it again."
        })
@Prototype
public final class SafetyCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(
            names = "--yes",
            paramLabel = "ID",
            split = ",",
            description = "The questions you answer yes (the others are no): see 'unknot safety --show'.")
    List<String> yes;

    @Option(names = "--none", description = "Answer no to every question.")
    boolean none;

    @Option(names = "--later", description = "Put the screen off: it is no longer offered at the start.")
    boolean later;

    @Option(names = "--show", description = "Show the questions and your last answers; change nothing.")
    boolean show;

    public SafetyCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        int chosen = (yes != null ? 1 : 0) + (none ? 1 : 0) + (later ? 1 : 0) + (show ? 1 : 0);
        if (chosen > 1) {
            throw new UsageProblem("--yes, --none, --later and --show go alone", "choose one of them");
        }
        SafetyScreenEntry screen;
        if (yes != null) {
            screen = person.tracker().answerSafetyScreen(new SafetyAnswersBody(yes, null));
        } else if (none) {
            screen = person.tracker().answerSafetyScreen(new SafetyAnswersBody(List.of(), null));
        } else if (later) {
            screen = person.tracker().answerSafetyScreen(new SafetyAnswersBody(null, true));
        } else if (show || !Prompt.interactive()) {
            screen = person.tracker().safetyScreen();
        } else {
            screen = ask(spec, person);
        }
        if (json.enabled()) {
            json.print(spec, screen);
            return UnknotCli.OK;
        }
        print(Output.of(spec), screen);
        return UnknotCli.OK;
    }

    /** Asks every question at the terminal, each answer checked as it is given, and keeps the answers. */
    public static SafetyScreenEntry ask(CommandSpec spec, PersonalTracker person) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("A few yes/no questions about signs that need a doctor rather than exercises.");
        List<String> yes = new ArrayList<>();
        for (SafetyQuestion question : SafetyScreenEntry.allQuestions()) {
            if (yesNo(out, question.question() + " (y/n) ")) {
                yes.add(question.id());
            }
        }
        return person.tracker().answerSafetyScreen(new SafetyAnswersBody(yes, null));
    }

    private static boolean yesNo(PrintWriter out, String question) {
        for (; ; ) {
            String answer = Prompt.ask(out, question)
                    .orElseThrow(() -> new UsageProblem("no answer", "give the answers with --yes or --none"));
            switch (answer.strip().toLowerCase(Locale.ROOT)) {
                case "y", "yes" -> {
                    return true;
                }
                case "n", "no" -> {
                    return false;
                }
                default -> out.println("  y or n, please");
            }
        }
    }

    static void print(Output output, SafetyScreenEntry screen) {
        output.heading("Safety screen");
        for (SafetyQuestion question : screen.questions()) {
            String answer = screen.taken() == null ? "" : screen.yes().contains(question.id()) ? "yes" : "no";
            output.line("  " + output.bullet() + " " + question.question() + " "
                    + (answer.isEmpty() ? "" : output.bold(answer) + " ")
                    + output.faint("(" + question.id() + ")"));
        }
        output.blank();
        if (screen.taken() == null) {
            output.line("Not answered yet: run 'unknot safety' at a terminal, or give --yes ID,... or --none.");
        } else {
            output.line("Answered " + screen.taken() + "; take it again whenever something changes.");
        }
        CheckInCommand.printAdvice(output, screen.advice());
    }
}
