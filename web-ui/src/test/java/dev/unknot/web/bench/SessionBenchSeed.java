package dev.unknot.web.bench;

import dev.unknot.app.account.Passwords;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.web.testing.MockUnknot;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;

/**
 * Prepares the database of {@code bench/web-sessions.sh} before the server starts: an account
 * (username and password from the arguments, after the home directory) with the same habits and
 * years of check-ins as {@link WebBenchmark}, so that each session's Today shows ten habits.
 */
public final class SessionBenchSeed {

    private SessionBenchSeed() {}

    public static void main(String[] args) {
        try (ApplicationContext context = MockUnknot.context(Path.of(args[0]))) {
            Person person = context.getBean(PersonService.class)
                    .createAccount(args[1], context.getBean(Passwords.class).hash(args[2]));
            System.out.println("seeded " + WebBenchmark.seed(context, person) + " check-ins for " + person.username());
        }
    }
}
