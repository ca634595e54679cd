package dev.unknot.web.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.unknot.web.testing.MockUnknot;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainLayoutTests {

    @TempDir
    static Path home;

    static ApplicationContext context;

    @BeforeAll
    static void startContext() {
        context = MockUnknot.context(home);
    }

    @AfterAll
    static void closeContext() {
        context.close();
    }

    @BeforeEach
    void openUi() {
        MockUnknot.setUp(context);
        MockUnknot.navigate("library");
    }

    @AfterEach
    void closeUi() {
        MockUnknot.tearDown();
    }

    @Test
    void headerSaysUnknot() {
        assertThat(_get(H1.class).getText()).isEqualTo("Unknot");
    }

    @Test
    void menuListsTheViewsWithMenuEntriesInOrder() {
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel, SideNavItem::getPath)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple("Today", ""),
                        org.assertj.core.groups.Tuple.tuple("Library", "library"),
                        org.assertj.core.groups.Tuple.tuple("Plugins", "plugins"));
    }

    @Test
    void libraryEntryAlsoCoversItsPillars() {
        SideNavItem library = _get(
                SideNavItem.class,
                spec -> spec.withPredicate(item -> item.getLabel().equals("Library")));

        assertThat(library.getPathAliases()).isEmpty();
        assertThat(library.isMatchNested()).isTrue();
    }

    @Test
    void saysHowToSignInWhenNobodyIs() {
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("Sign in")))
                .hasSize(1);
    }

    @Test
    void showsWhoIsSignedInWithAWayOut() {
        dev.unknot.web.testing.LoggedIn.as(context, "layout.person");
        MockUnknot.navigate("");

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("account-name"))
                        .getText())
                .isEqualTo("layout.person");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Log out")))
                .hasSize(1);
    }

    @Test
    void unknownAddressShowsNotFoundInsideTheLayout() {
        MockUnknot.navigate("library/no-such-pillar");

        assertThat(MockUnknot.currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Unknot");
    }
}
