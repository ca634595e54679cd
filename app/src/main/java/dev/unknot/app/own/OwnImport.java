package dev.unknot.app.own;

import java.util.List;

/**
 * What an import of a data plugin file did: each technique and routine added (under its new
 * {@code my/} id) or skipped, with the reason.
 */
public record OwnImport(List<Item> added, List<Item> skipped) {

    public OwnImport {
        added = List.copyOf(added);
        skipped = List.copyOf(skipped);
    }

    /**
     * @param kind {@code technique}, {@code routine}, {@code pillar} or {@code habit template}
     * @param name its name in the file
     * @param id its id here when added ({@code my/cat-cow}), else its id in the file
     * @param reason why it was skipped; empty when added
     */
    public record Item(String kind, String name, String id, String reason) {}
}
