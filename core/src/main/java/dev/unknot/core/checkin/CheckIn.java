package dev.unknot.core.checkin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.habit.HabitId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One check-in on a habit.
 *
 * @param clientId chosen by the client that records it, so that a retried check-in is stored once
 * @param amount how much was done: 1 for a yes/no habit, the measured amount otherwise; never negative
 * @param duration how long it took, when known
 * @param before tightness before, when given
 * @param after tightness after, when given
 * @param note free text; empty when there is none
 * @param symptoms red flags the person reported with it; empty when none
 * @param painBefore pain before, when given
 * @param painAfter pain after, when given
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckIn(
        String clientId,
        HabitId habit,
        Instant at,
        double amount,
        Optional<Duration> duration,
        Optional<Tightness> before,
        Optional<Tightness> after,
        String note,
        Set<Symptom> symptoms,
        Optional<Pain> painBefore,
        Optional<Pain> painAfter) {

    public CheckIn {
        clientId = Require.text(clientId, "client id");
        Require.present(habit, "habit");
        Require.present(at, "check-in time");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be zero or more, was " + amount);
        }
        Require.present(duration, "duration");
        duration.filter(Duration::isNegative).ifPresent(negative -> {
            throw new IllegalArgumentException("duration must not be negative, was " + negative);
        });
        Require.present(before, "tightness before");
        Require.present(after, "tightness after");
        note = Require.present(note, "note").strip();
        Require.present(symptoms, "symptoms");
        symptoms = Collections.unmodifiableSet(
                symptoms.isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(symptoms));
        Require.present(painBefore, "pain before");
        Require.present(painAfter, "pain after");
    }

    /** A check-in that rated no pain, as check-ins were before pain could be rated. */
    public CheckIn(
            String clientId,
            HabitId habit,
            Instant at,
            double amount,
            Optional<Duration> duration,
            Optional<Tightness> before,
            Optional<Tightness> after,
            String note,
            Set<Symptom> symptoms) {
        this(clientId, habit, at, amount, duration, before, after, note, symptoms, Optional.empty(), Optional.empty());
    }

    /** This check-in with pain rated {@code before} and {@code after} (either empty when not rated). */
    public CheckIn withPain(Optional<Pain> before, Optional<Pain> after) {
        return new CheckIn(
                clientId, habit, at, amount, duration, this.before, this.after, note, symptoms, before, after);
    }

    /**
     * Whether it says how the back was: a tightness or pain before or after, a symptom or a note. What
     * advice about the back looks through; most check-ins only say that the habit was done.
     *
     * @since 0.1
     */
    public boolean reports() {
        return before.isPresent()
                || after.isPresent()
                || painBefore.isPresent()
                || painAfter.isPresent()
                || !symptoms.isEmpty()
                || !note.isEmpty();
    }
}
