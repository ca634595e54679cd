package dev.unknot.core.checkin;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored check-in, its id, and when it was recorded (which differs from when it was done for a
 * back-dated check-in).
 */
public record RecordedCheckIn(CheckInId id, CheckIn checkIn, Instant recordedAt) {

    public RecordedCheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(checkIn, "check-in");
        Objects.requireNonNull(recordedAt, "recorded at");
    }
}
