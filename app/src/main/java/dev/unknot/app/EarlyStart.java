package dev.unknot.app;

import dev.unknot.store.db.EarlyOpening;

/**
 * What a short command starts on other threads while its context starts, when it knows early that
 * it will need the data under {@code paths}: the embedded database file opened, the plugins loaded.
 */
public final class EarlyStart implements AutoCloseable {

    private final EarlyOpening database;
    private final EarlyPlugins plugins;

    private EarlyStart(EarlyOpening database, EarlyPlugins plugins) {
        this.database = database;
        this.plugins = plugins;
    }

    /** Starts both for the data under {@code paths}; nothing for {@code null}. */
    public static EarlyStart begin(UnknotPaths paths) {
        return new EarlyStart(EarlyOpening.begin(paths == null ? null : paths.home()), EarlyPlugins.begin(paths));
    }

    @Override
    public void close() {
        try (database) {
            plugins.close();
        }
    }
}
