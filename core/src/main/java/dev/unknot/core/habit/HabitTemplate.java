package dev.unknot.core.habit;

import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import dev.unknot.core.library.TemplateId;
import org.apiguardian.api.API;

/**
 * A habit a plugin suggests, ready to adopt: "a 10-minute walk after each hour of sitting".
 *
 * <p>When its plugin loads, the id must be in the plugin's namespace ({@code TemplateId}), and a
 * target technique or routine must be provided by a loaded plugin (this one or another).
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record HabitTemplate(
        TemplateId id, String name, String description, HabitTarget target, Schedule schedule, Metric metric) {

    public HabitTemplate {
        Require.present(id, "habit template id");
        name = Require.text(name, "name of " + id);
        description = Require.text(description, "description of " + id);
        Require.present(target, "target of " + id);
        Require.present(schedule, "schedule of " + id);
        Require.present(metric, "metric of " + id);
    }

    public static HabitTemplate of(
            String id, String name, String description, HabitTarget target, Schedule schedule, Metric metric) {
        return new HabitTemplate(TemplateId.of(id), name, description, target, schedule, metric);
    }
}
