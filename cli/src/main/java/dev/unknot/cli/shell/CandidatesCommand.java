package dev.unknot.cli.shell;

import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.wire.Tracker;
import dev.unknot.wire.habit.HabitEntry;
import io.micronaut.context.annotation.Prototype;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unknot candidates KIND [PREFIX]}: what the completion script offers for a habit, a
 * routine or a technique, one a line, as {@code git} and {@code kubectl} ask themselves. Hidden:
 * it is for the script, not for people. It never fails loudly, since a shell is completing.
 */
@Command(name = CandidatesCommand.NAME, hidden = true, description = "Completion candidates, one a line.")
@Prototype
public final class CandidatesCommand implements Callable<Integer> {

    static final String NAME = "candidates";

    /** The kinds of candidates, as the completion script names them. */
    static final List<String> KINDS = List.of("habits", "archived", "routines", "techniques", "library");

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "habits, archived, routines, techniques or library.")
    String kind;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PREFIX", description = "What has been typed so far.")
    String prefix;

    CandidatesCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        List<String> candidates;
        try {
            candidates = candidates(person.tracker());
        } catch (RuntimeException e) {
            // No database yet, a server out of reach: nothing to offer, and nothing to say mid-line.
            return UnknotCli.FAILURE;
        }
        String typed = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        PrintWriter out = spec.commandLine().getOut();
        candidates.stream()
                .filter(candidate -> candidate.toLowerCase(Locale.ROOT).startsWith(typed))
                .distinct()
                .forEach(out::println);
        out.flush();
        return UnknotCli.OK;
    }

    private List<String> candidates(Tracker tracker) {
        return switch (kind) {
            case "habits" -> habits(tracker, false);
            case "archived" -> habits(tracker, true);
            case "routines" -> routines(tracker);
            case "techniques" -> techniques(tracker);
            case "library" -> {
                List<String> all = new ArrayList<>();
                tracker.templates().templates().forEach(template -> all.add(template.id()));
                all.addAll(techniques(tracker));
                all.addAll(routines(tracker));
                yield all;
            }
            default -> List.of();
        };
    }

    private static List<String> habits(Tracker tracker, boolean archived) {
        Stream<HabitEntry> habits = tracker.habits(archived).habits().stream();
        return habits.filter(habit -> habit.archived() == archived)
                .map(HabitEntry::name)
                .toList();
    }

    private static List<String> routines(Tracker tracker) {
        return tracker.routines().routines().stream()
                .map(routine -> routine.id())
                .toList();
    }

    private static List<String> techniques(Tracker tracker) {
        return tracker.techniques(Optional.empty()).techniques().stream()
                .map(technique -> technique.id())
                .toList();
    }
}
