package dev.unknot.cli.library;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.Output;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.plugin.Library;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code unknot pillars}: the lines of attack on back tightness the loaded plugins provide. */
@Command(name = "pillars", description = "List the pillars: stretching, heat, breathing and the others.")
@Prototype
public final class PillarsCommand implements Callable<Integer> {

    private final BeanProvider<Library> library;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    PillarsCommand(BeanProvider<Library> library) {
        this.library = library;
    }

    @Override
    public Integer call() {
        Library library = this.library.get();
        if (json.enabled()) {
            json.print(spec, new LibraryJson.Pillars(
                    library.pillars().stream().map(pillar -> LibraryJson.PillarEntry.of(pillar, library)).toList()));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        if (library.pillars().isEmpty()) {
            output.line("No pillars: no plugin is loaded. Run 'unknot plugins' to see why.");
            return UnknotCli.OK;
        }
        Table table = Table.withHeader("ID", "NAME", "TECHNIQUES");
        for (Pillar pillar : library.pillars()) {
            table.row(pillar.id().value(), pillar.name(), String.valueOf(library.techniques(pillar.id()).size()));
        }
        output.table(table);
        return UnknotCli.OK;
    }
}
