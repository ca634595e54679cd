package dev.unknot.wire.checkin;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code GET /api/v1/check-ins}: oldest first. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record CheckIns(List<CheckInEntry> checkIns) {

    public CheckIns {
        checkIns = List.copyOf(checkIns);
    }
}
