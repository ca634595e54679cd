package dev.unknot.web.testing;

import com.vaadin.flow.component.HasElement;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.web.session.SignedIn;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The web UI's views without a browser (Karibu-Testing) on a real Micronaut context, for a test
 * class: a home of its own, the context started once for the class (or once for each test, with
 * {@link #perTest()}), and a mocked UI torn down after each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final UnknotUi ui = new UnknotUi();
 *
 * @Test
 * void showsToday() {
 *     Person ada = ui.open("ada", "");
 *     ...
 * }
 * }</pre>
 */
public final class UnknotUi implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Function<Path, Map<String, Object>> settings;
    private final boolean perTest;
    private final Runnable whenClosed;
    private Path home;
    private ApplicationContext context;
    private boolean opened;

    public UnknotUi() {
        this(home -> Map.of(), false, () -> {});
    }

    private UnknotUi(Function<Path, Map<String, Object>> settings, boolean perTest, Runnable whenClosed) {
        this.settings = settings;
        this.perTest = perTest;
        this.whenClosed = whenClosed;
    }

    /** With these settings besides the home, e.g. a plugin directory or a database. */
    public UnknotUi with(Map<String, Object> more) {
        Map<String, Object> copy = Map.copyOf(more);
        return with(home -> copy);
    }

    /**
     * With settings worked out as each context starts, from its fresh home: for files the context
     * reads when it starts (plugin jars written into the home), or a database to be reached only
     * when the tests do run.
     */
    public UnknotUi with(Function<Path, Map<String, Object>> more) {
        Function<Path, Map<String, Object>> before = settings;
        return new UnknotUi(
                home -> {
                    Map<String, Object> all = new HashMap<>(before.apply(home));
                    all.putAll(more.apply(home));
                    return all;
                },
                perTest,
                whenClosed);
    }

    /** A fresh home and context for each test, for tests that need an empty install. */
    public UnknotUi perTest() {
        return new UnknotUi(settings, true, whenClosed);
    }

    /** Runs {@code cleanUp} after each context is closed, or failed to start: e.g. to drop its database schema. */
    public UnknotUi whenClosed(Runnable cleanUp) {
        Runnable before = whenClosed;
        return new UnknotUi(settings, perTest, () -> {
            before.run();
            cleanUp.run();
        });
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        if (!perTest) {
            start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext extension) {
        if (perTest) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        close();
        if (perTest) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        stop();
    }

    public ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Path home() {
        return home;
    }

    /** Opens a UI signed in as {@code username} (its account made on first use) at {@code location}. */
    public Person open(String username, String location) {
        Person person = open(username);
        navigate(location);
        return person;
    }

    /**
     * Opens a UI signed in as {@code username} (its account made on first use) on no page yet: for
     * data to set up before the first {@link #navigate(String)}.
     */
    public Person open(String username) {
        open();
        return signIn(username);
    }

    /** Opens a UI that nobody has signed in to, at {@code location}. */
    public void openSignedOut(String location) {
        open();
        navigate(location);
    }

    /** Opens a new UI (after closing the one open, if any): a browser's new page, same session store. */
    public void open() {
        close();
        MockUnknot.setUp(context);
        opened = true;
    }

    /** Closes the UI, if one is open. */
    public void close() {
        if (opened) {
            MockUnknot.tearDown();
            opened = false;
        }
    }

    /** Navigates the open UI to {@code location}. */
    public void navigate(String location) {
        MockUnknot.navigate(location);
    }

    /** The view the UI shows now. */
    public HasElement currentView() {
        return MockUnknot.currentView();
    }

    /**
     * Signs {@code username} in to the open UI without the sign-in page, its account made on first
     * use; the page on screen stays until the next navigation.
     */
    public Person signIn(String username) {
        Person person = account(username);
        SignedIn.remember(new SignedIn(person.id(), person.username()));
        return person;
    }

    /**
     * The account of {@code username}, made on first use (with a hash that is not a real one: these
     * tests never check it) and not signed in: for data set up before the person's page opens.
     */
    public Person account(String username) {
        PersonService people = bean(PersonService.class);
        return people.findByUsername(username).orElseGet(() -> people.createAccount(username, "test-hash"));
    }

    private void start() {
        try {
            home = Files.createTempDirectory("unknot-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context = MockUnknot.context(home, settings.apply(home));
    }

    private void stop() {
        if (home == null) {
            return;
        }
        try {
            if (context != null) {
                context.close();
                context = null;
            }
            whenClosed.run();
        } finally {
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary directory is harmless.
            }
            home = null;
        }
    }
}
