package dev.unknot.web.library;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import dev.unknot.core.library.Durations;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.PillarId;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.plugin.Library;
import dev.unknot.web.layout.NotFoundView;
import dev.unknot.web.testing.UnknotUi;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LibraryViewTests {

    /** The pillars of the guide, one per built-in plugin. */
    static final List<String> BUILT_IN_PILLARS = List.of(
            "stretching",
            "foam-rolling",
            "heat",
            "movement",
            "massage",
            "strength",
            "breathing",
            "ergonomics",
            "nutrition",
            "specialist");

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    static Library library;

    @BeforeAll
    static void findLibrary() {
        library = ui.bean(Library.class);
    }

    @BeforeEach
    void openUi() {
        ui.open();
    }

    @Test
    void libraryHasTheTenBuiltInPillars() {
        assertThat(library.pillars())
                .extracting(pillar -> pillar.id().value())
                .containsExactlyInAnyOrderElementsOf(BUILT_IN_PILLARS);
    }

    @Test
    void frontPageShowsEveryPillarInTheLibrary() {
        ui.navigate("library");

        assertThat(ui.currentView()).isInstanceOf(LibraryView.class);
        List<RouterLink> cards = pillarCards();
        assertThat(cards).hasSize(BUILT_IN_PILLARS.size());
        assertThat(cards)
                .extracting(LibraryViewTests::title)
                .containsExactlyElementsOf(
                        library.pillars().stream().map(Pillar::name).toList());
    }

    @Test
    void libraryAddressShowsTheSamePage() {
        ui.navigate("library");

        assertThat(ui.currentView()).isInstanceOf(LibraryView.class);
        assertThat(pillarCards()).hasSize(BUILT_IN_PILLARS.size());
    }

    @Test
    void choosingAPillarShowsItsTechniques() {
        ui.navigate("library");
        RouterLink stretching = pillarCards().stream()
                .filter(card -> card.getHref().equals("library/stretching"))
                .findFirst()
                .orElseThrow();

        RouterLinkKt._click(stretching);

        assertThat(ui.currentView()).isInstanceOf(PillarView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Stretching");
        assertThat(techniqueCards())
                .extracting(LibraryViewTests::title)
                .containsExactlyElementsOf(library.techniques(PillarId.of("stretching")).stream()
                        .map(Technique::name)
                        .toList())
                .isNotEmpty();
    }

    @Test
    void everyPillarPageListsItsTechniques() {
        for (Pillar pillar : library.pillars()) {
            ui.navigate("library/" + pillar.id().value());

            assertThat(_get(H1.class).getText()).isEqualTo(pillar.name());
            assertThat(techniqueCards()).hasSize(library.techniques(pillar.id()).size());
        }
    }

    @Test
    void choosingATechniqueShowsItsStepsAndDose() {
        Technique childsPose =
                library.technique(TechniqueId.of("stretching/childs-pose")).orElseThrow();
        ui.navigate("library/stretching");
        RouterLink card = techniqueCards().stream()
                .filter(link -> title(link).equals(childsPose.name()))
                .findFirst()
                .orElseThrow();

        RouterLinkKt._click(card);

        assertThat(ui.currentView()).isInstanceOf(TechniqueView.class);
        assertThat(_get(H1.class).getText()).isEqualTo(childsPose.name());
        assertThat(steps()).containsExactlyElementsOf(childsPose.steps());
        assertThat(_get(Span.class, spec -> spec.withClasses("dose")).getText())
                .isEqualTo(childsPose.dose().describe());
    }

    @Test
    void techniquePageShowsEverythingAboutIt() {
        for (Technique technique : library.techniques()) {
            ui.navigate("library/" + technique.id().value());

            assertThat(_get(H1.class).getText()).isEqualTo(technique.name());
            assertThat(_get(Paragraph.class, spec -> spec.withClasses("lead")).getText())
                    .isEqualTo(technique.summary());
            assertThat(steps()).containsExactlyElementsOf(technique.steps());
            assertThat(_get(Span.class, spec -> spec.withClasses("dose")).getText())
                    .isEqualTo(technique.dose().describe());
            assertThat(texts(_find(Span.class, spec -> spec.withClasses("tag"))))
                    .containsAll(technique.bodyAreas().stream()
                            .map(area -> area.label())
                            .toList());
            assertThat(texts(_find(Span.class, spec -> spec.withClasses("tag"))))
                    .containsAll(technique.causes().stream()
                            .map(cause -> cause.label())
                            .toList());
            assertThat(texts(_find(
                            ListItem.class,
                            spec -> spec.withPredicate(item -> item.getParent()
                                    .filter(parent -> parent.hasClassName("cautions"))
                                    .isPresent()))))
                    .containsExactlyElementsOf(technique.cautions());
        }
    }

    @Test
    void frontPageShowsRoutinesWithTheirTotalTimeAndSteps() {
        ui.navigate("library");

        List<Component> cards = _find(Component.class, spec -> spec.withClasses("routine-card"));
        assertThat(cards).hasSize(library.routines().size()).isNotEmpty();
        for (int i = 0; i < cards.size(); i++) {
            Routine routine = library.routines().get(i);
            Component card = cards.get(i);
            assertThat(_get(card, H3.class).getText()).isEqualTo(routine.name());
            assertThat(_get(card, Span.class, spec -> spec.withClasses("routine-total"))
                            .getText())
                    .isEqualTo(Durations.format(routine.totalTime()) + " in total");
            assertThat(_find(_get(card, OrderedList.class), ListItem.class))
                    .hasSize(routine.steps().size());
        }
    }

    @Test
    void unknownPillarShowsNotFound() {
        ui.navigate("library/no-such-pillar");

        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("not-found-message"))
                        .getText())
                .isEqualTo("There is no pillar called 'no-such-pillar' in the library.");
    }

    @Test
    void addressThatIsNotAnIdShowsNotFound() {
        ui.navigate("library/Not_A_Pillar");

        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void unknownTechniqueShowsNotFound() {
        ui.navigate("library/stretching/no-such-technique");

        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("not-found-message"))
                        .getText())
                .isEqualTo("There is no technique 'stretching/no-such-technique' in the library.");
    }

    private static List<RouterLink> pillarCards() {
        return _find(RouterLink.class, spec -> spec.withClasses("pillar-card"));
    }

    private static List<RouterLink> techniqueCards() {
        return _find(RouterLink.class, spec -> spec.withClasses("technique-card"));
    }

    private static List<String> steps() {
        return texts(_find(_get(OrderedList.class, spec -> spec.withClasses("steps")), ListItem.class));
    }

    private static String title(Component card) {
        return _get(card, H3.class).getText();
    }

    private static List<String> texts(List<? extends HasText> components) {
        return components.stream().map(HasText::getText).toList();
    }
}
