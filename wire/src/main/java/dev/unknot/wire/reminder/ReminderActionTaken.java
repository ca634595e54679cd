package dev.unknot.wire.reminder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/**
 * {@code POST /api/v1/reminder-actions/{token}/done} or {@code .../snooze}: what a reminder's button
 * did, with a line to show for it. It names neither the person nor the habit: whoever holds the link
 * learns nothing more from the answer.
 *
 * @param action {@code done} or {@code snoozed}
 * @param until for a snooze, when the reminder comes back, e.g. {@code 2026-11-02T09:10:00Z}
 * @param untilLocal the same on the person's wall clock, e.g. {@code 2026-11-02T10:10}
 * @param message one line for a confirmation, e.g. {@code Checked in.}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
@Schema(name = "ReminderActionTaken", description = "What a reminder's button did.")
public record ReminderActionTaken(
        @Schema(
                required = true,
                allowableValues = {"done", "snoozed"})
        String action,

        @Schema(nullable = true, example = "2026-11-02T09:10:00Z") @Nullable
        String until,

        @Schema(nullable = true, example = "2026-11-02T10:10") @Nullable
        String untilLocal,

        @Schema(required = true, example = "Checked in.") String message) {}
