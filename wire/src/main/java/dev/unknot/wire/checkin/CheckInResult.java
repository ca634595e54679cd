package dev.unknot.wire.checkin;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What recording a check-in gave: the document, and whether it was new ({@code false} when its
 * client id had been recorded before with the same values: a retry). Not itself a JSON document.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CheckInResult(Recorded recorded, boolean created) {

    public CheckInResult {
        Objects.requireNonNull(recorded, "recorded");
    }
}
