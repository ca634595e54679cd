package dev.unknot.cli.settings;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.LocalStore;
import dev.unknot.cli.Output;
import dev.unknot.cli.UnknotCli;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonService;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.serde.annotation.Serdeable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unknot settings}: the person's time zone and the time their day starts; options change them. */
@Command(name = "settings", description = {"Show your time zone and day start; the options change them.",
        "A day that starts at 04:00 counts a check-in at 01:30 for the day before."})
@Prototype
public final class SettingsCommand implements Callable<Integer> {

    private final LocalStore store;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "A region such as Europe/Berlin, or an offset such as +02:00.")
    String timeZone;

    @Option(names = "--day-start", paramLabel = "HH:MM", description = "When your day starts, e.g. 04:00 (default 00:00).")
    String dayStart;

    SettingsCommand(LocalStore store) {
        this.store = store;
    }

    @Override
    public Integer call() {
        Person person = store.person();
        if (timeZone != null || dayStart != null) {
            PersonalCalendar calendar = new PersonalCalendar(
                    timeZone == null ? person.calendar().zone() : PersonService.zone(timeZone),
                    dayStart == null ? person.calendar().dayStart() : PersonService.dayStart(dayStart));
            person = store.people().changeCalendar(person.id(), calendar);
            store.refresh();
        }
        if (json.enabled()) {
            json.print(spec, new Settings(person.calendar().zone().getId(), person.calendar().dayStart().toString()));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        output.line("Time zone:  " + person.calendar().zone().getId());
        output.line("Day starts: " + person.calendar().dayStart());
        return UnknotCli.OK;
    }

    /** {@code unknot settings --json}: {@code dayStart} is {@code HH:MM}. */
    @Serdeable
    record Settings(String timeZone, String dayStart) {}
}
