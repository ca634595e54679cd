package dev.unknot.cli.shell;

import dev.unknot.cli.Output;
import dev.unknot.cli.UnknotCli;
import dev.unknot.cli.UsageProblem;
import io.micronaut.context.annotation.Prototype;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot install}: links the checkout's {@code ./unknot} launcher into a directory on the
 * PATH, so that {@code unknot} works from anywhere. The launcher follows the link back to the checkout.
 */
@Command(
        name = "install",
        description = {
            "Put 'unknot' on your PATH: a link to this checkout's launcher",
            "in ~/.local/bin (or --bin-dir)."
        })
@Prototype
public final class InstallCommand implements Callable<Integer> {

    /** Set by the {@code ./unknot} launcher to its own path. */
    static final String LAUNCHER_PROPERTY = "unknot.launcher";

    @Spec
    CommandSpec spec;

    @Option(names = "--bin-dir", paramLabel = "DIR", description = "Where to put the link (default ~/.local/bin).")
    Path binDir;

    @Option(names = "--force", description = "Replace an 'unknot' already there.")
    boolean force;

    @Option(names = "--launcher", hidden = true, paramLabel = "FILE", description = "The launcher to link to (tests).")
    Path launcher;

    @Override
    public Integer call() {
        Path target = Optional.ofNullable(launcher)
                .or(() -> Optional.ofNullable(System.getProperty(LAUNCHER_PROPERTY))
                        .map(Path::of))
                .orElseThrow(() -> new UsageProblem(
                        "cannot tell where the launcher is",
                        "run 'install' through the ./unknot script of your checkout"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(target)) {
            throw new UsageProblem(
                    "no launcher at " + target, "run 'install' through the ./unknot script of your checkout");
        }
        Path dir = (binDir == null ? Path.of(System.getProperty("user.home"), ".local", "bin") : binDir)
                .toAbsolutePath()
                .normalize();
        Path link = dir.resolve("unknot");
        try {
            Files.createDirectories(dir);
            if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                boolean same = Files.isSymbolicLink(link)
                        && Files.readSymbolicLink(link).equals(target);
                if (!same && !force) {
                    throw new UsageProblem(link + " already exists", "add --force to replace it");
                }
                Files.delete(link);
            }
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot link " + link + ": " + e.getMessage(), e);
        }
        Output output = Output.of(spec);
        output.line("Linked " + link + " -> " + target);
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        if (Arrays.stream(path.split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().normalize())
                .noneMatch(dir::equals)) {
            output.line("Add it to your PATH, e.g. in ~/.bashrc: export PATH=\"" + dir + ":$PATH\"");
        }
        output.line("Completion: add 'source <(unknot completion bash)' to ~/.bashrc.");
        return UnknotCli.OK;
    }
}
