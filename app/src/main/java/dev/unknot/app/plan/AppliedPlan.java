package dev.unknot.app.plan;

import dev.unknot.core.habit.Habit;
import dev.unknot.core.plan.PlanItem;
import java.util.List;

/**
 * What applying a plan did.
 *
 * @param created the habits it created, in the plan's order, its routine last
 * @param skipped the items it left out because the person has such a habit already, with that habit
 */
public record AppliedPlan(List<Habit> created, List<Skipped> skipped) {

    /** An item of the plan left out, and the habit of the person's that it would have repeated. */
    public record Skipped(PlanItem item, Habit existing) {}

    public AppliedPlan {
        created = List.copyOf(created);
        skipped = List.copyOf(skipped);
    }

    /** The person's habits that already covered a part of the plan, which it left alone. */
    public List<Habit> alreadyKept() {
        return skipped.stream().map(Skipped::existing).toList();
    }
}
