package dev.unknot.cli.plugins;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the advice rules logged while a test ran. The CLI's commands run inside the test's JVM, so
 * their log goes to that JVM's standard error, not to the command's: the events are caught here.
 */
final class AdviceLog implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.unknot.app.advice.AdviceRules");
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    AdviceLog() {
        events.start();
        logger.addAppender(events);
    }

    /**
     * The events of {@code level} about plugin {@code pluginId}: the test classpath holds the app's
     * test plugin, whose broken rule logs too.
     */
    List<ILoggingEvent> at(Level level, String pluginId) {
        return events.list.stream()
                .filter(event -> event.getLevel() == level)
                .filter(event -> event.getFormattedMessage().contains("plugin " + pluginId)
                        || event.getFormattedMessage().contains("Plugin " + pluginId))
                .toList();
    }

    @Override
    public void close() {
        logger.detachAppender(events);
    }
}
