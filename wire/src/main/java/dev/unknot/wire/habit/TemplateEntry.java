package dev.unknot.wire.habit;

import dev.unknot.core.habit.HabitTemplate;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** A ready-made habit a plugin offers. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record TemplateEntry(
        String id, String name, String description, TargetEntry target, ScheduleEntry schedule, MetricEntry metric) {

    public static TemplateEntry of(HabitTemplate template) {
        return new TemplateEntry(
                template.id().value(),
                template.name(),
                template.description(),
                TargetEntry.of(template.target()),
                ScheduleEntry.of(template.schedule()),
                MetricEntry.of(template.metric()));
    }
}
