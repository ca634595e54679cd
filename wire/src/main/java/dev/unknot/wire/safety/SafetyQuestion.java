package dev.unknot.wire.safety;

import dev.unknot.core.checkin.Symptom;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * One yes/no question of the safety screen: the symptom's id (also a check-in's symptom id), the
 * question in plain words, and its tier, {@code emergency} or {@code urgent}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record SafetyQuestion(String id, String question, String tier) {

    public static SafetyQuestion of(Symptom symptom) {
        return new SafetyQuestion(
                symptom.id(), symptom.question(), symptom.tier().name().toLowerCase(Locale.ROOT));
    }
}
