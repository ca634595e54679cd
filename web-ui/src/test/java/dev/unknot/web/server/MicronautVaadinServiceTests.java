package dev.unknot.web.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicronautVaadinServiceTests {

    @TempDir
    Path directory;

    @Test
    void resourceInsideAJarExists() throws IOException {
        Path jar = jarWith("webapp/icons/unknot.svg");

        assertThat(MicronautVaadinService.exists(new URL("jar:" + jar.toUri() + "!/webapp/icons/unknot.svg")))
                .isTrue();
    }

    @Test
    void missingResourceInsideAJarDoesNotExist() throws IOException {
        Path jar = jarWith("webapp/icons/unknot.svg");

        assertThat(MicronautVaadinService.exists(new URL("jar:" + jar.toUri() + "!/webapp/missing.svg")))
                .isFalse();
    }

    @Test
    void fileExistsButADirectoryOrMissingFileDoesNot() throws IOException {
        Path file = Files.writeString(directory.resolve("robots.txt"), "User-agent: *");

        assertThat(MicronautVaadinService.exists(file.toUri().toURL())).isTrue();
        assertThat(MicronautVaadinService.exists(directory.toUri().toURL())).isFalse();
        assertThat(MicronautVaadinService.exists(
                        directory.resolve("missing.txt").toUri().toURL()))
                .isFalse();
    }

    private Path jarWith(String entry) throws IOException {
        Path jar = directory.resolve("resources.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            out.write("<svg/>".getBytes());
            out.closeEntry();
        }
        return jar;
    }
}
