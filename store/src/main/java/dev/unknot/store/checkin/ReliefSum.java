package dev.unknot.store.checkin;

import io.micronaut.core.annotation.Introspected;

/**
 * One habit's check-ins that recorded a tightness before and after: how many, their drops and
 * tightness before summed; and the same of those that rated pain before and after.
 */
@Introspected
public record ReliefSum(
        long habitId,
        long reports,
        long totalDrop,
        long totalBefore,
        long painReports,
        long painTotalDrop,
        long painTotalBefore) {}
