package dev.unknot.wire.admin;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** Who may open an account: {@code open}, {@code invite-only} or {@code closed}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record RegistrationEntry(String mode) {}
