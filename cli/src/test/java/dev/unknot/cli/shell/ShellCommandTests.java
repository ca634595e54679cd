package dev.unknot.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCommandTests {

    @TempDir
    Path dir;

    @Test
    void completionScriptCoversEveryCommand() {
        Shell.Result result = Shell.withHome(dir).unknot("completion", "bash");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("complete -F _complete_unknot")
                .contains("checkin")
                .contains("habit")
                .contains("--before")
                .contains("routine");
        assertThat(Shell.withHome(dir).unknot("completion", "fish").exitCode()).isEqualTo(2);
    }

    @Test
    void installLinksTheLauncherIntoABinDirectory() throws Exception {
        Path launcher = Files.writeString(dir.resolve("unknot-launcher"), "#!/bin/sh\n");
        Path bin = dir.resolve("bin");
        Shell shell = Shell.withHome(dir.resolve("home"));

        Shell.Result result = shell.unknot("install", "--bin-dir", bin.toString(), "--launcher", launcher.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines().get(0)).isEqualTo("Linked " + bin.resolve("unknot") + " -> " + launcher);
        assertThat(Files.readSymbolicLink(bin.resolve("unknot"))).isEqualTo(launcher);
        assertThat(shell.unknot("install", "--bin-dir", bin.toString(), "--launcher", launcher.toString())
                        .exitCode())
                .as("again: the same link")
                .isZero();
        Files.delete(bin.resolve("unknot"));
        Files.writeString(bin.resolve("unknot"), "someone else's");
        Shell.Result taken = shell.unknot("install", "--bin-dir", bin.toString(), "--launcher", launcher.toString());
        assertThat(taken.exitCode()).isEqualTo(2);
        assertThat(taken.err())
                .isEqualTo("unknot: " + bin.resolve("unknot") + " already exists; add --force to replace it\n");
        assertThat(shell.unknot("install", "--bin-dir", bin.toString(), "--launcher", launcher.toString(), "--force")
                        .exitCode())
                .isZero();
        assertThat(shell.unknot("install", "--bin-dir", bin.toString()).exitCode())
                .isEqualTo(2);
    }
}
