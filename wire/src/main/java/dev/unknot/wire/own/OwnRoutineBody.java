package dev.unknot.wire.own;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A person's own routine: {@code POST /api/v1/own/routines}, and {@code PATCH} of one, where every
 * field left out keeps its value.
 *
 * @param steps techniques in order, built-in ({@code stretching/childs-pose}) or their own ({@code my/wall-slide})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record OwnRoutineBody(
        @Nullable String name,
        @Nullable String summary,
        @Nullable List<Step> steps) {

    /** @param dose the technique's own dose when left out */
    @Serdeable
    public record Step(String technique, @Nullable DoseBody dose) {}
}
