package dev.unknot.cli.library;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Durations;
import dev.unknot.wire.Tracker;
import dev.unknot.wire.library.PhaseEntry;
import dev.unknot.wire.library.PillarEntry;
import dev.unknot.wire.library.TechniqueDetail;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unknot technique ID}: one technique in full, as a page of an exercise book. */
@Command(name = "technique", description = "Show one technique: its steps, dose, cautions and timer.")
@Prototype
public final class TechniqueCommand implements Callable<Integer> {

    static final String EACH_SIDE = "each-side";

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Parameters(paramLabel = "ID", description = "The technique's id, e.g. stretching/childs-pose.")
    String id;

    TechniqueCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        TechniqueDetail technique = LibraryIds.technique(person.tracker(), id);
        if (json.enabled()) {
            json.print(spec, technique);
            return UnknotCli.OK;
        }
        print(technique, person.tracker(), Output.of(spec));
        return UnknotCli.OK;
    }

    private static void print(TechniqueDetail technique, Tracker tracker, Output output) {
        String pillar = tracker.pillars().pillars().stream()
                .filter(each -> each.id().equals(technique.pillar()))
                .map(PillarEntry::name)
                .findFirst()
                .orElse(technique.pillar());
        output.heading(technique.name());
        output.line(output.faint(technique.id() + output.separator() + pillar));
        output.blank();
        output.wrapped("", technique.summary());
        output.blank();

        output.heading("Steps");
        numbered(output, technique.steps());
        output.blank();

        Table facts = Table.indented("");
        facts.row("Dose", technique.dose().description());
        facts.row(
                "Sides",
                EACH_SIDE.equals(technique.sides()) ? "each side, left then right" : "once (no left and right)");
        if (technique.timeSeconds() != 0) {
            facts.row("Time", Durations.format(Duration.ofSeconds(technique.timeSeconds())));
        }
        facts.row("Equipment", technique.equipment().isEmpty() ? "none" : String.join(", ", technique.equipment()));
        facts.row(
                "Body areas",
                technique.bodyAreas().stream()
                        .map(area -> area.replace('-', ' '))
                        .collect(Collectors.joining(", ")));
        facts.row(
                "Causes",
                technique.causes().isEmpty()
                        ? "none in particular"
                        : technique.causes().stream()
                                .map(cause ->
                                        Cause.fromId(cause).map(Cause::label).orElse(cause))
                                .collect(Collectors.joining(", ")));
        output.table(facts);

        if (!technique.cautions().isEmpty()) {
            output.blank();
            output.heading("Cautions");
            technique.cautions().forEach(caution -> output.wrapped("  " + output.bullet() + " ", "    ", caution));
        }

        output.blank();
        output.heading("Timer");
        List<PhaseEntry> phases = technique.phases();
        if (phases.isEmpty()) {
            output.line("  not timed");
        } else {
            Table timer = Table.indented("  ");
            for (int i = 0; i < phases.size(); i++) {
                timer.row(
                        Output.number(i + 1, phases.size()) + " "
                                + phases.get(i).label(),
                        Durations.format(Duration.ofSeconds(phases.get(i).durationSeconds())));
            }
            output.table(timer);
        }
    }

    private static void numbered(Output output, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String number = "  " + Output.number(i + 1, lines.size()) + " ";
            output.wrapped(number, " ".repeat(number.length()), lines.get(i));
        }
    }

    /** A dose as one short phrase: {@code hold 20–30 s, each side}. */
    static String doseText(String dose, String sides) {
        return dose + (EACH_SIDE.equals(sides) ? ", each side" : "");
    }
}
