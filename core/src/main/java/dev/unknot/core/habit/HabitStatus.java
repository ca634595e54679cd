package dev.unknot.core.habit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Whether a habit is still kept. Archived habits keep their history but are no longer due.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum HabitStatus {
    ACTIVE,
    ARCHIVED
}
