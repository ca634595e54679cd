package dev.unknot.wire.checkin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/** {@code unknot checkin --undo --json}, {@code POST /api/v1/check-ins/undo}: {@code removed} is null when there was nothing to undo. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Undone(
        @Schema(description = "the check-in removed; null when there was none") @Nullable
        CheckInEntry removed) {}
