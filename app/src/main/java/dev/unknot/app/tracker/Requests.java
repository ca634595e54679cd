package dev.unknot.app.tracker;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.habit.HabitChanges;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.wire.Times;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.habit.HabitChangesBody;
import dev.unknot.wire.habit.MetricEntry;
import dev.unknot.wire.habit.NewHabitBody;
import dev.unknot.wire.habit.ScheduleEntry;
import dev.unknot.wire.habit.TargetEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The application's requests made from the wire's bodies. */
final class Requests {

    private Requests() {}

    static NewHabit newHabit(NewHabitBody body) {
        NewHabit request = switch (body.from()) {
            case NewHabitBody.TEMPLATE -> NewHabit.fromTemplate(body.id());
            case TargetEntry.TECHNIQUE -> NewHabit.technique(body.id());
            case TargetEntry.ROUTINE -> NewHabit.routine(body.id());
            default -> NewHabit.custom(body.text() != null && !body.text().isBlank() ? body.text() : body.name());
        };
        if (body.name() != null) {
            request = request.named(body.name());
        }
        if (body.schedule() != null) {
            request = request.on(body.schedule().toSchedule());
        }
        if (body.metric() != null) {
            request = request.measured(body.metric().toMetric());
        }
        if (body.startsOn() != null) {
            request = request.startingOn(Times.day("startsOn", body.startsOn()));
        }
        return request;
    }

    static HabitChanges changes(HabitChangesBody body) {
        HabitChanges changes = HabitChanges.none();
        if (body.name() != null) {
            changes = changes.name(body.name());
        }
        ScheduleEntry schedule = body.schedule();
        if (schedule != null && schedule.hourly()) {
            // Parts of an hourly schedule: the habit service keeps the rest from the habit.
            changes = changes.hourly(Optional.ofNullable(schedule.hours()), schedule.fromTime(), schedule.untilTime());
        } else if (schedule != null) {
            changes = changes.schedule(schedule.toSchedule());
        }
        MetricEntry metric = body.metric();
        if (metric != null && metric.measured()) {
            metric.checkChange();
            changes = changes.measured(Optional.ofNullable(metric.unit()), Optional.ofNullable(metric.dailyTarget()));
        } else if (metric != null) {
            changes = changes.metric(metric.toMetric());
        }
        if (body.startsOn() != null) {
            changes = changes.startsOn(Times.day("startsOn", body.startsOn()));
        }
        return changes;
    }

    /** The check-in asked for; what the body leaves out is left to the check-in service's rules. */
    static CheckInRequest checkIn(CheckInBody body, String clientId) {
        CheckInRequest request = CheckInRequest.of(clientId, body.habitId())
                .amount(Optional.ofNullable(body.amount()))
                .tightness(body.before(), body.after())
                .pain(body.painBefore(), body.painAfter())
                .note(body.note())
                .duration(body.durationSeconds() == null ? null : Duration.ofSeconds(body.durationSeconds()));
        if (!body.symptoms().isEmpty()) {
            Set<Symptom> felt = EnumSet.noneOf(Symptom.class);
            body.symptoms().forEach(symptom -> felt.add(CheckInBody.symptom(symptom)));
            request = request.symptoms(felt);
        }
        Optional<Instant> when = body.instant();
        return when.isPresent() ? request.at(when.get()) : request;
    }
}
