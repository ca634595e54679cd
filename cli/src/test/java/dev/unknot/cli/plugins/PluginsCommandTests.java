package dev.unknot.cli.plugins;

import static dev.unknot.cli.Shell.fieldNames;
import static dev.unknot.cli.Shell.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import dev.unknot.core.testing.PluginJars;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsCommandTests {

    private static final String YOGA_PLUGIN = """
            package org.example.yoga;

            import dev.unknot.core.library.BodyArea;
            import dev.unknot.core.library.Dose;
            import dev.unknot.core.library.Technique;
            import dev.unknot.core.spi.PluginDescriptor;
            import dev.unknot.core.spi.TechniquePlugin;
            import java.util.List;

            public final class YogaPlugin implements TechniquePlugin {
                @Override
                public PluginDescriptor descriptor() {
                    return PluginDescriptor.of("yoga", "Yoga for backs", "1.2.0", "Example Studio");
                }

                @Override
                public List<Technique> techniques() {
                    return List.of(Technique.builder("yoga/downward-dog")
                            .name("Downward dog")
                            .pillar("stretching")
                            .summary("An upside-down V that lengthens the whole back line.")
                            .steps("Start on hands and knees.", "Lift your hips up and back.")
                            .dose(Dose.hold(20, 40))
                            .bodyAreas(BodyArea.SPINE, BodyArea.LEGS)
                            .build());
                }
            }
            """;

    @TempDir
    Path home;

    private Shell shell;

    @BeforeEach
    void setUp() {
        shell = Shell.withHome(home);
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
                .containsExactly("id", "name", "version", "author", "spiVersion", "source", "provides");
        assertThat(yoga.get("name").getStringValue()).isEqualTo("Yoga for backs");
        assertThat(yoga.get("version").getStringValue()).isEqualTo("1.2.0");
        assertThat(yoga.get("author").getStringValue()).isEqualTo("Example Studio");
        assertThat(yoga.get("spiVersion").getStringValue()).isEqualTo("1.0");
        assertThat(yoga.get("source").getStringValue())
                .isEqualTo(home.resolve("plugins/yoga.jar").toString());
        assertThat(fieldNames(yoga.get("provides")))
                .containsExactly("pillars", "techniques", "routines", "habitTemplates");
        assertThat(yoga.get("provides").get("techniques").getIntValue()).isEqualTo(1);
        assertThat(yoga.get("provides").get("pillars").getIntValue()).isZero();

        JsonNode failed = document.get("failed");
        assertThat(failed.size()).isEqualTo(1);
        assertThat(fieldNames(failed.get(0))).containsExactly("source", "pluginId", "reason");
        assertThat(failed.get(0).get("source").getStringValue()).isEqualTo(broken.toString());
        assertThat(failed.get(0).get("pluginId").isNull()).isTrue();
        assertThat(failed.get(0).get("reason").getStringValue()).startsWith("not a readable jar");
    }

    @Test
    void jsonHasAnEmptyFailedListWhenAllLoad() {
        JsonNode document = shell.unknot("plugins", "--json").json();

        assertThat(document.get("failed").isArray()).isTrue();
        assertThat(document.get("failed").size()).isZero();
    }

    private static PluginJars yogaPlugin() {
        return PluginJars.builder()
                .source("org.example.yoga.YogaPlugin", YOGA_PLUGIN)
                .provider("org.example.yoga.YogaPlugin");
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
