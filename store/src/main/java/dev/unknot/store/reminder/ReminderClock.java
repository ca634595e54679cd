package dev.unknot.store.reminder;

import io.micronaut.core.annotation.Introspected;

/**
 * One habit that reminds, with what says when on the clock: its times and its person's calendar.
 *
 * @param dayStartMinute minutes after local midnight at which the person's day starts
 */
@Introspected
public record ReminderClock(long personId, long habitId, String times, String timeZone, int dayStartMinute) {}
