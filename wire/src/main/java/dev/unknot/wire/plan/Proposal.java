package dev.unknot.wire.plan;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot plan --json}, {@code POST /api/v1/plan/...}: {@code applied} is null until applied. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Proposal(List<CauseEntry> causes, List<TemplateRef> habits, RoutineRef routine, Applied applied) {

    public Proposal {
        causes = List.copyOf(causes);
        habits = List.copyOf(habits);
    }
}
