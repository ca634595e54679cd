package dev.unknot.app;

import dev.unknot.core.plugin.PluginRegistry;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The plugin registry, loaded on a second thread while a short command starts its context (see
 * also {@link dev.unknot.store.db.EarlyOpening}): finding, making and checking every plugin is a
 * good part of a check-in, off the critical path beside the context start. The store's registry bean
 * takes it when it was loaded for the same plugins directory, and otherwise loads its own, which
 * also reports any failure (this thread keeps its own to itself).
 *
 * <p>At most one is waiting at a time, and closing it withdraws it: a registry loaded for one
 * command is never found by a later one, whose plugins directory may hold other jars by then.
 */
public final class EarlyPlugins implements AutoCloseable {

    private static final EarlyPlugins NONE = new EarlyPlugins(null, null);
    private static final AtomicReference<EarlyPlugins> WAITING = new AtomicReference<>();

    private final Path pluginsDir;
    private final FutureTask<PluginRegistry> loading;

    private EarlyPlugins(Path pluginsDir, FutureTask<PluginRegistry> loading) {
        this.pluginsDir = pluginsDir;
        this.loading = loading;
    }

    /** Starts loading the plugins of the class path and of {@code paths}' plugins directory; nothing for {@code null}. */
    public static EarlyPlugins begin(UnknotPaths paths) {
        if (paths == null) {
            return NONE;
        }
        FutureTask<PluginRegistry> loading = new FutureTask<>(() -> AppFactory.load(paths));
        EarlyPlugins early = new EarlyPlugins(paths.pluginsDir(), loading);
        WAITING.set(early);
        Thread loader = new Thread(loading, "unknot-early-plugins");
        loader.setDaemon(true);
        loader.start();
        return early;
    }

    /** The registry loaded early for {@code paths}, once; empty when there is none for its plugins directory. */
    static Optional<PluginRegistry> take(UnknotPaths paths) {
        EarlyPlugins early = WAITING.getAndSet(null);
        if (early == null || !early.pluginsDir.equals(paths.pluginsDir())) {
            return Optional.empty();
        }
        try {
            return Optional.of(early.loading.get());
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Withdraws the registry if nobody took it. */
    @Override
    public void close() {
        WAITING.compareAndSet(this, null);
    }
}
