package dev.unknot.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicronautServiceIndexTests {

    @TempDir
    Path dir;

    private Path file;
    private List<String> classPath;
    private final Map<String, Set<String>> services = new LinkedHashMap<>();

    @BeforeEach
    void classPath() throws IOException {
        file = dir.resolve("unknot-cli.services");
        classPath = List.of(
                Files.writeString(dir.resolve("a.jar"), "a").toString(),
                Files.writeString(dir.resolve("b.jar"), "bb").toString());
        services.put("io.micronaut.inject.BeanDefinitionReference", Set.of("x.$A$Definition", "y.$B$Definition"));
        services.put("io.micronaut.core.beans.BeanIntrospectionReference", Set.of("x.$A$Introspection"));
    }

    @Test
    void theServicesComeBackForTheSameClassPath() {
        MicronautServiceIndex.write(file, classPath, services);

        assertThat(MicronautServiceIndex.read(file, classPath)).contains(services);
    }

    @Test
    void aRebuiltJarMakesTheFileStale() throws IOException {
        MicronautServiceIndex.write(file, classPath, services);
        Path jar = Path.of(classPath.get(1));

        Files.setLastModifiedTime(
                jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        assertThat(MicronautServiceIndex.read(file, classPath)).as("touched").isEmpty();

        MicronautServiceIndex.write(file, classPath, services);
        FileTime written = Files.getLastModifiedTime(jar);
        Files.writeString(jar, "bbb");
        Files.setLastModifiedTime(jar, written);
        assertThat(MicronautServiceIndex.read(file, classPath))
                .as("same time, other size")
                .isEmpty();
    }

    @Test
    void anotherClassPathMakesTheFileStale() throws IOException {
        MicronautServiceIndex.write(file, classPath, services);
        String extra = Files.writeString(dir.resolve("c.jar"), "c").toString();

        assertThat(MicronautServiceIndex.read(file, List.of(classPath.get(0), extra, classPath.get(1))))
                .isEmpty();
        assertThat(MicronautServiceIndex.read(file, List.of(classPath.get(0)))).isEmpty();
        assertThat(MicronautServiceIndex.read(file, List.of(classPath.get(1), classPath.get(0))))
                .isEmpty();
    }

    @Test
    void aDirectoryOnTheClassPathIsNeverRemembered() throws IOException {
        List<String> withClasses = List.of(
                classPath.get(0),
                Files.createDirectories(dir.resolve("classes")).toString());

        MicronautServiceIndex.write(file, withClasses, services);

        assertThat(file).doesNotExist();
        assertThat(MicronautServiceIndex.read(file, withClasses)).isEmpty();
    }

    @Test
    void aJarsServiceFilesAreReadAsServiceLoaderReadsThem() throws IOException {
        Path jar = dir.resolve("services.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/"));
            out.putNextEntry(new JarEntry("META-INF/services/com.example.Plugin"));
            out.write("# plugins\ncom.example.First\n\n  com.example.Second # the other one\n".getBytes(UTF_8));
            out.putNextEntry(new JarEntry("META-INF/services/nested/not.a.Service"));
            out.write("com.example.Nested\n".getBytes(UTF_8));
            out.putNextEntry(new JarEntry("com/example/First.class"));
        }

        assertThat(MicronautServiceIndex.standardServices(jar))
                .containsExactly(Map.entry("com.example.Plugin", Set.of("com.example.First", "com.example.Second")));
    }

    @Test
    void theScanFindsBothKindsOfServiceOnTheRealClassPath() throws IOException {
        List<String> realClassPath =
                List.of(System.getProperty("java.class.path").split(File.pathSeparator));

        Map<String, Set<String>> found = MicronautServiceIndex.scan(getClass().getClassLoader(), realClassPath);

        assertThat(found.get("io.micronaut.inject.BeanDefinitionReference"))
                .as("META-INF/micronaut entries")
                .isNotEmpty();
        assertThat(found.get("java.sql.Driver")).as("META-INF/services files").contains("org.h2.Driver");
    }

    @Test
    void aMissingOrDamagedFileIsNoIndex() throws IOException {
        assertThat(MicronautServiceIndex.read(file, classPath)).isEmpty();

        Files.writeString(file, "not an index\n");
        assertThat(MicronautServiceIndex.read(file, classPath)).isEmpty();

        MicronautServiceIndex.write(file, classPath, services);
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, 2));
        assertThat(MicronautServiceIndex.read(file, classPath)).as("cut short").isEmpty();
    }
}
