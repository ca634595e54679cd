package dev.unknot.core.advice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import dev.unknot.core.checkin.Symptom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A person's answers to the safety screen: a few yes/no questions, in plain words, about the red
 * flags that a tight back alone does not explain. Each answer stands until the screen is taken
 * again, so "I have had cancer" keeps counting; every question answered no means none of them.
 *
 * @param taken when the person answered
 * @param yes the symptoms answered yes, each one of {@link #QUESTIONS}
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SafetyScreen(Instant taken, Set<Symptom> yes) {

    /** What the screen asks about, in the order it asks: the emergency signs first. */
    public static final List<Symptom> QUESTIONS = Arrays.stream(Symptom.values())
            .filter(symptom -> !symptom.question().isEmpty())
            .sorted((a, b) -> a.tier().compareTo(b.tier()))
            .toList();

    public SafetyScreen {
        Require.present(taken, "time the safety screen was taken");
        Require.present(yes, "safety screen answers");
        for (Symptom symptom : yes) {
            if (!QUESTIONS.contains(symptom)) {
                throw new IllegalArgumentException("the safety screen does not ask about " + symptom.id());
            }
        }
        yes = Collections.unmodifiableSet(yes.isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(yes));
    }
}
