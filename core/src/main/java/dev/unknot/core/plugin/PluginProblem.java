package dev.unknot.core.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One rule a plugin breaks, as found by {@link PluginValidator}.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public record PluginProblem(Kind kind, String message) {

    public PluginProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The families of rules, one per contract test in the plugin TCK. */
    public enum Kind {
        /** The plugin was built for an SPI version this host cannot run. */
        SPI_VERSION,
        /** An id does not carry the plugin's id as its namespace. */
        NAMESPACE,
        /** An id is used twice, inside the plugin or across plugins. */
        DUPLICATE_ID,
        /** A reference to a pillar, technique or routine that no loaded plugin provides. */
        DANGLING_REFERENCE,
        /** A dose outside sane ranges, or a routine step whose sides differ from its technique. */
        DOSE,
        /** The plugin provides nothing at all. */
        EMPTY,
        /**
         * A plugin it requires is missing, failed, or of a version outside the range, the
         * requirements go round in a circle, or this Unknot's version is outside the plugin's host range.
         */
        REQUIREMENT
    }
}
