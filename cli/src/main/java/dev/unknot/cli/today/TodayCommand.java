package dev.unknot.cli.today;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.PersonalTracker;
import dev.unknot.cli.Times;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.checkin.CheckInCommand;
import dev.unknot.wire.checkin.StreakEntry;
import dev.unknot.wire.today.AgendaEntry;
import dev.unknot.wire.today.Today;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code unknot today}, also what {@code unknot} alone prints: what is due, done and overdue, with streaks. */
@Command(name = "today", description = "What is due, done and overdue today, with streaks (the default command).")
@Prototype
public final class TodayCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final PersonalTracker person;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    TodayCommand(PersonalTracker person) {
        this.person = person;
    }

    @Override
    public Integer call() {
        return show(spec, json.enabled(), person, json);
    }

    /** Prints today's agenda on {@code spec}'s output. */
    public static int show(CommandSpec spec, boolean asJson, PersonalTracker person, JsonOption json) {
        Today agenda = person.tracker().today();
        if (asJson) {
            json.print(spec, agenda);
            return UnknotCli.OK;
        }
        LocalDate today = LocalDate.parse(agenda.day());
        Output output = Output.of(spec);
        output.heading("Today, " + DAY.format(today));
        if (agenda.habits().isEmpty()) {
            output.line("No habits yet: 'unknot templates' lists ready-made ones, 'unknot habit add' adds one,");
            output.line("'unknot plan' proposes a few.");
            // The start: offer the safety screen until it is answered or put off.
            if (person.tracker().safetyScreen().offer()) {
                output.blank();
                output.line("First, 'unknot safety' asks a few yes/no questions about signs that need a doctor");
                output.line("rather than exercises ('unknot safety --later' puts it off).");
            }
            return UnknotCli.OK;
        }
        Table table = Table.withHeader("STATUS", "ID", "HABIT", "DONE", "STREAK", "NEXT");
        for (AgendaEntry item : agenda.habits()) {
            String status = item.status() + (item.overdue() > 1 ? " (" + item.overdue() + ")" : "");
            table.row(
                    status,
                    item.habit().id(),
                    item.habit().name(),
                    Times.amount(item.done()) + "/" + Times.amount(item.target()),
                    streak(item.streak()),
                    item.next() == null ? "" : Times.describe(item.next(), today));
        }
        output.table(table);
        long open = agenda.habits().stream().filter(AgendaEntry::open).count();
        output.blank();
        output.line(open == 0 ? "All done for today." : open + " to do: 'unknot checkin HABIT' when done.");
        return UnknotCli.OK;
    }

    private static String streak(StreakEntry streak) {
        return streak.current() == 0 ? "-" : CheckInCommand.streak(streak.current(), streak);
    }
}
