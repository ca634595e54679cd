package dev.unknot.wire.own;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/**
 * IMPORTED: {@code unknot exercise import FILE --json}, {@code POST /api/v1/own/import}: what was
 * added and what skipped, with why.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record OwnImported(List<Item> added, List<Item> skipped) {

    public OwnImported {
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
    }

    /**
     * @param kind {@code technique}, {@code routine}, {@code pillar} or {@code habit template}
     * @param id its new id ({@code my/...}) when added, else its id in the file
     * @param reason why it was skipped; empty when added
     */
    @Serdeable
    public record Item(String kind, String name, String id, String reason) {}
}
