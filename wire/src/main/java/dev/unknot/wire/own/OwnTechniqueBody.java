package dev.unknot.wire.own;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A person's own technique: {@code POST /api/v1/own/techniques}, and {@code PATCH} of one, where
 * every field left out keeps its value.
 *
 * @param pillar a pillar's id such as {@code stretching}; {@code stretching} when left out of a new one
 * @param summary a sentence on what it does; its first step when left out
 * @param bodyAreas such as {@code lower-back}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record OwnTechniqueBody(
        @Nullable String name,
        @Nullable String summary,
        @Nullable String pillar,
        @Nullable List<String> steps,
        @Nullable DoseBody dose,
        @Nullable Boolean eachSide,
        @Nullable List<String> bodyAreas,
        @Nullable List<String> cautions,
        @Nullable List<String> equipment) {}
