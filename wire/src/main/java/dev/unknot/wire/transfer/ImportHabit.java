package dev.unknot.wire.transfer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/**
 * One habit of {@link ImportPreview}.
 *
 * @param create whether it is created; otherwise the person's habit of that name gets the check-ins
 * @param schedule as Unknot keeps it, e.g. {@code 3 times a week}
 * @param metric {@code done or not}, or the unit and daily target
 * @param first the earliest day of its check-ins in the file, null when it has none
 * @param mapping how the file's schedule or target was approximated, null when exactly
 * @param reminder when a habit it creates will remind, e.g. {@code 08:30}; null when it will not
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record ImportHabit(
        String name,
        boolean create,
        String schedule,
        String metric,
        boolean archived,
        int checkIns,
        int alreadyPresent,
        int skippedDays,
        @Schema(format = "date") @Nullable String first,
        @Schema(format = "date") @Nullable String last,
        @Nullable String mapping,

        @Schema(description = "e.g. 08:30 or 09:00,14:00") @Nullable
        String reminder) {}
