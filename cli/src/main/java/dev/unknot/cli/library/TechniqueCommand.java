package dev.unknot.cli.library;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.Output;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Durations;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TimerPhase;
import dev.unknot.core.plugin.Library;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
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

    private final BeanProvider<Library> library;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Parameters(paramLabel = "ID", description = "The technique's id, e.g. stretching/childs-pose.")
    String id;

    TechniqueCommand(BeanProvider<Library> library) {
        this.library = library;
    }

    @Override
    public Integer call() {
        Library library = this.library.get();
        Technique technique = LibraryIds.technique(library, id);
        if (json.enabled()) {
            json.print(spec, LibraryJson.TechniqueDetail.of(technique));
            return UnknotCli.OK;
        }
        print(technique, library, Output.of(spec));
        return UnknotCli.OK;
    }

    private static void print(Technique technique, Library library, Output output) {
        String pillar = library.pillar(technique.pillar()).map(Pillar::name).orElse(technique.pillar().value());
        output.heading(technique.name());
        output.line(output.faint(technique.id().value() + output.separator() + pillar));
        output.blank();
        output.line(technique.summary());
        output.blank();

        output.heading("Steps");
        numbered(output, technique.steps());
        output.blank();

        Table facts = Table.indented("");
        facts.row("Dose", technique.dose().describe());
        facts.row("Sides", technique.sides() == Sides.EACH_SIDE ? "each side, left then right" : "once (no left and right)");
        if (!technique.time().isZero()) {
            facts.row("Time", Durations.format(technique.time()));
        }
        facts.row("Equipment", technique.equipment().isEmpty() ? "none" : String.join(", ", technique.equipment()));
        facts.row("Body areas", technique.bodyAreas().stream().map(BodyArea::label).collect(Collectors.joining(", ")));
        facts.row("Causes", technique.causes().isEmpty() ? "none in particular"
                : technique.causes().stream().map(Cause::label).collect(Collectors.joining(", ")));
        output.table(facts);

        if (!technique.cautions().isEmpty()) {
            output.blank();
            output.heading("Cautions");
            technique.cautions().forEach(caution -> output.line("  " + output.bullet() + " " + caution));
        }

        output.blank();
        output.heading("Timer");
        List<TimerPhase> phases = technique.phases();
        if (phases.isEmpty()) {
            output.line("  not timed");
        } else {
            Table timer = Table.indented("  ");
            for (int i = 0; i < phases.size(); i++) {
                timer.row(Output.number(i + 1, phases.size()) + " " + phases.get(i).label(), Durations.format(phases.get(i).duration()));
            }
            output.table(timer);
        }
    }

    private static void numbered(Output output, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            output.line("  " + Output.number(i + 1, lines.size()) + " " + lines.get(i));
        }
    }

    /** A dose as one short phrase: {@code hold 20–30 s, each side}. */
    static String doseText(Dose dose, Sides sides) {
        return dose.describe() + (sides == Sides.EACH_SIDE ? ", each side" : "");
    }
}
