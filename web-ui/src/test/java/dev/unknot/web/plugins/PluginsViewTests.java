package dev.unknot.web.plugins;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.core.testing.PluginJars;
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

    /** Puts a jar that is not one and a plugin that throws in a plugin directory of the home, before the context starts. */
    static Map<String, Object> brokenPlugins(Path home) {
        pluginsDir = home.resolve("extra-plugins");
        PluginJars.garbage(pluginsDir.resolve("broken.jar"));
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
                .containsExactlyInAnyOrderElementsOf(BUILT_IN_PLUGINS);
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
                            plugin.source());
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

        assertThat(cards).hasSize(2);
        assertThat(cards).anySatisfy(card -> {
            assertThat(_get(card, H3.class).getText()).isEqualTo("broken.jar");
            assertThat(reason(card)).startsWith("not a readable jar");
            assertThat(_get(card, Code.class).getText())
                    .isEqualTo(pluginsDir.resolve("broken.jar").toString());
        });
        assertThat(cards).anySatisfy(card -> {
            assertThat(reason(card)).contains("boom: no descriptor today");
            assertThat(_get(card, Code.class).getText()).endsWith("throwing.jar");
        });
    }

    @Test
    void saysHowManyLoadedAndFailed() {
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("lead")).getText())
                .isEqualTo("10 plugins loaded, 2 could not be loaded.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("plugins-directory"))
                        .getElement()
                        .getTextRecursively())
                .contains(pluginsDir.toString());
    }

    private static String reason(Component card) {
        return _get(card, Paragraph.class, spec -> spec.withClasses("failure-reason"))
                .getText();
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
