package dev.unknot.wire.safety;

import dev.unknot.core.advice.SafetyScreen;
import dev.unknot.wire.checkin.AdvisoryEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code GET /api/v1/safety-screen}: the questions in the order to ask them; whether a front end
 * should offer the screen now ({@code offer}: never answered nor put off); when it was last
 * answered ({@code taken}, null when never) and the ids answered yes; and the advice the person is
 * shown now, most urgent first, so that an emergency answer is shown at once.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record SafetyScreenEntry(
        List<SafetyQuestion> questions,
        boolean offer,
        @Nullable String taken,
        List<String> yes,
        List<AdvisoryEntry> advice) {

    public SafetyScreenEntry {
        questions = List.copyOf(questions);
        yes = List.copyOf(yes);
        advice = List.copyOf(advice);
    }

    /** Every question the screen asks, in its order. */
    public static List<SafetyQuestion> allQuestions() {
        return SafetyScreen.QUESTIONS.stream().map(SafetyQuestion::of).toList();
    }
}
