package dev.unknot.web.testing;

import com.vaadin.flow.component.HasElement;
import dev.unknot.app.person.Person;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
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

    private final Map<String, Object> properties;
    private final boolean perTest;
    private Path home;
    private ApplicationContext context;
    private boolean opened;

    public UnknotUi() {
        this(Map.of(), false);
    }

    private UnknotUi(Map<String, Object> properties, boolean perTest) {
        this.properties = Map.copyOf(properties);
        this.perTest = perTest;
    }

    /** With these settings besides the home, e.g. a plugin directory or a database. */
    public UnknotUi with(Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putAll(more);
        return new UnknotUi(all, perTest);
    }

    /** A fresh home and context for each test, for tests that need an empty install. */
    public UnknotUi perTest() {
        return new UnknotUi(properties, true);
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
        open();
        Person person = LoggedIn.as(context, username);
        MockUnknot.navigate(location);
        return person;
    }

    /** Opens a UI that nobody has signed in to, at {@code location}. */
    public void openSignedOut(String location) {
        open();
        MockUnknot.navigate(location);
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

    /** The view the UI shows now. */
    public HasElement currentView() {
        return MockUnknot.currentView();
    }

    private void start() {
        try {
            home = Files.createTempDirectory("unknot-ui-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context = MockUnknot.context(home, properties);
    }

    private void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
        if (home != null) {
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
