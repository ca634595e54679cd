package dev.unknot.web.testing;

import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.web.session.SignedIn;
import io.micronaut.context.BeanContext;

/** Test accounts and signing in without the sign-in page. */
public final class LoggedIn {

    private LoggedIn() {}

    /** Opens an account (the hash is not a real one: these tests never check it) and signs it in to the mocked UI. */
    public static Person as(BeanContext beans, String username) {
        PersonService people = beans.getBean(PersonService.class);
        Person person = people.findByUsername(username).orElseGet(() -> people.createAccount(username, "test-hash"));
        SignedIn.remember(new SignedIn(person.id(), person.username()));
        return person;
    }
}
