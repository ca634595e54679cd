package dev.unknot.cli.plugins;

import static dev.unknot.cli.Shell.fieldNames;
import static dev.unknot.cli.Shell.strings;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.unknot.cli.Shell;
import dev.unknot.core.testing.PluginJars;
import dev.unknot.core.testing.SamplePlugins;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsCommandTests {

    @TempDir
    Path home;

    private Shell shell;

    @BeforeEach
    void setUp() {
        // Wide enough that a problem and its jar's path are one line, as the assertions read them.
        shell = Shell.withHome(home).with("COLUMNS", "250");
    }

    @Test
    void listsTheBuiltInPluginsWithTheirDetails() {
        Shell.Result result = shell.unknot("plugins");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines.get(0)).startsWith("Loaded plugins (");
        assertThat(lines.get(1)).matches("ID +VERSION +NAME +AUTHOR +SOURCE");
        assertThat(lines)
                .anySatisfy(
                        line -> assertThat(line)
                                .matches(
                                        "stretching +\\d+\\.\\d+\\.\\d+\\S* +Stretching +The Unknot project +\\S+(\\.jar|/classes)"));
        assertThat(lines).noneMatch(line -> line.startsWith("Failed plugins"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Plugin directory: " + home.resolve("plugins"));
    }

    @Test
    void aPluginJarDroppedIntoThePluginDirectoryAppearsOnTheNextRun() {
        assertThat(shell.unknot("plugins").out()).doesNotContain("yoga");
        assertThat(shell.unknot("techniques", "--pillar", "stretching").out()).doesNotContain("yoga/downward-dog");

        yogaPlugin().writeTo(home.resolve("plugins/yoga.jar"));

        Shell.Result plugins = shell.unknot("plugins");
        assertThat(plugins.exitCode()).isZero();
        assertThat(plugins.outLines())
                .anySatisfy(line -> assertThat(line)
                        .matches("yoga +1\\.2\\.0 +Yoga for backs +Example Studio +\\Q"
                                + home.resolve("plugins/yoga.jar") + "\\E"));
        Shell.Result techniques = shell.unknot("techniques", "--pillar", "stretching");
        assertThat(techniques.outLines())
                .anySatisfy(line -> assertThat(line.split(" {2,}"))
                        .containsExactly("yoga/downward-dog", "Downward dog", "stretching", "hold 20–40 s"));
    }

    @Test
    void aBrokenJarIsListedAsFailedWhileEveryOtherPluginLoads() {
        Path broken = PluginJars.garbage(home.resolve("plugins/broken.jar"));
        yogaPlugin().writeTo(home.resolve("plugins/yoga.jar"));

        Shell.Result result = shell.unknot("plugins");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        List<String> lines = result.outLines();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("stretching "));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("yoga "));
        int failed = lines.indexOf("Failed plugins (1)");
        assertThat(failed).isPositive();
        assertThat(lines.get(failed + 1))
                .isEqualTo("SOURCE" + " ".repeat(broken.toString().length() - 4) + "REASON");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(broken + "  not a readable jar"));
        assertThat(shell.unknot("technique", "yoga/downward-dog").exitCode()).isZero();
    }

    @Test
    void unknotPluginsDirChoosesAnotherPluginDirectory(@TempDir Path elsewhere) {
        yogaPlugin().writeTo(elsewhere.resolve("yoga.jar"));

        Shell.Result result =
                shell.with("UNKNOT_PLUGINS_DIR", elsewhere.toString()).unknot("plugins");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).startsWith("yoga "));
        assertThat(result.outLines()).endsWith("Plugin directory: " + elsewhere);
    }

    @Test
    void jsonListsLoadedAndFailedPlugins() {
        Path broken = PluginJars.garbage(home.resolve("plugins/broken.jar"));
        yogaPlugin().writeTo(home.resolve("plugins/yoga.jar"));

        Shell.Result result = shell.unknot("plugins", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode document = result.json();
        assertThat(fieldNames(document)).containsExactly("pluginDirectory", "plugins", "failed");
        assertThat(document.get("pluginDirectory").getStringValue())
                .isEqualTo(home.resolve("plugins").toString());
        assertThat(strings(document.get("plugins"), "id")).contains("stretching", "yoga");
        JsonNode yoga = find(document.get("plugins"), "yoga");
        assertThat(fieldNames(yoga))
                .containsExactly(
                        "id", "name", "version", "author", "spiVersion", "source", "provides", "health", "reason");
        assertThat(yoga.get("health").getStringValue()).isEqualTo("ok");
        assertThat(yoga.get("reason").isNull()).isTrue();
        assertThat(yoga.get("name").getStringValue()).isEqualTo("Yoga for backs");
        assertThat(yoga.get("version").getStringValue()).isEqualTo("1.2.0");
        assertThat(yoga.get("author").getStringValue()).isEqualTo("Example Studio");
        assertThat(yoga.get("spiVersion").getStringValue()).isEqualTo("1.1");
        assertThat(yoga.get("source").getStringValue())
                .isEqualTo(home.resolve("plugins/yoga.jar").toString());
        assertThat(fieldNames(yoga.get("provides")))
                .containsExactly("pillars", "techniques", "routines", "habitTemplates");
        assertThat(yoga.get("provides").get("techniques").getIntValue()).isEqualTo(1);
        assertThat(yoga.get("provides").get("pillars").getIntValue()).isZero();

        JsonNode failed = document.get("failed");
        assertThat(failed.size()).isEqualTo(1);
        assertThat(fieldNames(failed.get(0))).containsExactly("source", "pluginId", "reason", "problems");
        assertThat(failed.get(0).get("source").getStringValue()).isEqualTo(broken.toString());
        assertThat(failed.get(0).get("pluginId").isNull()).isTrue();
        assertThat(failed.get(0).get("reason").getStringValue()).startsWith("not a readable jar");
        assertThat(strings(failed.get(0).get("problems")))
                .singleElement()
                .isEqualTo(failed.get(0).get("reason").getStringValue());
    }

    @Test
    void jsonHasAnEmptyFailedListWhenAllLoad() {
        JsonNode document = shell.unknot("plugins", "--json").json();

        assertThat(document.get("failed").isArray()).isTrue();
        assertThat(document.get("failed").size()).isZero();
    }

    @Test
    void aFailedPluginIsListedWithEveryProblemOneALine() {
        Path careless = SamplePlugins.careless().writeTo(home.resolve("plugins/careless.jar"));

        Shell.Result result = shell.unknot("plugins");

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.outLines();
        int failed = lines.indexOf("Failed plugins (1)");
        assertThat(failed).isPositive();
        String indent = " ".repeat(careless.toString().length() + 2);
        assertThat(lines.subList(failed + 2, failed + 6))
                .containsExactly(
                        careless + "  id 'yoga/borrowed-name' must start with the plugin id 'careless/'",
                        indent + "technique 'careless/marathon-hold' has a hold longer than 5 min (15 min)",
                        indent + "technique 'careless/lost' has more than 50 reps in a set (80)",
                        indent + "technique 'careless/lost' is in pillar 'floating', which no loaded plugin provides");
        assertThat(result.out()).doesNotContain("more)");
        JsonNode problems =
                shell.unknot("plugins", "--json").json().get("failed").get(0).get("problems");
        assertThat(problems.size()).isEqualTo(4);
    }

    @Test
    void checkExitsOneWhenAnyPluginFailedAndZeroWhenAllLoaded() {
        yogaPlugin().writeTo(home.resolve("plugins/yoga.jar"));

        assertThat(shell.unknot("plugins", "--check").exitCode()).isZero();
        assertThat(shell.unknot("plugins", "--check", "--json").exitCode()).isZero();

        PluginJars.garbage(home.resolve("plugins/broken.jar"));

        Shell.Result result = shell.unknot("plugins", "--check");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("Failed plugins (1)");
        assertThat(result.err()).isEmpty();
        assertThat(shell.unknot("plugins", "--check", "--json").exitCode()).isEqualTo(1);
        assertThat(shell.unknot("plugins").exitCode()).isZero();
    }

    @Test
    void aPluginWhoseAdviceRuleThrowsIsDegradedWithOneWarningLine() {
        SamplePlugins.grumpy().writeTo(home.resolve("plugins/grumpy.jar"));

        Shell.Result result;
        try (AdviceLog log = new AdviceLog()) {
            result = shell.unknot("plugins");

            assertThat(log.at(Level.WARN, "grumpy")).singleElement().satisfies(warning -> {
                assertThat(warning.getFormattedMessage())
                        .isEqualTo("Plugin grumpy is degraded: advice rule 'grumpy/broken' failed:"
                                + " IllegalStateException: grumpy today; its rule is skipped, everything else still"
                                + " works (the stack trace is logged at debug level, or with --verbose)");
                assertThat(warning.getThrowableProxy()).isNull();
            });
            assertThat(log.at(Level.DEBUG, "grumpy"))
                    .as("no stack trace without --verbose")
                    .isEmpty();
        }

        assertThat(result.exitCode()).isZero();
        List<String> lines = result.outLines();
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("grumpy "));
        int degraded = lines.indexOf("Degraded plugins (1)");
        assertThat(degraded).isPositive();
        assertThat(lines.get(degraded + 1)).matches("ID +REASON");
        assertThat(lines.get(degraded + 2))
                .isEqualTo("grumpy  advice rule 'grumpy/broken' failed: IllegalStateException: grumpy today");
        assertThat(shell.unknot("plugins", "--check").exitCode()).isZero();
    }

    @Test
    void verboseShowsTheStackTraceOfTheRuleThatThrows() {
        SamplePlugins.grumpy().writeTo(home.resolve("plugins/grumpy.jar"));

        try (AdviceLog log = new AdviceLog()) {
            assertThat(shell.unknot("plugins", "--verbose").exitCode()).isZero();

            assertThat(log.at(Level.WARN, "grumpy")).hasSize(1);
            assertThat(log.at(Level.DEBUG, "grumpy"))
                    .singleElement()
                    .satisfies(debug ->
                            assertThat(debug.getThrowableProxy().getMessage()).isEqualTo("grumpy today"));
        }
    }

    @Test
    void jsonSaysWhichPluginIsDegradedAndWhy() {
        SamplePlugins.grumpy().writeTo(home.resolve("plugins/grumpy.jar"));

        JsonNode plugins = shell.unknot("plugins", "--json").json().get("plugins");

        JsonNode grumpy = find(plugins, "grumpy");
        assertThat(grumpy.get("health").getStringValue()).isEqualTo("degraded");
        assertThat(grumpy.get("reason").getStringValue())
                .isEqualTo("advice rule 'grumpy/broken' failed: IllegalStateException: grumpy today");
        assertThat(find(plugins, "stretching").get("health").getStringValue()).isEqualTo("ok");
    }

    @Test
    void goodToKnowAdviceIsPrintedAfterACheckInAndADegradedPluginWarnsInOneLine() {
        SamplePlugins.grumpy().writeTo(home.resolve("plugins/grumpy.jar"));
        assertThat(shell.unknot("habit", "add", "grumpy/shrug").exitCode()).isZero();

        try (AdviceLog log = new AdviceLog()) {
            Shell.Result result = shell.unknot("checkin", "1");

            assertThat(result.exitCode()).isZero();
            assertThat(result.outLines()).containsSubsequence("Good to know: Shrug it off", "  Drop your shoulders.");
            assertThat(log.at(Level.WARN, "grumpy"))
                    .singleElement()
                    .satisfies(
                            warning -> assertThat(warning.getThrowableProxy()).isNull());
        }
        JsonNode advice = shell.unknot("checkin", "1", "--json").json().get("advice");
        assertThat(strings(advice, "severity")).containsExactly("info");
    }

    private static PluginJars yogaPlugin() {
        return SamplePlugins.yoga();
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
