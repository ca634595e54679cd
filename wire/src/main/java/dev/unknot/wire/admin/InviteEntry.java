package dev.unknot.wire.admin;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** An invitation neither used nor revoked; {@code expired} when it can no longer be used. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record InviteEntry(long id, String created, String expires, boolean expired) {}
