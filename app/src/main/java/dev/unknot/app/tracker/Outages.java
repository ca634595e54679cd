package dev.unknot.app.tracker;

import dev.unknot.wire.error.UnavailableException;
import java.util.Optional;

/**
 * Whether a failure means the database cannot be reached now, for front ends that answer it as
 * "try again later" (503, a page that says so, exit 1) rather than as a fault.
 */
public final class Outages {

    private Outages() {}

    /** The outage behind {@code failure}, if it is one. */
    public static Optional<UnavailableException> of(Throwable failure) {
        return dev.unknot.store.db.Outages.of(failure);
    }
}
