package dev.unknot.cli.library;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.wire.library.TechniqueDetail;
import dev.unknot.wire.library.Techniques;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unknot techniques [--pillar ID]}: every technique, or one pillar's. */
@Command(name = "techniques", description = "List techniques, of every pillar or of one.")
@Prototype
public final class TechniquesCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(names = "--pillar", paramLabel = "ID", description = "Only this pillar's techniques, e.g. stretching.")
    String pillar;

    TechniquesCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        Techniques document = pillar == null
                ? person.tracker().techniques(Optional.empty())
                : LibraryIds.techniquesOf(person.tracker(), pillar);
        if (json.enabled()) {
            json.print(spec, document);
            return UnknotCli.OK;
        }
        List<TechniqueDetail> techniques = document.techniques();
        Output output = Output.of(spec);
        if (techniques.isEmpty()) {
            output.line(
                    pillar == null
                            ? "No techniques: run 'unknot plugins' to see which plugins loaded."
                            : "No techniques in pillar '" + pillar + "'.");
            return UnknotCli.OK;
        }
        Table table = Table.withHeader("ID", "NAME", "PILLAR", "DOSE");
        for (TechniqueDetail technique : techniques) {
            table.row(
                    technique.id(),
                    technique.name(),
                    technique.pillar(),
                    TechniqueCommand.doseText(technique.dose().description(), technique.sides()));
        }
        output.table(table);
        return UnknotCli.OK;
    }
}
