package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The id of a pillar, a single slug such as {@code foam-rolling}: lower-case words of
 * {@code a}–{@code z} and {@code 0}–{@code 9} joined by single hyphens, without a namespace.
 * A pillar id is unique among every loaded plugin's; a technique may join the pillar of any
 * loaded plugin, and the registry refuses one whose pillar no loaded plugin provides.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record PillarId(String value) implements Comparable<PillarId> {

    public PillarId {
        Slugs.slug(value, "pillar id");
    }

    public static PillarId of(String value) {
        return new PillarId(value);
    }

    @Override
    public int compareTo(PillarId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
