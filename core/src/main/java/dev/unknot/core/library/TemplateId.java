package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The namespaced id of a habit template, e.g. {@code movement/walk-after-sitting}.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record TemplateId(String value) implements NamespacedId, Comparable<TemplateId> {

    public TemplateId {
        Slugs.namespaced(value, "habit template id");
    }

    public static TemplateId of(String value) {
        return new TemplateId(value);
    }

    @Override
    public int compareTo(TemplateId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
