package dev.unknot.app.checkin;

import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.HabitId;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A check-in as a front end received it, before {@link CheckInService} checks it. Values are as
 * typed (a tightness is a plain number here), so that the service can say which one breaks which
 * rule; an empty value is one the person did not give, which the service's rules fill in.
 *
 * <pre>{@code
 * CheckInRequest.of(habit).tightness(6, 3).pain(4, 2).note("after the long meeting")
 * }</pre>
 *
 * @param clientId chosen by the client; the same id again returns the check-in stored the first time
 * @param at when it was done; empty means now. Any earlier time is fine, a later day is not
 * @param amount how much; empty for the default (see {@link CheckInService#defaultAmount})
 * @param before tightness before, 0 to 10
 * @param after tightness after, 0 to 10
 * @param note empty when none was given (a retry that names no note is not compared on it)
 * @param painBefore pain before, 0 to 10
 * @param painAfter pain after, 0 to 10
 */
public record CheckInRequest(
        String clientId,
        HabitId habit,
        Optional<Instant> at,
        Optional<Double> amount,
        Optional<Duration> duration,
        Optional<Integer> before,
        Optional<Integer> after,
        Optional<String> note,
        Set<Symptom> symptoms,
        Optional<Integer> painBefore,
        Optional<Integer> painAfter) {

    public CheckInRequest {
        Objects.requireNonNull(habit, "habit");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(painBefore, "pain before");
        Objects.requireNonNull(painAfter, "pain after");
        symptoms = symptoms == null || symptoms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(symptoms));
    }

    /** Done now, the default amount, with nothing else to say. */
    public static CheckInRequest of(String clientId, HabitId habit) {
        return new CheckInRequest(
                clientId,
                habit,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Set.of(),
                Optional.empty(),
                Optional.empty());
    }

    /** Like {@link #of(String, HabitId)} with a new random client id, for a client that never retries. */
    public static CheckInRequest of(HabitId habit) {
        return of(UUID.randomUUID().toString(), habit);
    }

    /** The request that would store {@code checkIn} as it is: a start for an edit. */
    public static CheckInRequest from(CheckIn checkIn) {
        return new CheckInRequest(
                checkIn.clientId(),
                checkIn.habit(),
                Optional.of(checkIn.at()),
                Optional.of(checkIn.amount()),
                checkIn.duration(),
                checkIn.before().map(Tightness::level),
                checkIn.after().map(Tightness::level),
                Optional.of(checkIn.note()),
                checkIn.symptoms(),
                checkIn.painBefore().map(Pain::level),
                checkIn.painAfter().map(Pain::level));
    }

    public CheckInRequest habit(HabitId habit) {
        return new CheckInRequest(
                clientId, habit, at, amount, duration, before, after, note, symptoms, painBefore, painAfter);
    }

    public CheckInRequest at(Instant at) {
        return new CheckInRequest(
                clientId,
                habit,
                Optional.of(at),
                amount,
                duration,
                before,
                after,
                note,
                symptoms,
                painBefore,
                painAfter);
    }

    public CheckInRequest amount(double amount) {
        return amount(Optional.of(amount));
    }

    public CheckInRequest amount(Optional<Double> amount) {
        return new CheckInRequest(
                clientId, habit, at, amount, duration, before, after, note, symptoms, painBefore, painAfter);
    }

    public CheckInRequest duration(Duration duration) {
        return new CheckInRequest(
                clientId,
                habit,
                at,
                amount,
                Optional.ofNullable(duration),
                before,
                after,
                note,
                symptoms,
                painBefore,
                painAfter);
    }

    public CheckInRequest tightness(Integer before, Integer after) {
        return new CheckInRequest(
                clientId,
                habit,
                at,
                amount,
                duration,
                Optional.ofNullable(before),
                Optional.ofNullable(after),
                note,
                symptoms,
                painBefore,
                painAfter);
    }

    /** With a note; null for none given. */
    public CheckInRequest note(String note) {
        return new CheckInRequest(
                clientId,
                habit,
                at,
                amount,
                duration,
                before,
                after,
                Optional.ofNullable(note),
                symptoms,
                painBefore,
                painAfter);
    }

    public CheckInRequest symptoms(Set<Symptom> symptoms) {
        return new CheckInRequest(
                clientId, habit, at, amount, duration, before, after, note, symptoms, painBefore, painAfter);
    }

    /** With pain before and after, 0 to 10; null for one not given. */
    public CheckInRequest pain(Integer before, Integer after) {
        return new CheckInRequest(
                clientId,
                habit,
                at,
                amount,
                duration,
                this.before,
                this.after,
                note,
                symptoms,
                Optional.ofNullable(before),
                Optional.ofNullable(after));
    }
}
