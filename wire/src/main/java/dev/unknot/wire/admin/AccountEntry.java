package dev.unknot.wire.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * One account as the administrator sees it, in {@code unknot admin accounts --json} and {@code GET
 * /api/v1/admin/accounts}: never anything of its habits. Times are ISO date-times in UTC.
 *
 * @param lastActive the last sign-in, web visit or API call, to about the hour; null before any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record AccountEntry(
        long id, String username, String created, @Nullable String lastActive, boolean admin, boolean disabled) {}
