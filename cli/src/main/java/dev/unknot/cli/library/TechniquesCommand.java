package dev.unknot.cli.library;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.Output;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
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

    private final BeanProvider<Library> library;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(names = "--pillar", paramLabel = "ID", description = "Only this pillar's techniques, e.g. stretching.")
    String pillar;

    TechniquesCommand(BeanProvider<Library> library) {
        this.library = library;
    }

    @Override
    public Integer call() {
        Library library = this.library.get();
        List<Technique> techniques = pillar == null
                ? library.techniques()
                : library.techniques(LibraryIds.pillar(library, pillar).id());
        if (json.enabled()) {
            json.print(spec, new LibraryJson.Techniques(techniques.stream().map(LibraryJson.TechniqueDetail::of).toList()));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        if (techniques.isEmpty()) {
            output.line(pillar == null ? "No techniques: run 'unknot plugins' to see which plugins loaded."
                    : "No techniques in pillar '" + pillar + "'.");
            return UnknotCli.OK;
        }
        Table table = Table.withHeader("ID", "NAME", "PILLAR", "DOSE");
        for (Technique technique : techniques) {
            table.row(technique.id().value(), technique.name(), technique.pillar().value(),
                    TechniqueCommand.doseText(technique.dose(), technique.sides()));
        }
        output.table(table);
        return UnknotCli.OK;
    }
}
