package dev.unknot.cli.settings;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.wire.settings.Settings;
import dev.unknot.wire.settings.SettingsChange;
import io.micronaut.context.annotation.Prototype;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unknot settings}: the person's time zone and the time their day starts; options change them. */
@Command(
        name = "settings",
        description = {
            "Show your time zone and day start; the options change them.",
            "A day that starts at 04:00 counts a check-in at 01:30 for the day before."
        })
@Prototype
public final class SettingsCommand implements Callable<Integer> {

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(
            names = "--time-zone",
            paramLabel = "ZONE",
            description = "A region such as Europe/Berlin, or an offset such as +02:00.")
    String timeZone;

    @Option(
            names = "--day-start",
            paramLabel = "HH:MM",
            description = "When your day starts, e.g. 04:00 (default 00:00).")
    String dayStart;

    SettingsCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        Settings settings;
        if (timeZone != null || dayStart != null) {
            settings = person.tracker().changeSettings(new SettingsChange(timeZone, dayStart));
            person.settingsChanged(settings);
        } else {
            settings = person.settings();
        }
        if (json.enabled()) {
            json.print(spec, settings);
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        output.line("Time zone:  " + settings.timeZone());
        output.line("Day starts: " + settings.dayStart());
        person.server().ifPresent(server -> output.line("Server:     " + server + " (local data: 'unknot logout')"));
        return UnknotCli.OK;
    }
}
