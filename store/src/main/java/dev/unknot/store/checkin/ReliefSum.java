package dev.unknot.store.checkin;

import io.micronaut.core.annotation.Introspected;

/** One habit's check-ins that recorded a tightness before and after: how many, their drops and tightness before summed. */
@Introspected
public record ReliefSum(long habitId, long reports, long totalDrop, long totalBefore) {}
