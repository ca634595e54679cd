package dev.unknot.core.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Cause;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A proposed starter plan: habits to adopt, each with the reason it is proposed, and the daily
 * habit of one routine.
 *
 * @param causes the weight of each cause that applies, heaviest first; empty when none stands out
 * @param items the habits to adopt in the order of the causes they answer, the routine last
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Plan(Map<Cause, Double> causes, List<PlanItem> items) {

    public Plan {
        causes = Collections.unmodifiableMap(new LinkedHashMap<>(causes));
        items = List.copyOf(items);
        Set<String> ids = new HashSet<>();
        for (PlanItem item : items) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("a plan proposes '" + item.id() + "' once");
            }
        }
    }

    /** The habit templates the plan adopts, in its order. */
    public List<HabitTemplate> habits() {
        return items.stream().flatMap(item -> item.template().stream()).toList();
    }

    /** The daily habit of the plan's routine, if it proposes one. */
    public Optional<PlanItem> routine() {
        return items.stream().filter(PlanItem::routine).findFirst();
    }

    /** The item with this id. */
    public Optional<PlanItem> item(String id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /**
     * The plan as the person shaped it before applying: without the items they unticked, and with
     * the schedules they chose.
     *
     * @param untick ids of items to leave out
     * @param schedules a schedule by item id, replacing that item's
     * @throws IllegalArgumentException naming an id that is not an item of this plan
     */
    public Plan shaped(Set<String> untick, Map<String, Schedule> schedules) {
        for (String id : untick) {
            requireItem(id);
        }
        for (String id : schedules.keySet()) {
            requireItem(id);
        }
        List<PlanItem> kept = new ArrayList<>();
        for (PlanItem item : items) {
            if (!untick.contains(item.id())) {
                kept.add(schedules.containsKey(item.id()) ? item.on(schedules.get(item.id())) : item);
            }
        }
        return new Plan(causes, kept);
    }

    private void requireItem(String id) {
        if (item(id).isEmpty()) {
            throw new IllegalArgumentException("'" + id + "' is not in the plan");
        }
    }
}
