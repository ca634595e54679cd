package dev.unknot.app.transfer;

/**
 * What an import wrote.
 *
 * @param habits habits created
 * @param checkIns check-ins stored
 * @param alreadyPresent check-ins skipped because the person already had their client id (CSV only)
 */
public record ImportSummary(int habits, int checkIns, int alreadyPresent) {}
