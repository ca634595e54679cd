package dev.unknot.wire.reminder;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One reminder to come: {@code at} is the instant it falls due (ISO-8601, UTC), {@code local} the
 * person's wall-clock time then ({@code 2026-03-29T09:00}), {@code channels} where it goes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record UpcomingReminder(String at, String local, String habitId, String habit, List<String> channels) {}
