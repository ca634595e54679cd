package dev.unknot.app.checkin;

/**
 * Published once for each check-in newly stored (not for a retried one), for counters such as the
 * server's metrics. It says nothing about whose check-in it was or what it recorded.
 */
public record CheckInRecorded() {

    /** The one event there is: it carries nothing. */
    public static final CheckInRecorded INSTANCE = new CheckInRecorded();
}
