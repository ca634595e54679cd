package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The namespaced id of a technique, e.g. {@code stretching/childs-pose}.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record TechniqueId(String value) implements NamespacedId, Comparable<TechniqueId> {

    public TechniqueId {
        Slugs.namespaced(value, "technique id");
    }

    public static TechniqueId of(String value) {
        return new TechniqueId(value);
    }

    @Override
    public int compareTo(TechniqueId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
