package dev.unknot.cli.library;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.wire.library.PillarEntry;
import dev.unknot.wire.library.Pillars;
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

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    PillarsCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        Pillars pillars = person.tracker().pillars();
        if (json.enabled()) {
            json.print(spec, pillars);
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        if (pillars.pillars().isEmpty()) {
            output.line("No pillars: no plugin is loaded. Run 'unknot plugins' to see why.");
            return UnknotCli.OK;
        }
        Table table = Table.withHeader("ID", "NAME", "TECHNIQUES");
        for (PillarEntry pillar : pillars.pillars()) {
            table.row(pillar.id(), pillar.name(), String.valueOf(pillar.techniqueCount()));
        }
        output.table(table);
        return UnknotCli.OK;
    }
}
