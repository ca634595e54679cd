package dev.unknot.wire.plan;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/** {@code id} as in JSON.md's causes; {@code weight} from 0 to 1. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record CauseEntry(String id, String name, double weight) {}
