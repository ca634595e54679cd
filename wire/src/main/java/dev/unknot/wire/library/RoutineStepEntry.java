package dev.unknot.wire.library;

import dev.unknot.core.library.RoutineStep;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * @param technique the technique's id
 * @param name the technique's name (its id should a plugin leave it dangling)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record RoutineStepEntry(String technique, String name, DoseEntry dose, String sides, long timeSeconds) {

    public static RoutineStepEntry of(RoutineStep step, Library library) {
        return new RoutineStepEntry(
                step.technique().value(),
                nameOf(step, library),
                DoseEntry.of(step.dose()),
                LibraryIds.of(step.sides()),
                step.time().toSeconds());
    }

    static String nameOf(RoutineStep step, Library library) {
        return library.technique(step.technique())
                .map(Technique::name)
                .orElse(step.technique().value());
    }
}
