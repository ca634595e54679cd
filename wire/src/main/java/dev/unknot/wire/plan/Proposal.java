package dev.unknot.wire.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot plan --json}, {@code POST /api/v1/plan/...}: {@code applied} is null until applied. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Proposal(
        List<CauseEntry> causes,
        List<TemplateRef> habits,

        @Schema(description = "null when no routine fits") @Nullable
        RoutineRef routine,

        @Schema(description = "what applying the plan did; null for a proposal") @Nullable
        Applied applied) {

    public Proposal {
        causes = List.copyOf(causes);
        habits = List.copyOf(habits);
    }
}
