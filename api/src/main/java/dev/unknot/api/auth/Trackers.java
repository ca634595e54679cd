package dev.unknot.api.auth;

import dev.unknot.app.person.PersonId;
import dev.unknot.app.tracker.LocalTrackers;
import dev.unknot.wire.Tracker;
import jakarta.inject.Singleton;

/** The {@link Tracker} a call acts through: the one of the person its token belongs to, and nobody else's. */
@Singleton
public final class Trackers {

    private final LocalTrackers trackers;

    Trackers(LocalTrackers trackers) {
        this.trackers = trackers;
    }

    /** The tracker of {@code person}, whom {@link BearerAuthentication} found for this call. */
    public Tracker of(PersonId person) {
        return trackers.forPerson(person);
    }
}
