package dev.unknot.cli.reminder;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.UnknotCli;
import dev.unknot.wire.reminder.UpcomingReminder;
import dev.unknot.wire.reminder.UpcomingReminders;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unknot reminders}: what will remind next, in the person's local time. */
@Command(name = "reminders", description = "What will remind you next: local time, habit and channels.")
@Prototype
public final class RemindersCommand implements Callable<Integer> {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    @Option(
            names = "--hours",
            paramLabel = "N",
            defaultValue = "24",
            description = "How far ahead to look, 1 to 336 hours (default ${DEFAULT-VALUE}).")
    int hours;

    RemindersCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        UpcomingReminders upcoming = person.tracker().upcomingReminders(hours);
        if (json.enabled()) {
            json.print(spec, upcoming);
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        if (upcoming.reminders().isEmpty()) {
            output.line("Nothing reminds you in the next " + hours + " hours. 'unknot habit edit HABIT --remind 09:00'"
                    + " sets a reminder.");
            return UnknotCli.OK;
        }
        for (UpcomingReminder next : upcoming.reminders()) {
            String channels = next.channels().isEmpty() ? "no channel" : String.join(", ", next.channels());
            output.line(WHEN.format(LocalDateTime.parse(next.local())) + "  " + next.habit() + "  (" + channels + ")");
        }
        return UnknotCli.OK;
    }
}
