package dev.unknot.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.UnknotPaths;
import dev.unknot.app.testing.AppTest;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.testing.PluginJars;
import dev.unknot.wire.error.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class PluginServiceTests extends AppTest {

    @TempDir
    Path built;

    PluginService plugins() {
        return bean(PluginService.class);
    }

    Path pluginsDir() {
        return bean(UnknotPaths.class).pluginsDir();
    }

    @Test
    void installCopiesAJarThatPassesItsCheckIntoThePluginDirectory() {
        Path jar = plugin("tidy", "Dose.hold(20, 30)").writeTo(built.resolve("tidy.jar"));

        Installed installed = plugins().install(jar);

        assertThat(installed.check().passes()).isTrue();
        assertThat(installed.check().passed()).extracting(LoadedPlugin::id).containsExactly("tidy");
        assertThat(installed.installedAs())
                .contains(pluginsDir().toAbsolutePath().resolve("tidy.jar"));
        assertThat(pluginsDir().resolve("tidy.jar")).hasSameBinaryContentAs(jar);
        assertThat(pluginsDir()).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void installCopiesNothingWhenTheCheckFindsProblemsAndListsEveryOne() {
        Path jar = plugin("careless", "Dose.reps(80, 20)").writeTo(built.resolve("careless.jar"));

        Installed installed = plugins().install(jar);

        assertThat(installed.installedAs()).isEmpty();
        assertThat(pluginsDir().resolve("careless.jar")).doesNotExist();
        assertThat(installed.check().failed())
                .singleElement()
                .satisfies(failure -> assertThat(failure.problems())
                        .containsExactly(
                                "id 'elsewhere/stretch' must start with the plugin id 'careless/'",
                                "technique 'careless/stretch' has more than 50 reps in a set (80)",
                                "technique 'elsewhere/stretch' has more than 50 reps in a set (80)"));
    }

    @Test
    void aMissingFileOrOneNotNamedJarIsBadInputNamingTheJar() throws Exception {
        Path text = Files.writeString(built.resolve("plugin.zip"), "zip");

        assertThatThrownBy(() -> plugins().check(built.resolve("nowhere.jar")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("jar"))
                .hasMessageContaining("nowhere.jar")
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> plugins().install(text))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("jar"))
                .hasMessageContaining("*.jar");
    }

    @Test
    void listingThePluginsTriesTheAdviceRulesSoThatABrokenRuleShowsItsPluginDegraded() {
        PluginOverview overview = plugins().plugins();

        assertThat(overview.loaded()).extracting(LoadedPlugin::id).contains("testkit");
        assertThat(overview.degraded("testkit"))
                .contains("advice rule 'testkit/broken' failed: IllegalStateException: this rule is broken");
        assertThat(plugins().plugins().degraded()).containsKey("testkit");
        assertThat(overview.pluginsDir()).isEqualTo(pluginsDir());
    }

    /** A plugin with a pillar of its own and two techniques in it, one outside its namespace. */
    private static PluginJars plugin(String id, String dose) {
        String pkg = "test." + id;
        String stray = id.equals("careless") ? ", technique(\"elsewhere/stretch\")" : "";
        return PluginJars.builder()
                .source(pkg + ".Plugin", """
                        package %1$s;

                        import dev.unknot.core.library.*;
                        import dev.unknot.core.spi.*;
                        import java.util.List;

                        public final class Plugin implements TechniquePlugin {
                            @Override
                            public PluginDescriptor descriptor() {
                                return PluginDescriptor.of("%2$s", "Plugin %2$s", "1.0.0", "Unknot tests");
                            }

                            @Override
                            public List<Pillar> pillars() {
                                return List.of(Pillar.of("%2$s", "Pillar %2$s", "Why it helps."));
                            }

                            @Override
                            public List<Technique> techniques() {
                                return List.of(technique("%2$s/stretch")%4$s);
                            }

                            private static Technique technique(String id) {
                                return Technique.builder(id).name("Stretch").pillar("%2$s").summary("Loosens.")
                                        .steps("Reach up.").dose(%3$s).bodyAreas(BodyArea.UPPER_BACK).build();
                            }
                        }
                        """.formatted(pkg, id, dose, stray))
                .provider(pkg + ".Plugin");
    }
}
