package dev.unknot.wire.plan;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * {@code GET /api/v1/plan/answers}: the person's last answers to the plan's questions and when
 * they gave them (ISO instant); both null when they never answered.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record PlanAnswersEntry(PlanAnswersBody answers, String answeredAt) {}
