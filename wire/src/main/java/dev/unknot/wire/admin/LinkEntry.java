package dev.unknot.wire.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * A one-time link just made, shown this once: an invitation ({@code /signup?invite=...}) or a
 * password reset ({@code /reset/...}).
 *
 * @param id the invitation's id, to revoke it; the account's id for a reset link
 * @param path the link's path on the server
 * @param url the whole link, when the server knows its address ({@code UNKNOT_PUBLIC_URL} or the request's)
 * @param sentTo the address a reset link was mailed to; null when it was not mailed
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record LinkEntry(
        long id,
        String path,
        @Nullable String url,
        String expires,
        @Nullable String sentTo) {}
