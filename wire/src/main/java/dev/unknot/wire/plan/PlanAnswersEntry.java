package dev.unknot.wire.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/**
 * {@code GET /api/v1/plan/answers}: the person's last answers to the plan's questions and when
 * they gave them (ISO instant); both null when they never answered.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record PlanAnswersEntry(
        @Nullable PlanAnswersBody answers,
        @Schema(format = "date-time") @Nullable String answeredAt) {}
