package dev.unknot.api.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import dev.unknot.core.testing.PluginJars;
import dev.unknot.core.testing.SamplePlugins;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/plugins} with a plugin directory holding a plugin whose advice rule throws
 * (degraded), a plugin that breaks the rules (failed, with every problem) and a jar that is none.
 */
class PluginsApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        ApiDatabase database = ApiDatabase.h2();
        Path plugins =
                Path.of(database.properties().get("unknot.home").toString()).resolve("plugins");
        SamplePlugins.grumpy().writeTo(plugins.resolve("grumpy.jar"));
        SamplePlugins.careless().writeTo(plugins.resolve("careless.jar"));
        PluginJars.garbage(plugins.resolve("broken.jar"));
        return database;
    }

    @Test
    void aPluginWhoseAdviceRuleThrowsIsDegradedWithTheReason() {
        JsonNode plugins = get("/api/v1/plugins", newCaller()).json().get("plugins");

        JsonNode grumpy = find(plugins, "grumpy");
        assertThat(grumpy.get("health").getStringValue()).isEqualTo("degraded");
        assertThat(grumpy.get("reason").getStringValue())
                .isEqualTo("advice rule 'grumpy/broken' failed: IllegalStateException: grumpy today");
        JsonNode stretching = find(plugins, "stretching");
        assertThat(stretching.get("health").getStringValue()).isEqualTo("ok");
        JsonNode reason = stretching.get("reason");
        assertThat(reason == null || reason.isNull()).as("no reason while ok").isTrue();
    }

    @Test
    void aFailedPluginCarriesEveryProblem() {
        JsonNode failed = get("/api/v1/plugins", newCaller()).json().get("failed");

        assertThat(failed.size()).isEqualTo(2);
        JsonNode careless = null;
        for (JsonNode failure : failed.values()) {
            if (failure.get("pluginId").isString()
                    && failure.get("pluginId").getStringValue().equals("careless")) {
                careless = failure;
            }
        }
        assertThat(careless).isNotNull();
        List<String> problems = new ArrayList<>();
        careless.get("problems").values().forEach(problem -> problems.add(problem.getStringValue()));
        assertThat(problems)
                .containsExactly(
                        "id 'yoga/borrowed-name' must start with the plugin id 'careless/'",
                        "technique 'careless/marathon-hold' has a hold longer than 5 min (15 min)",
                        "technique 'careless/lost' has more than 50 reps in a set (80)",
                        "technique 'careless/lost' is in pillar 'floating', which no loaded plugin provides");
        assertThat(careless.get("reason").getStringValue())
                .isEqualTo(String.join("; ", problems))
                .doesNotContain("more)");
    }

    @Test
    void goodToKnowAdviceReachesTheCheckInsAnswerAndTheAdvice() {
        Caller caller = newCaller();
        String habit = newHabit(caller, "{\"from\":\"technique\",\"id\":\"grumpy/shrug\"}");

        newCheckIn(caller, habit);
        Answer advice = get("/api/v1/advice", caller);

        assertThat(advice.status()).isEqualTo(200);
        assertThat(advice.json().get("advice").size()).isEqualTo(1);
        JsonNode tip = advice.json().get("advice").get(0);
        assertThat(tip.get("rule").getStringValue()).isEqualTo("grumpy/tip");
        assertThat(tip.get("severity").getStringValue()).isEqualTo("info");
    }

    private static JsonNode find(JsonNode array, String id) {
        for (JsonNode node : array.values()) {
            if (node.get("id").getStringValue().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no '" + id + "' in " + array);
    }
}
