package dev.unknot.wire.transfer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code unknot import --dry-run --json}, {@code POST /api/v1/import/preview}: what importing a
 * file would write, written nothing yet.
 *
 * @param kind {@code loop-backup}, {@code loop-csv}, {@code csv}, {@code unknot-csv} or {@code unknot-json}
 * @param kindLabel the kind as a person reads it
 * @param habits the file's habits in its order
 * @param habitsToCreate how many of them are new
 * @param checkIns check-ins that would be added
 * @param alreadyPresent check-ins of the file that are there already
 * @param first the earliest day of the file's check-ins, null when it has none
 * @param last the latest, null when it has none
 * @param notMapped what the file held that is left out, one line each
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record ImportPreview(
        String kind,
        String kindLabel,
        List<ImportHabit> habits,
        int habitsToCreate,
        int checkIns,
        int alreadyPresent,
        @Schema(format = "date") @Nullable String first,
        @Schema(format = "date") @Nullable String last,
        List<String> notMapped) {

    public ImportPreview {
        habits = habits == null ? List.of() : List.copyOf(habits);
        notMapped = notMapped == null ? List.of() : List.copyOf(notMapped);
    }
}
