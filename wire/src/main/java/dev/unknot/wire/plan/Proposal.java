package dev.unknot.wire.plan;

import dev.unknot.core.library.Cause;
import dev.unknot.core.plan.Plan;
import dev.unknot.store.plan.AppliedPlan;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** {@code unknot plan --json}, {@code POST /api/v1/plan/...}: {@code applied} is null until applied. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Proposal(List<CauseEntry> causes, List<TemplateRef> habits, RoutineRef routine, Applied applied) {

    public Proposal {
        causes = List.copyOf(causes);
        habits = List.copyOf(habits);
    }

    public static Proposal of(Plan plan, Optional<AppliedPlan> applied) {
        List<CauseEntry> causes = new ArrayList<>();
        for (Map.Entry<Cause, Double> cause : plan.causes().entrySet()) {
            causes.add(new CauseEntry(cause.getKey().id(), cause.getKey().label(), cause.getValue()));
        }
        return new Proposal(
                causes,
                plan.habits().stream().map(TemplateRef::of).toList(),
                plan.routine().map(RoutineRef::of).orElse(null),
                applied.map(Applied::of).orElse(null));
    }
}
