package dev.unknot.wire.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** A new invitation: valid for {@code days} (1 to 365; 7 when null). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record NewInviteBody(@Nullable Integer days) {}
