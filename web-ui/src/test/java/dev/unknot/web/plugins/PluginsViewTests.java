package dev.unknot.web.plugins;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.core.testing.PluginJars;
import dev.unknot.core.testing.SamplePlugins;
import dev.unknot.web.testing.UnknotUi;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PluginsViewTests {

    static final List<String> BUILT_IN_PLUGINS = List.of(
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
    static final UnknotUi ui = new UnknotUi().with(PluginsViewTests::brokenPlugins);

    static Path pluginsDir;

    /**
     * Puts a jar that is not one, a plugin that throws, a plugin that breaks four rules and a plugin
     * whose advice rule throws in a plugin directory of the home, before the context starts.
     */
    static Map<String, Object> brokenPlugins(Path home) {
        pluginsDir = home.resolve("extra-plugins");
        PluginJars.garbage(pluginsDir.resolve("broken.jar"));
        SamplePlugins.careless().writeTo(pluginsDir.resolve("careless.jar"));
        SamplePlugins.grumpy().writeTo(pluginsDir.resolve("grumpy.jar"));
        PluginJars.builder()
                .source("test.throwing.ThrowingPlugin", """
                        package test.throwing;

                        public class ThrowingPlugin implements dev.unknot.core.spi.TechniquePlugin {
                            @Override
                            public dev.unknot.core.spi.PluginDescriptor descriptor() {
                                throw new IllegalStateException("boom: no descriptor today");
                            }
                        }
                        """)
                .provider("test.throwing.ThrowingPlugin")
                .writeTo(pluginsDir.resolve("throwing.jar"));
        return Map.of("unknot.plugins-dir", pluginsDir.toString());
    }

    @BeforeEach
    void openUi() {
        ui.openSignedOut("plugins");
    }

    @Test
    void showsThePage() {
        assertThat(ui.currentView()).isInstanceOf(PluginsView.class);
    }

    @Test
    void listsEveryLoadedPlugin() {
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("plugin-card"));

        assertThat(cards)
                .extracting(card -> card.getElement().getAttribute("data-plugin-id"))
                .containsAll(BUILT_IN_PLUGINS)
                .contains("grumpy")
                .hasSize(BUILT_IN_PLUGINS.size() + 1);
    }

    @Test
    void showsWhatEachLoadedPluginIsAndProvides() {
        PluginRegistry registry = ui.bean(PluginRegistry.class);
        for (LoadedPlugin plugin : registry.plugins()) {
            Div card = _get(
                    Div.class, spec -> spec.withClasses("plugin-card").withAttribute("data-plugin-id", plugin.id()));

            assertThat(_get(card, H3.class).getText())
                    .isEqualTo(plugin.descriptor().name());
            assertThat(_get(card, Span.class, spec -> spec.withClasses("plugin-version"))
                            .getText())
                    .isEqualTo("v" + plugin.descriptor().version());
            assertThat(facts(card))
                    .contains(
                            plugin.id(),
                            plugin.descriptor().author(),
                            plugin.descriptor().spiVersion().toString(),
                            java.nio.file.Path.of(plugin.source()).getFileName().toString());
            assertThat(facts(card))
                    .as("no server path on a page anyone may open")
                    .noneMatch(fact -> fact.contains("/"));
            assertThat(facts(card))
                    .anySatisfy(fact -> assertThat(fact)
                            .contains(plugin.techniques().size() + " technique")
                            .contains(plugin.routines().size() + " routine")
                            .contains(plugin.habitTemplates().size() + " habit template"));
        }
    }

    @Test
    void listsFailedPluginsWithTheirSourceAndReason() {
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("failed-plugin-card"));

        assertThat(cards).hasSize(3);
        assertThat(cards).anySatisfy(card -> {
            assertThat(_get(card, H3.class).getText()).isEqualTo("broken.jar");
            assertThat(reasons(card)).singleElement().asString().startsWith("not a readable jar");
            assertThat(_get(card, Code.class).getText())
                    .as("the file name, not where the server keeps it")
                    .isEqualTo("broken.jar");
        });
        assertThat(cards).anySatisfy(card -> {
            assertThat(reasons(card)).singleElement().asString().contains("boom: no descriptor today");
            assertThat(_get(card, Code.class).getText()).endsWith("throwing.jar");
        });
    }

    @Test
    void saysHowManyLoadedAndFailed() {
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("lead")).getText())
                .isEqualTo("11 plugins loaded (1 degraded), 3 could not be loaded.");
    }

    @Test
    void whereThePluginsAreIsShownToTheAdministratorAlone() {
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("plugins-directory"))
                        .getElement()
                        .getTextRecursively())
                .doesNotContain(pluginsDir.toString())
                .isEqualTo("The administrator of this Unknot adds plugins.");
        assertThat(_find(Code.class, spec -> spec.withClasses("plugin-source")))
                .allSatisfy(code -> assertThat(code.getText()).doesNotContain("/"));

        // The first account is the administrator.
        ui.open("plugins-admin", "plugins");
        ui.open("plugins-someone", "plugins");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("plugins-directory"))
                        .getElement()
                        .getTextRecursively())
                .doesNotContain(pluginsDir.toString());
        ui.open("plugins-admin", "plugins");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("plugins-directory"))
                        .getElement()
                        .getTextRecursively())
                .contains(pluginsDir.toString());
        assertThat(_find(Code.class, spec -> spec.withClasses("plugin-source")))
                .anySatisfy(code -> assertThat(code.getText())
                        .isEqualTo(pluginsDir.resolve("throwing.jar").toString()));
    }

    @Test
    void aFailedPluginShowsEveryProblem() {
        Div card = _find(Div.class, spec -> spec.withClasses("failed-plugin-card")).stream()
                .filter(each -> _get(each, H3.class).getText().equals("careless"))
                .findFirst()
                .orElseThrow();

        assertThat(reasons(card))
                .containsExactly(
                        "id 'yoga/borrowed-name' must start with the plugin id 'careless/'",
                        "technique 'careless/marathon-hold' has a hold longer than 5 min (15 min)",
                        "technique 'careless/lost' has more than 50 reps in a set (80)",
                        "technique 'careless/lost' is in pillar 'floating', which no loaded plugin provides");
        assertThat(card.getElement().getTextRecursively()).doesNotContain("more)");
    }

    @Test
    void aPluginWhoseAdviceRuleThrowsIsShownDegradedWithTheReason() {
        Div grumpy = _get(Div.class, spec -> spec.withClasses("plugin-card").withAttribute("data-plugin-id", "grumpy"));

        assertThat(grumpy.getClassNames()).contains("degraded-plugin-card");
        assertThat(_get(grumpy, Span.class, spec -> spec.withClasses("plugin-health"))
                        .getText())
                .isEqualTo("Degraded");
        assertThat(_get(grumpy, Paragraph.class, spec -> spec.withClasses("degraded-reason"))
                        .getText())
                .endsWith("advice rule 'grumpy/broken' failed: IllegalStateException: grumpy today");
        Div stretching =
                _get(Div.class, spec -> spec.withClasses("plugin-card").withAttribute("data-plugin-id", "stretching"));
        assertThat(stretching.getClassNames()).doesNotContain("degraded-plugin-card");
        assertThat(_find(stretching, Span.class, spec -> spec.withClasses("plugin-health")))
                .isEmpty();
    }

    private static List<String> reasons(Component card) {
        return _find(card, ListItem.class, spec -> spec.withClasses("failure-reason")).stream()
                .map(ListItem::getText)
                .toList();
    }

    private static List<String> facts(Component card) {
        return _find(
                        card,
                        Component.class,
                        spec -> spec.withPredicate(
                                component -> component.getElement().getTag().equals("dd")))
                .stream()
                .map(component -> component.getElement().getTextRecursively())
                .toList();
    }
}
