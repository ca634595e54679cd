package dev.unknot.cli.habit;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.plugin.Library;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code unknot templates}: the habit templates of every loaded plugin, ready for {@code habit add}. */
@Command(name = "templates", description = "List ready-made habits from all plugins ('unknot habit add ID' adopts one).")
@Prototype
public final class TemplatesCommand implements Callable<Integer> {

    private final BeanProvider<Library> library;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    TemplatesCommand(BeanProvider<Library> library) {
        this.library = library;
    }

    @Override
    public Integer call() {
        List<HabitTemplate> templates = library.get().habitTemplates().stream()
                .sorted(java.util.Comparator.comparing(template -> template.id().value())).toList();
        if (json.enabled()) {
            json.print(spec, new Templates(templates.stream().map(TemplateEntry::of).toList()));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        if (templates.isEmpty()) {
            output.line("No habit templates: run 'unknot plugins' to see which plugins loaded.");
            return UnknotCli.OK;
        }
        for (int i = 0; i < templates.size(); i++) {
            HabitTemplate template = templates.get(i);
            if (i > 0) {
                output.blank();
            }
            output.line(output.bold(template.name()) + "  " + output.faint("(" + template.id().value() + ", "
                    + template.schedule().describe() + ", " + HabitsCommand.target(template.metric()) + ")"));
            output.line("  " + template.description());
        }
        return UnknotCli.OK;
    }

    /** {@code unknot templates --json}. */
    @Serdeable
    record Templates(List<TemplateEntry> templates) {}

    @Serdeable
    record TemplateEntry(String id, String name, String description, HabitJson.TargetEntry target,
            HabitJson.ScheduleEntry schedule, HabitJson.MetricEntry metric) {

        static TemplateEntry of(HabitTemplate template) {
            return new TemplateEntry(template.id().value(), template.name(), template.description(),
                    HabitJson.TargetEntry.of(template.target()), HabitJson.ScheduleEntry.of(template.schedule()),
                    HabitJson.MetricEntry.of(template.metric()));
        }
    }
}
