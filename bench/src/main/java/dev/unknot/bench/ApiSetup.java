package dev.unknot.bench;

import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.token.IssuedToken;
import dev.unknot.app.token.TokenService;
import dev.unknot.core.habit.Habit;
import io.micronaut.context.ApplicationContext;

/**
 * Prepares the API load benchmark on the database that {@code UNKNOT_DATABASE_URL} names (the
 * same variables as the server): new accounts, each with an access token and one custom habit,
 * made through the store's services as the web UI would make them. Prints one
 * {@code credential=<token> <habit id>} line per account, for {@code bench/api-load.lua} (wrk),
 * which gives line {@code i} to connection {@code i}.
 *
 * <pre>java -cp ... dev.unknot.bench.ApiSetup [ACCOUNTS, default 1]</pre>
 *
 * <p>The accounts' password hash is a placeholder no password matches: nobody signs in to them.
 */
public final class ApiSetup {

    private ApiSetup() {}

    public static void main(String[] args) {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (ApplicationContext context =
                ApplicationContext.builder().deduceEnvironment(false).start()) {
            PersonService people = context.getBean(PersonService.class);
            TokenService tokens = context.getBean(TokenService.class);
            HabitService habits = context.getBean(HabitService.class);
            for (int i = 1; i <= accounts; i++) {
                Person person = people.createAccount("bench-" + run + "-" + i, "{bench}no-password");
                IssuedToken token = tokens.issue(person.id(), "api-load benchmark");
                Habit habit = habits.create(person.id(), NewHabit.custom("Benchmark stretch"));
                System.out.println(
                        "credential=" + token.secret() + " " + habit.id().value());
            }
        }
    }
}
