package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The namespaced id of a routine, e.g. {@code movement/morning-mobility}.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record RoutineId(String value) implements NamespacedId, Comparable<RoutineId> {

    public RoutineId {
        Slugs.namespaced(value, "routine id");
    }

    public static RoutineId of(String value) {
        return new RoutineId(value);
    }

    @Override
    public int compareTo(RoutineId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
