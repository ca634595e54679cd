package dev.unknot.cli.habit;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.wire.habit.TemplateEntry;
import dev.unknot.wire.habit.Templates;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code unknot templates}: the habit templates of every loaded plugin, ready for {@code habit add}. */
@Command(
        name = "templates",
        description = "List ready-made habits from all plugins ('unknot habit add ID' adopts one).")
@Prototype
public final class TemplatesCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    TemplatesCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        Templates document = person.tracker().templates();
        if (json.enabled()) {
            json.print(spec, document);
            return UnknotCli.OK;
        }
        List<TemplateEntry> templates = document.templates();
        Output output = Output.of(spec);
        if (templates.isEmpty()) {
            output.line("No habit templates: run 'unknot plugins' to see which plugins loaded.");
            return UnknotCli.OK;
        }
        for (int i = 0; i < templates.size(); i++) {
            TemplateEntry template = templates.get(i);
            if (i > 0) {
                output.blank();
            }
            output.line(output.bold(template.name()) + "  "
                    + output.faint(
                            "(" + template.id() + ", " + template.schedule().description() + ", "
                                    + HabitsCommand.target(template.metric()) + ")"));
            output.line("  " + template.description());
        }
        return UnknotCli.OK;
    }
}
