package dev.unknot.web.layout;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.unknot.web.testing.UnknotUi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MainLayoutTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    @BeforeEach
    void openUi() {
        ui.openSignedOut("library");
    }

    @Test
    void headerSaysUnknotAndTheViewHasTheOneHeadingAndTheMainLandmark() {
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("brand-name"))
                        .getText())
                .isEqualTo("Unknot");
        assertThat(_find(H1.class))
                .singleElement()
                .satisfies(h1 -> assertThat(h1.getText()).isEqualTo("Library"));
        assertThat(_get(com.vaadin.flow.component.html.Main.class).getElement().getChild(0))
                .isEqualTo(ui.currentView().getElement());
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
        ui.signIn("layout.person");
        ui.navigate("");

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("account-name"))
                        .getText())
                .isEqualTo("layout.person");
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Log out")))
                .hasSize(1);
    }

    @Test
    void unknownAddressShowsNotFoundInsideTheLayout() {
        ui.navigate("library/no-such-pillar");

        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("brand-name"))
                        .getText())
                .isEqualTo("Unknot");
        assertThat(_find(H1.class))
                .singleElement()
                .satisfies(h1 -> assertThat(h1.getText()).isEqualTo("Not found"));
    }
}
