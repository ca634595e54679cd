package dev.unknot.frontends;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.core.testing.SamplePlugins;
import dev.unknot.web.testing.UnknotUi;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The advice policy and a plugin's health, through the web UI, the command line and the REST API,
 * each with the sample plugin {@code grumpy} in its plugin directory: its good-to-know advice is
 * shown by all three under one label, and all three show it degraded for its rule that throws.
 */
class SharedAdviceTests {

    static final String REASON = "advice rule 'grumpy/broken' failed: IllegalStateException: grumpy today";

    @RegisterExtension
    static final UnknotUi web = new UnknotUi()
            .with(home -> {
                SamplePlugins.grumpy().writeTo(home.resolve("plugins/grumpy.jar"));
                return Map.of();
            })
            .perTest();

    @TempDir
    Path homes;

    @Test
    void goodToKnowAdviceIsShownEverywhereUnderOneLabel() throws IOException {
        Path cliHome = withGrumpy(homes.resolve("cli"));
        Cli cli = new Cli(cliHome);
        assertThat(cli.unknot("habit", "add", "grumpy/shrug").exitCode()).isZero();
        Cli.Run checkIn = cli.unknot("checkin", "shrug");
        assertThat(checkIn.exitCode()).isZero();
        assertThat(checkIn.out()).contains("Good to know: Shrug it off\n  Drop your shoulders.");

        try (Api server = new Api(withGrumpy(homes.resolve("api")))) {
            JsonNode advice = server.get("/api/v1/advice").json().get("advice");
            assertThat(advice.size()).isEqualTo(1);
            assertThat(advice.get(0).get("severity").getStringValue()).isEqualTo("info");
            assertThat(advice.get(0).get("title").getStringValue()).isEqualTo("Shrug it off");
        }

        Person person = web.open("web");
        web.bean(HabitService.class).create(person.id(), NewHabit.technique("grumpy/shrug"));
        web.navigate("");
        Div advisory = _get(Div.class, spec -> spec.withClasses("advisory-info"));
        assertThat(_get(advisory, Span.class, spec -> spec.withClasses("advisory-level"))
                        .getText())
                .isEqualTo("Good to know");
        assertThat(_get(advisory, H3.class).getText()).isEqualTo("Shrug it off");
    }

    @Test
    void aPluginWhoseAdviceRuleThrowsIsDegradedEverywhereForTheSameReason() throws IOException {
        Cli.Run plugins = new Cli(withGrumpy(homes.resolve("cli"))).unknot("plugins", "--json");
        JsonNode cliGrumpy = grumpyOf(Api.parse(plugins.out()).get("plugins"));
        assertThat(cliGrumpy.get("health").getStringValue()).isEqualTo("degraded");
        assertThat(cliGrumpy.get("reason").getStringValue()).isEqualTo(REASON);

        try (Api server = new Api(withGrumpy(homes.resolve("api")))) {
            JsonNode apiGrumpy = grumpyOf(server.get("/api/v1/plugins").json().get("plugins"));
            assertThat(apiGrumpy.get("health").getStringValue()).isEqualTo("degraded");
            assertThat(apiGrumpy.get("reason").getStringValue()).isEqualTo(REASON);
        }

        web.openSignedOut("plugins");
        Div card = _get(Div.class, spec -> spec.withClasses("plugin-card").withAttribute("data-plugin-id", "grumpy"));
        assertThat(_get(card, Paragraph.class, spec -> spec.withClasses("degraded-reason"))
                        .getText())
                .endsWith(REASON);
    }

    private static Path withGrumpy(Path home) throws IOException {
        Files.createDirectories(home);
        SamplePlugins.grumpy().writeTo(home.resolve("plugins/grumpy.jar"));
        return home;
    }

    private static JsonNode grumpyOf(JsonNode plugins) {
        for (JsonNode plugin : plugins.values()) {
            if (plugin.get("id").getStringValue().equals("grumpy")) {
                return plugin;
            }
        }
        throw new AssertionError("no grumpy in " + plugins);
    }
}
