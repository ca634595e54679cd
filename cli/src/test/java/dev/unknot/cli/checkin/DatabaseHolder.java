package dev.unknot.cli.checkin;

import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Another process on the same embedded database, as the web server would be: opens the H2 file
 * under {@code args[0]} first (so it serves it), adds a habit, says {@code ready}, and then answers
 * each {@code count} line with the number of check-ins it sees, until its input closes.
 */
public final class DatabaseHolder {

    private DatabaseHolder() {}

    public static void main(String[] args) throws Exception {
        // As UnknotCli does: zone rules loaded before logging starts, so that none logs meanwhile.
        java.time.ZoneId.systemDefault();
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("unknot.home", args[0]))
                .start()) {
            Person person = context.getBean(PersonService.class).local();
            context.getBean(HabitService.class).create(person.id(), NewHabit.technique("stretching/cat-cow"));
            CheckInHistory checkIns = context.getBean(CheckInHistory.class);
            System.out.println("ready");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("count")) {
                    System.out.println(checkIns.all(person.id()).size());
                    System.out.flush();
                }
            }
        }
    }
}
