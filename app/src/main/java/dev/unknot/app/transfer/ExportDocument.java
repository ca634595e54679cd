package dev.unknot.app.transfer;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.unknot.wire.checkin.CheckInEntry;
import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.habit.MetricEntry;
import dev.unknot.wire.habit.ScheduleEntry;
import dev.unknot.wire.settings.Settings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The export file, version 1. Habits are referred to by {@code ref}, their position in the file
 * (1, 2, ...), not by database id, so that an export, imported anywhere and exported again, reads
 * the same. Times are ISO-8601 instants, days ISO dates; lists are in a fixed order. Public for the
 * API, whose OpenAPI document describes {@code GET /export} and {@code POST /import} with it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportDocument(
        @Nullable String format,
        @Nullable Integer version,
        @Nullable Settings settings,
        @Nullable List<HabitEntry> habits,
        @Nullable List<CheckInEntry> checkIns) {

    public static final String FORMAT = "unknot-export";
    public static final int VERSION = 1;

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Settings(
            @Nullable String timeZone, @Nullable String dayStart) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HabitEntry(
            @Nullable Integer ref,
            @Nullable String name,
            @Nullable String status,
            @Nullable String startsOn,
            @Nullable String template,
            @Nullable Target target,
            @Nullable ScheduleEntry schedule,
            @Nullable MetricEntry metric,
            @Nullable List<String> skipped,
            @Nullable List<Pause> pauses,
            @Nullable String remind) {}

    /** Exactly one of the three is set. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(
            @Nullable String technique,
            @Nullable String routine,
            @Nullable String custom) {}

    /** {@code kind}: daily, weekdays (with {@code days}), times-per-week (with {@code times}), every-hours. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScheduleEntry(
            @Nullable String kind,
            @Nullable List<String> days,
            @Nullable Integer times,
            @Nullable Integer hours,
            @Nullable String from,
            @Nullable String until) {}

    /** {@code kind}: yes-no, or measured with {@code unit} and {@code dailyTarget}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MetricEntry(
            @Nullable String kind,
            @Nullable String unit,
            @Nullable Double dailyTarget) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pause(@Nullable String first, @Nullable String last) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckInEntry(
            @Nullable String clientId,
            @Nullable Integer habit,
            @Nullable String at,
            @Nullable Double amount,
            @Nullable Long durationSeconds,
            @Nullable Integer before,
            @Nullable Integer after,
            @Nullable String note,
            @Nullable List<String> symptoms,
            @Nullable String recordedAt,
            @Nullable Integer painBefore,
            @Nullable Integer painAfter) {}
}
