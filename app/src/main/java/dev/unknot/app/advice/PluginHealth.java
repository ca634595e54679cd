package dev.unknot.app.advice;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The loaded plugins whose code failed while Unknot ran: <em>degraded</em>. A plugin that loaded
 * can still throw later, from an advice rule; it keeps working otherwise, and is shown as degraded
 * with the first such failure, until this process ends (a plugin's code does not change while it
 * runs).
 */
@Singleton
public class PluginHealth {

    private final ConcurrentMap<String, String> degraded = new ConcurrentHashMap<>();

    /**
     * Records that plugin {@code pluginId} failed for {@code reason}.
     *
     * @return whether this is the plugin's first failure, the one worth telling an administrator
     */
    boolean degrade(String pluginId, String reason) {
        return degraded.putIfAbsent(pluginId, reason) == null;
    }

    /** Why the plugin is degraded; empty while it has not failed. */
    public Optional<String> degraded(String pluginId) {
        return Optional.ofNullable(degraded.get(pluginId));
    }

    /** Every degraded plugin's id and reason, by id. */
    public Map<String, String> degraded() {
        return Map.copyOf(new TreeMap<>(degraded));
    }
}
