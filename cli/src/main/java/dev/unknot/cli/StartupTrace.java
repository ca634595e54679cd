package dev.unknot.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a command's start-up time goes, printed on standard error when {@code UNKNOT_TRACE_STARTUP}
 * is set: {@code startup: jvm-to-main 52 ms, context 310 ms, ...}. It only reads the clock
 * otherwise, so that it can stay in the hot path.
 */
final class StartupTrace {

    /** The environment variable that turns it on. */
    static final String VARIABLE = "UNKNOT_TRACE_STARTUP";

    private final boolean enabled;
    private final long started = System.nanoTime();
    private final List<String> phases = new ArrayList<>();
    private long last = started;

    private StartupTrace(boolean enabled) {
        this.enabled = enabled;
    }

    static StartupTrace of(java.util.Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        return new StartupTrace(value != null && !value.isEmpty() && !value.equals("0"));
    }

    /** Ends the phase called {@code name}, which began at the previous mark. */
    void mark(String name) {
        if (enabled) {
            long now = System.nanoTime();
            phases.add(name + " " + (now - last) / 1_000_000 + " ms");
            last = now;
        }
    }

    /** Prints the phases, preceded by the time the JVM took to reach {@code main}. */
    void print(PrintStream err) {
        if (!enabled) {
            return;
        }
        long inMain = (System.nanoTime() - started) / 1_000_000;
        // Read last: the management classes cost a few milliseconds of their own.
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        err.println("startup: jvm-to-main " + (uptime - inMain) + " ms, " + String.join(", ", phases) + ", total "
                + uptime + " ms (" + System.getProperty("java.version") + ")");
    }
}
