package dev.unknot.store.checkin;

import dev.unknot.core.checkin.CheckIn;
import java.util.Objects;

/** A stored check-in and its id. */
public record RecordedCheckIn(CheckInId id, CheckIn checkIn) {

    public RecordedCheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(checkIn, "check-in");
    }
}
