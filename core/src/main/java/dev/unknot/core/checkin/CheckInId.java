package dev.unknot.core.checkin;

/** The id the store gives a check-in. */
public record CheckInId(long value) {

    public CheckInId {
        if (value <= 0) {
            throw new IllegalArgumentException("check-in id must be positive, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
