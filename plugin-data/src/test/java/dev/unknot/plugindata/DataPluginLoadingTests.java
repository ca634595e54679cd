package dev.unknot.plugindata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.plugin.FailedPlugin;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.plugin.PluginCheck;
import dev.unknot.core.plugin.PluginRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents found in the plugin directory, alone or inside a jar, load through the registry. */
class DataPluginLoadingTests {

    private static final String CORE_CARE = """
            unknot-plugin: 1
            id: core-care
            name: Core care
            version: 1.0.0
            author: Me
            pillars: [{id: core-care, name: Core care, summary: For the trunk.}]
            techniques:
              - {id: dead-bug, name: Dead bug, pillar: core-care, summary: Slow limbs over a still back.,
                 steps: [Lie on your back., Lower one arm and the other leg.], body-areas: [core],
                 dose: {reps: 8, sets: 2}}
            """;

    @TempDir
    Path plugins;

    private final ClassLoader host = DataPluginLoadingTests.class.getClassLoader();

    @Test
    void aDocumentInThePluginDirectoryLoads() throws IOException {
        Files.writeString(plugins.resolve("core-care.yml"), CORE_CARE);

        PluginRegistry registry = PluginRegistry.load(host, Optional.of(plugins));

        assertThat(registry.failures()).isEmpty();
        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("core-care");
        assertThat(registry.library().technique(dev.unknot.core.library.TechniqueId.of("core-care/dead-bug")))
                .isPresent();
        assertThat(PluginRegistry.fileEndings(host)).containsExactly(".jar", ".yaml", ".yml", ".json");
    }

    @Test
    void aJarCarryingADocumentAndNoJavaLoads() throws IOException {
        Path jar = plugins.resolve("core-care.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/unknot/plugin.yaml"));
            out.write(CORE_CARE.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        PluginRegistry registry = PluginRegistry.load(host, Optional.of(plugins));

        assertThat(registry.failures()).isEmpty();
        assertThat(registry.plugins())
                .singleElement()
                .satisfies(
                        plugin -> assertThat(plugin.source()).endsWith("core-care.jar!/META-INF/unknot/plugin.yaml"));
        PluginCheck check = PluginRegistry.check(host, Optional.empty(), jar);
        assertThat(check.passes()).isTrue();
    }

    @Test
    void aBrokenDocumentFailsWithEveryProblemWhileTheOthersLoad() throws IOException {
        Files.writeString(plugins.resolve("core-care.yaml"), CORE_CARE);
        Files.writeString(plugins.resolve("broken.json"), """
                {"unknot-plugin": 1, "id": "broken", "name": "Broken", "version": "1",
                 "pillars": [{"id": "x", "name": "X"}]}
                """);
        try (OutputStream out = Files.newOutputStream(plugins.resolve("latin1.yaml"))) {
            out.write(new byte[] {'i', 'd', ':', ' ', (byte) 0xE9});
        }

        PluginRegistry registry = PluginRegistry.load(host, Optional.of(plugins));

        assertThat(registry.plugins()).extracting(LoadedPlugin::id).containsExactly("core-care");
        assertThat(registry.failures())
                .extracting(FailedPlugin::problems)
                .containsExactly(
                        java.util.List.of(
                                "line 1: needs the field 'author'", "line 2, pillars[0]: needs the field 'summary'"),
                        java.util.List.of("not UTF-8 text"));
    }

    @Test
    void filesOfOtherKindsAreLeftAlone() throws IOException {
        Files.writeString(plugins.resolve("README.txt"), "notes");
        Files.writeString(plugins.resolve(".core-care.yaml.partial"), "half a copy");

        assertThat(PluginRegistry.load(host, Optional.of(plugins)).failures()).isEmpty();
    }
}
