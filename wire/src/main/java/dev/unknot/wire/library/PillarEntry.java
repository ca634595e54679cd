package dev.unknot.wire.library;

import dev.unknot.core.library.Pillar;
import dev.unknot.core.plugin.Library;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** A pillar and how many techniques the loaded plugins have in it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record PillarEntry(String id, String name, String summary, int techniqueCount) {

    public static PillarEntry of(Pillar pillar, Library library) {
        return new PillarEntry(
                pillar.id().value(),
                pillar.name(),
                pillar.summary(),
                library.techniques(pillar.id()).size());
    }
}
