package dev.unknot.app.advice;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.core.spi.AdviceRule;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the loaded plugins' advice rules, keeping a rule that fails from harming anything else: it
 * is skipped, its plugin becomes {@link PluginHealth degraded}, the plugin's first failure is
 * logged as one warning line, and each failure's stack trace at debug level only (a broken rule
 * fails on every check-in). Needs no database, so that listing the plugins opens none.
 */
@Singleton
public class AdviceRules {

    private static final Logger LOG = LoggerFactory.getLogger(AdviceRules.class);

    private final PluginRegistry plugins;
    private final PluginHealth health;
    private final Clock clock;
    private final AtomicBoolean tried = new AtomicBoolean();

    AdviceRules(PluginRegistry plugins, PluginHealth health, Clock clock) {
        this.plugins = plugins;
        this.health = health;
        this.clock = clock;
    }

    /** What every rule says about {@code history}, in plugin order; failing rules say nothing. */
    List<Advisory> assess(History history) {
        List<Advisory> advice = new ArrayList<>();
        for (LoadedPlugin plugin : plugins.plugins()) {
            for (AdviceRule rule : plugin.adviceRules()) {
                try {
                    List<Advisory> given = rule.assess(history);
                    if (given == null) {
                        throw new IllegalStateException("returned null instead of a list");
                    }
                    given.forEach(advisory -> advice.add(Objects.requireNonNull(advisory, "advisory")));
                } catch (RuntimeException | LinkageError e) {
                    failed(plugin, rule, e);
                }
            }
        }
        return advice;
    }

    /**
     * Runs every rule once in this process over the history of someone who has only just begun
     * (no habits, no check-ins), so that a rule that always throws shows its plugin degraded even
     * in a process that has given no advice yet, such as {@code unknot plugins}.
     */
    public void tryOnce() {
        if (tried.compareAndSet(false, true)) {
            PersonalCalendar calendar = PersonalCalendar.startingAtMidnight(ZoneOffset.UTC);
            assess(new History(calendar.today(clock), calendar, List.of(), List.of()));
        }
    }

    private void failed(LoadedPlugin plugin, AdviceRule rule, Throwable failure) {
        String reason = "advice rule '" + idOf(rule) + "' failed: " + oneLine(failure);
        if (health.degrade(plugin.id(), reason)) {
            LOG.warn(
                    "Plugin {} is degraded: {}; its rule is skipped, everything else still works"
                            + " (the stack trace is logged at debug level, or with --verbose)",
                    plugin.id(),
                    reason);
        }
        LOG.debug(
                "Skipped advice rule {} of plugin {} ({})",
                idOf(rule),
                plugin.id(),
                rule.getClass().getName(),
                failure);
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return (failure.getClass().getSimpleName() + message)
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String idOf(AdviceRule rule) {
        try {
            return rule.id();
        } catch (RuntimeException e) {
            return rule.getClass().getName();
        }
    }
}
