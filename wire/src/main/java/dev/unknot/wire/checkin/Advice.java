package dev.unknot.wire.checkin;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code GET /api/v1/advice}: the advisories of every severity, most urgent first. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Advice(List<AdvisoryEntry> advice) {

    public Advice {
        advice = List.copyOf(advice);
    }
}
