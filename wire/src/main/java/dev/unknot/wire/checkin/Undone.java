package dev.unknot.wire.checkin;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** {@code unknot checkin --undo --json}, {@code POST /api/v1/check-ins/undo}: {@code removed} is null when there was nothing to undo. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Undone(CheckInEntry removed) {}
