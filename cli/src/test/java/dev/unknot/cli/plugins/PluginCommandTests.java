package dev.unknot.cli.plugins;

import static dev.unknot.cli.Shell.fieldNames;
import static dev.unknot.cli.Shell.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import dev.unknot.core.testing.PluginJars;
import dev.unknot.core.testing.SamplePlugins;
import io.micronaut.json.tree.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unknot plugin check} and {@code unknot plugin install}, end to end, with jars built here. */
class PluginCommandTests {

    @TempDir
    static Path built;

    static Path yoga;
    static Path careless;

    @TempDir
    Path home;

    private Shell shell;

    @BeforeAll
    static void buildJars() {
        yoga = SamplePlugins.yoga().writeTo(built.resolve("yoga.jar"));
        careless = SamplePlugins.careless().writeTo(built.resolve("careless.jar"));
    }

    @BeforeEach
    void setUp() {
        // Wide enough that a problem and its jar's path are one line, as the assertions read them.
        shell = Shell.withHome(home).with("COLUMNS", "250");
    }

    @Test
    void checkPassesAGoodJarAndSaysWhatWouldLoad() {
        Shell.Result result = shell.unknot("plugin", "check", yoga.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.outLines())
                .containsExactly(
                        yoga + " passes: it would load beside the installed plugins.",
                        "",
                        "Would load (1)",
                        "ID    VERSION  NAME            PROVIDES",
                        "yoga  1.2.0    Yoga for backs  0 pillars · 1 technique · 0 routines · 0 habit templates");
        assertThat(home.resolve("plugins/yoga.jar")).doesNotExist();
    }

    @Test
    void checkListsEveryProblemAndExitsOne() {
        Shell.Result result = shell.unknot("plugin", "check", careless.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines())
                .containsExactly(
                        careless + " would fail to load.",
                        "",
                        "Problems (4)",
                        "PLUGIN    PROBLEM",
                        "careless  id 'yoga/borrowed-name' must start with the plugin id 'careless/'",
                        "          technique 'careless/marathon-hold' has a hold longer than 5 min (15 min)",
                        "          technique 'careless/lost' has more than 50 reps in a set (80)",
                        "          technique 'careless/lost' is in pillar 'floating', which no loaded plugin provides");
    }

    @Test
    void checkJudgesAJarAgainstTheInstalledPlugins() {
        SamplePlugins.yoga().writeTo(home.resolve("plugins/a-yoga.jar"));

        Shell.Result result = shell.unknot("plugin", "check", yoga.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains("yoga    plugin id 'yoga' is already loaded from " + home.resolve("plugins/a-yoga.jar"));
    }

    @Test
    void checkOfAFileThatIsNoJarFailsAndOfAMissingOneIsBadUsage() {
        Path garbage = PluginJars.garbage(built.resolve("garbage.jar"));

        Shell.Result broken = shell.unknot("plugin", "check", garbage.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).contains("(the file)  not a readable jar");

        Shell.Result missing =
                shell.unknot("plugin", "check", built.resolve("nowhere.jar").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.errLines())
                .containsExactly(
                        "unknot: no plugin file at " + built.resolve("nowhere.jar") + ": the file does not exist");
    }

    @Test
    void checkJsonListsEveryProblem() {
        Shell.Result result = shell.unknot("plugin", "check", careless.toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode document = result.json();
        assertThat(fieldNames(document)).containsExactly("source", "passes", "plugins", "failed", "installedAs");
        assertThat(document.get("passes").getBooleanValue()).isFalse();
        assertThat(document.get("installedAs").isNull()).isTrue();
        assertThat(document.get("failed").size()).isEqualTo(1);
        assertThat(strings(document.get("failed").get(0).get("problems"))).hasSize(4);
        assertThat(document.get("failed").get(0).get("reason").getStringValue()).doesNotContain("more)");

        JsonNode good =
                shell.unknot("plugin", "check", yoga.toString(), "--json").json();
        assertThat(good.get("passes").getBooleanValue()).isTrue();
        assertThat(strings(good.get("plugins"), "id")).containsExactly("yoga");
    }

    @Test
    void installCopiesAGoodJarIntoThePluginDirectoryWhereTheNextRunFindsIt() {
        Shell.Result result = shell.unknot("plugin", "install", yoga.toString());

        assertThat(result.exitCode()).isZero();
        Path installed = home.resolve("plugins/yoga.jar");
        assertThat(installed).hasSameBinaryContentAs(yoga);
        assertThat(result.outLines())
                .endsWith(
                        "Installed as " + installed + ".",
                        "It loads the next time Unknot starts: restart a running web server.");
        assertThat(shell.unknot("plugins").outLines())
                .anySatisfy(line -> assertThat(line).startsWith("yoga "));
        assertThat(shell.unknot("technique", "yoga/downward-dog").exitCode()).isZero();

        Shell.Result again = shell.unknot("plugin", "install", yoga.toString(), "--json");
        assertThat(again.exitCode())
                .as("installing the same jar again replaces it")
                .isZero();
        assertThat(again.json().get("installedAs").getStringValue()).isEqualTo(installed.toString());
    }

    @Test
    void installOfABrokenJarCopiesNothingAndExitsOne() {
        Shell.Result result = shell.unknot("plugin", "install", careless.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).contains("Problems (4)").endsWith("", "Nothing was installed.");
        assertThat(home.resolve("plugins/careless.jar")).doesNotExist();
        assertThat(shell.unknot("plugin", "install", careless.toString(), "--json")
                        .exitCode())
                .isEqualTo(1);
    }

    @Test
    void installIntoTheDirectoryUnknotPluginsDirNames(@TempDir Path elsewhere) {
        Shell.Result result =
                shell.with("UNKNOT_PLUGINS_DIR", elsewhere.toString()).unknot("plugin", "install", yoga.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(elsewhere.resolve("yoga.jar")).exists();
    }

    @Test
    void pluginWithoutASubcommandIsBadUsage() {
        Shell.Result result = shell.unknot("plugin");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("missing subcommand: check or install");
    }
}
