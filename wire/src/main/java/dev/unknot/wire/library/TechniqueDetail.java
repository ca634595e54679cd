package dev.unknot.wire.library;

import dev.unknot.core.library.Cause;
import dev.unknot.core.library.Technique;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** TECHNIQUE: {@code unknot technique ID --json}, {@code GET /api/v1/techniques/{pillar}/{name}}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record TechniqueDetail(
        String id,
        String name,
        String pillar,
        String summary,
        List<String> steps,
        DoseEntry dose,
        String sides,
        long timeSeconds,
        List<String> equipment,
        List<String> bodyAreas,
        List<String> causes,
        List<String> cautions,
        List<PhaseEntry> phases) {

    public static TechniqueDetail of(Technique technique) {
        return new TechniqueDetail(
                technique.id().value(),
                technique.name(),
                technique.pillar().value(),
                technique.summary(),
                technique.steps(),
                DoseEntry.of(technique.dose()),
                LibraryIds.of(technique.sides()),
                technique.time().toSeconds(),
                technique.equipment(),
                technique.bodyAreas().stream().map(LibraryIds::of).toList(),
                technique.causes().stream().map(Cause::id).toList(),
                technique.cautions(),
                technique.phases().stream().map(PhaseEntry::of).toList());
    }
}
