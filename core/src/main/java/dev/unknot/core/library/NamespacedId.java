package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * An id of the form {@code namespace/name}; the namespace is the id of the plugin that owns it,
 * which keeps ids from different plugins apart. Both parts are lower-case words of {@code a}–{@code z}
 * and {@code 0}–{@code 9} joined by single hyphens.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public interface NamespacedId {

    /** The whole id, e.g. {@code stretching/childs-pose}. */
    String value();

    /** The part before the slash: the owning plugin's id. */
    default String namespace() {
        return value().substring(0, value().indexOf('/'));
    }

    /** The part after the slash. */
    default String name() {
        return value().substring(value().indexOf('/') + 1);
    }
}
