package dev.unknot.wire.plan;

import dev.unknot.core.habit.HabitTemplate;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** A habit template a plan proposes. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record TemplateRef(String id, String name, String schedule) {

    public static TemplateRef of(HabitTemplate template) {
        return new TemplateRef(
                template.id().value(), template.name(), template.schedule().describe());
    }
}
