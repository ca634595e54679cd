package dev.unknot.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.AppTest;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The limits on sign-in and sign-up attempts, on a real database. */
abstract class AccountsTests extends AppTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    /** Counts the passwords it checks. */
    static final class CountingPasswords extends Passwords {
        final AtomicInteger checked = new AtomicInteger();

        @Override
        public boolean matches(String password, String hash) {
            checked.incrementAndGet();
            return super.matches(password, hash);
        }
    }

    private Accounts accounts() {
        return bean(Accounts.class);
    }

    /** A username and an address no other test uses. */
    private static String unique(String prefix) {
        return prefix + "-" + NAMES.incrementAndGet();
    }

    private String account(String prefix) {
        String username = unique(prefix);
        accounts().signUp(username, "right password", "right password", unique("10.0.0"));
        return username;
    }

    @Test
    void parallelWrongPasswordsAreCheckedNoMoreThanTheLimit() throws Exception {
        String alice = account("alice");
        String address = unique("198.51.100");
        CountingPasswords passwords = new CountingPasswords();
        Accounts counted = new Accounts(
                bean(PersonService.class),
                passwords,
                bean(LoginThrottle.class),
                bean(Registration.class),
                bean(ResetLinks.class),
                bean(dev.unknot.app.person.Activity.class));
        int parallel = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < parallel; i++) {
                int guess = i;
                answers.add(pool.submit((Callable<String>) () -> {
                    start.await();
                    try {
                        counted.signIn(alice, "guess " + guess, address);
                        return "signed in";
                    } catch (SignInRefusedException e) {
                        return e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> messages = new ArrayList<>();
            for (Future<String> answer : answers) {
                messages.add(answer.get());
            }
            assertThat(passwords.checked).hasValue(LoginThrottle.MAX_FAILURES);
            assertThat(messages)
                    .filteredOn("Wrong username or password."::equals)
                    .hasSize(LoginThrottle.MAX_FAILURES);
            assertThat(messages)
                    .filteredOn(message -> message.startsWith("Too many failed attempts."))
                    .hasSize(parallel - LoginThrottle.MAX_FAILURES);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failuresForOneUsernameDoNotLockAnotherOutOfTheSameAddress() {
        String alice = account("alice");
        String bob = account("bob");
        String proxy = unique("203.0.113");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> accounts().signIn(alice, "wrong", proxy))
                    .hasMessage("Wrong username or password.");
        }

        assertThatThrownBy(() -> accounts().signIn(alice, "right password", proxy))
                .hasMessage("Too many failed attempts. Try again in 15 minutes.");
        assertThat(accounts().signIn(bob, "right password", proxy).username()).isEqualTo(bob);
    }

    @Test
    void oneAddressTryingManyUsernamesIsStopped() {
        String carol = account("carol");
        String address = unique("192.0.2");
        for (int i = 0; i < LoginThrottle.MAX_PER_ADDRESS; i++) {
            String someone = unique("someone");
            assertThatThrownBy(() -> accounts().signIn(someone, "password", address))
                    .hasMessage("Wrong username or password.");
        }

        assertThatThrownBy(() -> accounts().signIn(carol, "right password", address))
                .hasMessage("Too many failed attempts. Try again in 15 minutes.");
        assertThat(accounts().signIn(carol, "right password", unique("192.0.3")).username())
                .isEqualTo(carol);

        clock.advance(LoginThrottle.WINDOW);
        assertThat(accounts().signIn(carol, "right password", address).username())
                .isEqualTo(carol);
    }

    @Test
    void oneUsernameGuessedFromManyAddressesIsStopped() {
        String dora = account("dora");
        for (int i = 0; i < LoginThrottle.MAX_PER_USERNAME; i++) {
            String address = unique("100.64.0");
            assertThatThrownBy(() -> accounts().signIn(dora, "wrong", address))
                    .hasMessage("Wrong username or password.");
        }

        assertThatThrownBy(() -> accounts().signIn(dora, "right password", unique("100.64.1")))
                .hasMessageStartingWith("Too many failed attempts.");
    }

    @Test
    void aSuccessForgetsItsOwnFailures() {
        String erin = account("erin");
        String address = unique("10.1.0");
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
                assertThatThrownBy(() -> accounts().signIn(erin, "wrong", address))
                        .hasMessage("Wrong username or password.");
            }
            assertThat(accounts().signIn(erin, "right password", address).username())
                    .isEqualTo(erin);
        }
    }

    @Test
    void everyServerOnTheDatabaseSharesTheCount() {
        String fay = account("fay");
        String address = unique("10.2.0");
        try (ApplicationContext other = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(databaseProperties())
                .start()) {
            Accounts elsewhere = other.getBean(Accounts.class);
            for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
                Accounts server = i % 2 == 0 ? accounts() : elsewhere;
                assertThatThrownBy(() -> server.signIn(fay, "wrong", address))
                        .hasMessage("Wrong username or password.");
            }

            assertThatThrownBy(() -> elsewhere.signIn(fay, "right password", address))
                    .hasMessageStartingWith("Too many failed attempts.");
        }
    }

    @Test
    void signUpsFromOneAddressAreLimited() {
        String address = unique("10.3.0");
        for (int i = 0; i < LoginThrottle.MAX_SIGN_UPS; i++) {
            accounts().signUp(unique("new"), "right password", "right password", address);
        }

        assertThatThrownBy(() -> accounts().signUp(unique("new"), "right password", "right password", address))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Too many new accounts from this address. Try again in 60 minutes.");
        assertThat(accounts().signUp(unique("new"), "right password", "right password", unique("10.3.1")))
                .isNotNull();

        clock.advance(LoginThrottle.SIGN_UP_WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(accounts().signUp(unique("new"), "right password", "right password", address))
                .isNotNull();
    }
}
