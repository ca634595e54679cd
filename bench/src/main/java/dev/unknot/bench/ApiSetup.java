package dev.unknot.bench;

import dev.unknot.core.habit.Habit;
import dev.unknot.store.habit.HabitService;
import dev.unknot.store.habit.NewHabit;
import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonService;
import dev.unknot.store.token.IssuedToken;
import dev.unknot.store.token.TokenService;
import io.micronaut.context.ApplicationContext;

/**
 * Prepares the API load benchmark on the database that {@code UNKNOT_DATABASE_URL} names (the
 * same variables as the server): a new account, an access token for it and one custom habit,
 * made through the store's services as the web UI would make them. Prints
 * {@code token=...} and {@code habit=...} for the script.
 *
 * <p>The account's password hash is a placeholder no password matches: nobody signs in to it.
 */
public final class ApiSetup {

    private ApiSetup() {}

    public static void main(String[] args) {
        String username = args.length > 0 ? args[0] : "bench-" + Long.toString(System.currentTimeMillis(), 36);
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).start()) {
            Person person = context.getBean(PersonService.class).createAccount(username, "{bench}no-password");
            IssuedToken token = context.getBean(TokenService.class).issue(person.id(), "api-load benchmark");
            Habit habit = context.getBean(HabitService.class).create(person.id(), NewHabit.custom("Benchmark stretch"));
            System.out.println("token=" + token.secret());
            System.out.println("habit=" + habit.id().value());
        }
    }
}
