package dev.unknot.cli.today;

import dev.unknot.cli.JsonOption;
import dev.unknot.cli.LocalStore;
import dev.unknot.cli.Output;
import dev.unknot.cli.Output.Table;
import dev.unknot.cli.Times;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.checkin.CheckInCommand;
import dev.unknot.cli.habit.HabitJson;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.progress.AgendaItem;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.core.progress.Streak;
import dev.unknot.store.person.PersonId;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code unknot today}, also what {@code unknot} alone prints: what is due, done and overdue, with streaks. */
@Command(name = "today", description = "What is due, done and overdue today, with streaks (the default command).")
@Prototype
public final class TodayCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final LocalStore store;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption json;

    TodayCommand(LocalStore store) {
        this.store = store;
    }

    @Override
    public Integer call() {
        return show(spec, json.enabled(), store, json);
    }

    /** Prints today's agenda on {@code spec}'s output. */
    public static int show(CommandSpec spec, boolean asJson, LocalStore store, JsonOption json) {
        PersonId person = store.person().id();
        ZoneId zone = store.person().calendar().zone();
        LocalDate today = store.today();
        List<AgendaItem> agenda = store.progress().agenda(person);
        Map<HabitId, HabitProgress> progress = store.progress().progress(person).stream()
                .collect(Collectors.toMap(HabitProgress::habit, Function.identity()));
        if (asJson) {
            json.print(spec, new Today(today.toString(), agenda.stream().map(item -> Item.of(item,
                    progress.get(item.habit().id()), zone)).toList()));
            return UnknotCli.OK;
        }
        Output output = Output.of(spec);
        output.heading("Today, " + DAY.format(today));
        if (agenda.isEmpty()) {
            output.line("No habits yet: 'unknot templates' lists ready-made ones, 'unknot habit add' adds one,");
            output.line("'unknot plan' proposes a few.");
            return UnknotCli.OK;
        }
        Table table = Table.withHeader("STATUS", "ID", "HABIT", "DONE", "STREAK", "NEXT");
        for (AgendaItem item : agenda) {
            HabitProgress habitProgress = progress.get(item.habit().id());
            String status = item.status().name().toLowerCase(Locale.ROOT)
                    + (item.overdue() > 1 ? " (" + item.overdue() + ")" : "");
            table.row(status, Long.toString(item.habit().id().value()), item.habit().name(),
                    Times.amount(item.done()) + "/" + Times.amount(item.target()),
                    habitProgress == null ? "" : streak(habitProgress.current()),
                    item.next().map(next -> Times.describe(next, zone, today)).orElse(""));
        }
        output.table(table);
        long open = agenda.stream().filter(item -> item.status() == AgendaItem.Status.DUE
                || item.status() == AgendaItem.Status.OVERDUE).count();
        output.blank();
        output.line(open == 0 ? "All done for today." : open + " to do: 'unknot checkin HABIT' when done.");
        return UnknotCli.OK;
    }

    private static String streak(Streak streak) {
        return streak.length() == 0 ? "-" : CheckInCommand.streak(streak);
    }

    /** {@code unknot today --json}. */
    @Serdeable
    record Today(String day, List<Item> habits) {}

    /**
     * {@code status} is {@code due}, {@code overdue}, {@code done}, {@code skipped} or {@code paused};
     * {@code next} is null when nothing more is due today.
     */
    @Serdeable
    record Item(HabitJson.HabitEntry habit, String status, double done, double target, int overdue, String next,
            CheckInCommand.StreakEntry streak) {

        static Item of(AgendaItem item, HabitProgress progress, ZoneId zone) {
            return new Item(HabitJson.HabitEntry.of(item.habit()), item.status().name().toLowerCase(Locale.ROOT),
                    item.done(), item.target(), item.overdue(), item.next().map(next -> Times.iso(next, zone)).orElse(null),
                    progress == null ? new CheckInCommand.StreakEntry(0, 0, "days") : CheckInCommand.StreakEntry.of(progress));
        }
    }
}
