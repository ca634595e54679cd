package dev.unknot.wire.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
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

        @Schema(description = "null when no routine fits") @Nullable
        RoutineRef routine,

        @Schema(description = "what applying the plan did; null for a proposal") @Nullable
        Applied applied,

        List<PlanItemEntry> items,

        @Schema(description = "the answers it was proposed from; null when proposed from weights") @Nullable
        PlanAnswersBody answers) {

    public Proposal {
        causes = List.copyOf(causes);
        habits = List.copyOf(habits);
        items = items == null ? List.of() : List.copyOf(items);
    }
}
