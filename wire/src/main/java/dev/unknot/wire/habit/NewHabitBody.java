package dev.unknot.wire.habit;

import dev.unknot.wire.Times;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apiguardian.api.API;

/**
 * NEW-HABIT: a habit to add, from a template, a technique or a routine (by {@code id}) or in the
 * person's own words ({@code from} {@code custom}: the words in {@code text}, or in {@code name}
 * when {@code text} is null). The other fields are null for "as the template or target says",
 * "every day", "yes or no", "today". ({@code text} goes beyond api-contract.md, additively.)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record NewHabitBody(
        @Schema(
                required = true,
                description = "where the habit comes from",
                allowableValues = {NewHabitBody.TEMPLATE, TargetEntry.TECHNIQUE, TargetEntry.ROUTINE, TargetEntry.CUSTOM
                })
        String from,

        @Schema(description = "the template's, technique's or routine's id, e.g. stretching/cat-cow; not for custom")
        @Nullable
        String id,

        @Schema(
                description = "the habit's name, 1 to 200 characters; the template's or target's when null",
                maxLength = 200,
                pattern = Times.NOT_BLANK)
        @Nullable
        String name,

        @Schema(description = "every day when null") @Nullable
        ScheduleEntry schedule,

        @Schema(description = "yes or no when null") @Nullable
        MetricEntry metric,

        @Schema(description = "today when null. " + Times.DAY_RANGE, format = "date") @Nullable
        String startsOn,

        @Schema(description = "custom: what you will do (else name says it)", pattern = Times.NOT_BLANK) @Nullable
        String text) {

    public static final String TEMPLATE = "template";

    /** @throws InvalidInputException naming the field at fault */
    public NewHabitBody {
        if (from == null
                || !(from.equals(TEMPLATE)
                        || from.equals(TargetEntry.TECHNIQUE)
                        || from.equals(TargetEntry.ROUTINE)
                        || from.equals(TargetEntry.CUSTOM))) {
            throw new InvalidInputException(
                    "from", "from must be one of template, technique, routine, custom, was " + quoted(from));
        }
        if (from.equals(TargetEntry.CUSTOM)) {
            if ((name == null || name.isBlank()) && (text == null || text.isBlank())) {
                throw new InvalidInputException(
                        "text", "text (or name) is required for a custom habit: what you will do");
            }
        } else if (id == null || id.isBlank()) {
            throw new InvalidInputException("id", "id is required: the " + from + "'s id, e.g. stretching/cat-cow");
        }
        if (schedule != null) {
            schedule.toSchedule();
        }
        if (metric != null) {
            metric.toMetric();
        }
        if (startsOn != null) {
            Times.day("startsOn", startsOn);
        }
    }

    private static String quoted(String text) {
        return text == null ? "null" : "'" + text + "'";
    }
}
