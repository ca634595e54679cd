package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import dev.unknot.core.Require;
import org.apiguardian.api.API;

/**
 * One line of attack on back tightness, such as stretching or heat. Pillars are an open set: the
 * ten built-in ones come from the built-in plugins and third parties may add their own.
 *
 * @param id unique across all plugins; see {@link PillarId} for its form
 * @param name short display name
 * @param summary one or two sentences on why this pillar helps
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record Pillar(PillarId id, String name, String summary) {

    public Pillar {
        Require.present(id, "pillar id");
        name = Require.text(name, "pillar name");
        summary = Require.text(summary, "pillar summary");
    }

    public static Pillar of(String id, String name, String summary) {
        return new Pillar(PillarId.of(id), name, summary);
    }
}
