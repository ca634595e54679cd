package dev.unknot.wire.checkin;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** {@code unknot checkin --json}, {@code POST /api/v1/check-ins}: the check-in, its habit's streak, and the advice of every severity. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record Recorded(CheckInEntry checkIn, StreakEntry streak, List<AdvisoryEntry> advice) {

    public Recorded {
        advice = List.copyOf(advice);
    }
}
