package dev.unknot.app.plan;

import dev.unknot.core.habit.Habit;
import java.util.List;

/**
 * What applying a plan did.
 *
 * @param created the habits it created, in the plan's order, its routine last
 * @param alreadyKept the person's active habits that already covered a part of the plan, which it left alone
 */
public record AppliedPlan(List<Habit> created, List<Habit> alreadyKept) {

    public AppliedPlan {
        created = List.copyOf(created);
        alreadyKept = List.copyOf(alreadyKept);
    }
}
