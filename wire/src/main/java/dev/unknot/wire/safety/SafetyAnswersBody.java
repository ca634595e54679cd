package dev.unknot.wire.safety;

import dev.unknot.core.advice.SafetyScreen;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * {@code PUT /api/v1/safety-screen}: the ids of the questions answered yes (every other question
 * is a no), or {@code later: true} to put the screen off without answering (it is then no longer
 * offered at the start, only kept in the plan).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record SafetyAnswersBody(
        @Nullable List<String> yes, @Nullable Boolean later) {

    /** @throws InvalidInputException naming {@code yes} for an id the screen does not ask about */
    public SafetyAnswersBody {
        yes = yes == null ? List.of() : List.copyOf(yes);
        if (Boolean.TRUE.equals(later) && !yes.isEmpty()) {
            throw new InvalidInputException("later", "later: true takes no answers; send yes or later, not both");
        }
        yes.forEach(SafetyAnswersBody::question);
    }

    /** Whether the person put the screen off. */
    public boolean putOff() {
        return Boolean.TRUE.equals(later);
    }

    /** The symptoms answered yes. */
    public Set<Symptom> symptoms() {
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        yes.forEach(id -> symptoms.add(question(id)));
        return symptoms;
    }

    private static Symptom question(String id) {
        return Symptom.ofId(id)
                .filter(SafetyScreen.QUESTIONS::contains)
                .orElseThrow(() -> new InvalidInputException(
                        "yes",
                        "yes must be among "
                                + SafetyScreen.QUESTIONS.stream()
                                        .map(Symptom::id)
                                        .collect(Collectors.joining(", "))
                                + ", was '" + id + "'"));
    }
}
