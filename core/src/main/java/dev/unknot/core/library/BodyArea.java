package dev.unknot.core.library;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Where a technique works. New areas arrive as new constants, never by renaming old ones.
 *
 * @since 0.1
 */
@API(status = STABLE, since = "0.1")
public enum BodyArea {
    NECK,
    SHOULDERS,
    UPPER_BACK,
    MID_BACK,
    LOWER_BACK,
    SPINE,
    HIPS,
    GLUTES,
    CORE,
    LEGS,
    WHOLE_BODY;

    /** A lower-case label such as {@code upper back}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
