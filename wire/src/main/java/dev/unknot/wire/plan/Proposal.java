package dev.unknot.wire.plan;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code unknot plan --json}, {@code POST /api/v1/plan/...}: {@code applied} is null until applied.
 * {@code items} lists the habits and the routine together, each with its reason and the habit of
 * the person's it would repeat; {@code answers} are those it was proposed from, null when it was
 * proposed from weights.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Proposal(
        List<CauseEntry> causes,
        List<TemplateRef> habits,
        RoutineRef routine,
        Applied applied,
        List<PlanItemEntry> items,
        PlanAnswersBody answers) {

    public Proposal {
        causes = List.copyOf(causes);
        habits = List.copyOf(habits);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
