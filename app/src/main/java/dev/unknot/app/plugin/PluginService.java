package dev.unknot.app.plugin;

import dev.unknot.app.UnknotPaths;
import dev.unknot.app.advice.AdviceRules;
import dev.unknot.app.advice.PluginHealth;
import dev.unknot.core.plugin.PluginCheck;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.wire.error.InvalidInputException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plugins Unknot runs and their health, and the checks an author or an administrator runs on
 * a plugin jar before it goes into the plugin directory: the same rules as loading, from
 * {@link PluginRegistry#check}.
 */
@Singleton
public class PluginService {

    private final PluginRegistry registry;
    private final UnknotPaths paths;
    private final PluginHealth health;
    private final AdviceRules advice;

    PluginService(PluginRegistry registry, UnknotPaths paths, PluginHealth health, AdviceRules advice) {
        this.registry = registry;
        this.paths = paths;
        this.health = health;
        this.advice = advice;
    }

    /**
     * The plugins and their health: degraded are those whose advice rules failed in this process,
     * or fail over the history of someone who has just begun (each rule is tried so once per
     * process, as a command line lives for one command). Opens no database.
     */
    public PluginOverview plugins() {
        advice.tryOnce();
        return new PluginOverview(paths.pluginsDir(), registry.plugins(), registry.failures(), health.degraded());
    }

    /**
     * Whether the plugin jar {@code jar} would load beside the installed plugins, with every
     * problem it has.
     *
     * @throws InvalidInputException when {@code jar} is not a plugin jar or data plugin file
     */
    public PluginCheck check(Path jar) {
        requirePluginFile(jar);
        return PluginRegistry.check(PluginService.class.getClassLoader(), Optional.of(paths.pluginsDir()), jar);
    }

    /**
     * Checks {@code jar} and, when it passes, copies it into the plugin directory under its own
     * file name, replacing a jar of that name. The copy appears there whole or not at all. The
     * plugin runs from the next start of Unknot.
     *
     * @throws InvalidInputException when {@code jar} is not a plugin jar or data plugin file
     */
    public Installed install(Path jar) {
        PluginCheck check = check(jar);
        if (!check.passes()) {
            return new Installed(check, Optional.empty());
        }
        Path source = jar.toAbsolutePath().normalize();
        Path directory = paths.pluginsDir().toAbsolutePath().normalize();
        Path target = directory.resolve(source.getFileName().toString());
        try {
            Files.createDirectories(directory);
            if (!Files.exists(target) || !Files.isSameFile(source, target)) {
                // Not named *.jar, so no Unknot starting meanwhile reads a half-copied plugin.
                Path partial = directory.resolve("." + target.getFileName() + ".partial");
                Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
                move(partial, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " into " + directory + ": " + e.getMessage(), e);
        }
        return new Installed(check, Optional.of(target));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void requirePluginFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("jar", "no plugin file at " + file + ": the file does not exist");
        }
        List<String> endings = PluginRegistry.fileEndings(PluginService.class.getClassLoader());
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (endings.stream().noneMatch(name::endsWith)) {
            throw new InvalidInputException(
                    "jar",
                    "a plugin is a file named "
                            + endings.stream().map(ending -> "*" + ending).collect(Collectors.joining(", "))
                            + ", and Unknot reads no other; " + file + " is not");
        }
    }
}
