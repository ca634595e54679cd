package dev.unknot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logging for a command line, set up in code: warnings and errors on standard error as
 * {@code WARN  logger - message}, nothing else. Logback would otherwise parse {@code logback.xml}
 * with an XML parser and a pattern compiler on every start, a few hundred milliseconds of a
 * check-in. A {@code -Dlogback.configurationFile} still takes over.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class QuietLogging extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        LineLayout layout = new LineLayout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * For {@code --verbose}: the stack traces that are otherwise kept back, such as that of a
     * plugin's advice rule that throws (a warning line says so without one).
     */
    static void verbose(boolean verbose) {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            // Set, or unset, every run: tests run many command lines in one JVM.
            context.getLogger("dev.unknot.app.advice").setLevel(verbose ? Level.DEBUG : null);
        }
    }

    /** {@code WARN  dev.unknot.app.advice.AdviceService - message}, and the stack trace if any. */
    private static final class LineLayout extends LayoutBase<ILoggingEvent> {

        @Override
        public String doLayout(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(String.format("%-5s ", event.getLevel()))
                    .append(event.getLoggerName())
                    .append(" - ")
                    .append(event.getFormattedMessage())
                    .append(System.lineSeparator());
            if (event.getThrowableProxy() != null) {
                line.append(ch.qos.logback.classic.spi.ThrowableProxyUtil.asString(event.getThrowableProxy()))
                        .append(System.lineSeparator());
            }
            return line.toString();
        }
    }
}
