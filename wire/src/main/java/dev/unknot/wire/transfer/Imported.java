package dev.unknot.wire.transfer;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** {@code unknot import --json}, {@code POST /api/v1/import}: what was added, and what was there already (CSV only). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Imported(int habits, int checkIns, int alreadyPresent) {}
