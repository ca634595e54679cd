package dev.unknot.cli;

import dev.unknot.cli.server.Connection;
import dev.unknot.client.ServerLogin;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.wire.Tracker;
import dev.unknot.wire.settings.Settings;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The {@link Tracker} of the person at this terminal, on the local database or on the server they
 * logged in to (see {@link Connection}), and their calendar. Commands render what it answers, so
 * their output is the same whichever tracker answers. Nothing is created, and the
 * database is not opened, until a command first asks: Picocli builds every subcommand up front,
 * and {@code unknot pillars} must not pay for a database.
 */
@Prototype
public final class PersonalTracker {

    private final BeanProvider<Connection> connection;
    private final BeanProvider<Clock> clock;
    private Tracker tracker;
    private Settings settings;

    PersonalTracker(BeanProvider<Connection> connection, BeanProvider<Clock> clock) {
        this.connection = connection;
        this.clock = clock;
    }

    public Tracker tracker() {
        if (tracker == null) {
            tracker = connection.get().tracker();
        }
        return tracker;
    }

    /** The server's address while logged in to one. */
    public Optional<String> server() {
        return connection.get().login().map(ServerLogin::server);
    }

    /** The person's settings, read once. */
    public Settings settings() {
        if (settings == null) {
            settings = tracker().settings();
        }
        return settings;
    }

    /** Remembers settings just changed. */
    public void settingsChanged(Settings changed) {
        settings = changed;
    }

    public PersonalCalendar calendar() {
        return settings().calendar();
    }

    public ZoneId zone() {
        return calendar().zone();
    }

    public Clock clock() {
        return clock.get();
    }

    /** Today in the person's own calendar (their time zone and day start). */
    public LocalDate today() {
        return calendar().today(clock());
    }
}
