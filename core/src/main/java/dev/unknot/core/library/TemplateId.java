package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The namespaced id of a habit template, e.g. {@code movement/walk-after-sitting}.
 *
 * <p>The rules, enforced when the id is made: {@code namespace/name}, each part lower-case words
 * of {@code a}–{@code z} and {@code 0}–{@code 9} joined by single hyphens ({@code foam-rolling}).
 * When a plugin loads, the namespace must be that plugin's id, and the id unique among every
 * loaded plugin's; an id from another plugin's namespace may only be referred to, as a routine
 * step or a habit template's target, and must then resolve.
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
