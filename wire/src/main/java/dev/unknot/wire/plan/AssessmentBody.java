package dev.unknot.wire.plan;

import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.Cause;
import dev.unknot.core.plan.Assessment;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.habit.ScheduleEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * ASSESSMENT: how much each cause seems to be behind the person's tightness, by cause id
 * ({@code poor-posture}...), 0 to 1; a cause left out weighs nothing. Or, instead of
 * {@code causes}, the person's {@code answers} to the six questions, which are then remembered
 * and give each proposed habit its reason in their words. {@code untick} leaves proposed items
 * out by id, and {@code schedules} gives an item another schedule, before it is proposed or
 * applied.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record AssessmentBody(
        @Schema(implementation = CauseWeights.class, description = "nothing weighs when null") @Nullable
        Map<String, Double> causes,

        @Schema(description = "the six answers, instead of causes") @Nullable
        PlanAnswersBody answers,

        @Schema(description = "ids of proposed items to leave out") @Nullable
        List<String> untick,

        @Schema(description = "another schedule for an item, by its id") @Nullable
        Map<String, ScheduleEntry> schedules) {

    /** @throws InvalidInputException naming the cause, answer or schedule at fault */
    public AssessmentBody {
        causes = causes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(causes));
        untick = untick == null ? List.of() : List.copyOf(untick);
        schedules =
                schedules == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(schedules));
        if (answers != null && !causes.isEmpty()) {
            throw new InvalidInputException("causes", "give causes or answers, not both");
        }
        if (answers != null) {
            answers.assessment();
        }
        schedules.forEach((id, schedule) -> {
            if (schedule == null) {
                throw new InvalidInputException("schedules." + id, "schedules." + id + " must be a schedule, was null");
            }
            schedule.toSchedule();
        });
        causes.forEach((id, weight) -> {
            if (Cause.fromId(id).isEmpty()) {
                throw new InvalidInputException(
                        "causes",
                        "causes: '" + id + "' is not a cause; choose among "
                                + Arrays.stream(Cause.values()).map(Cause::id).collect(Collectors.joining(", ")));
            }
            if (weight == null || !(weight >= 0 && weight <= 1)) {
                throw new InvalidInputException(
                        "causes." + id, "causes." + id + " must be between 0 and 1, was " + weight);
            }
        });
    }

    /** The weights of {@code assessment}'s causes. */
    public static AssessmentBody of(Assessment assessment) {
        Map<String, Double> weights = new LinkedHashMap<>();
        assessment.causes().forEach((cause, weight) -> weights.put(cause.id(), weight));
        return weighing(weights);
    }

    /** Causes already weighed. */
    public static AssessmentBody weighing(Map<String, Double> causes) {
        return new AssessmentBody(causes, null, List.of(), Map.of());
    }

    /** The person's answers, to be remembered and to give each item its reason. */
    public static AssessmentBody answering(Assessment assessment) {
        return new AssessmentBody(Map.of(), PlanAnswersBody.of(assessment), List.of(), Map.of());
    }

    /** The same with these items left out and these schedules changed. */
    public AssessmentBody shaped(List<String> untick, Map<String, ScheduleEntry> schedules) {
        return new AssessmentBody(causes, answers, untick, schedules);
    }

    /** The schedules asked for, by item id. */
    public Map<String, Schedule> scheduleByItem() {
        Map<String, Schedule> byItem = new LinkedHashMap<>();
        schedules.forEach((id, schedule) -> byItem.put(id, schedule.toSchedule()));
        return byItem;
    }

    /** The weights by cause. */
    public Map<Cause, Double> weights() {
        Map<Cause, Double> weights = new EnumMap<>(Cause.class);
        causes.forEach((id, weight) -> weights.put(Cause.fromId(id).orElseThrow(), weight));
        return weights;
    }
}
