package dev.unknot.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import dev.unknot.cli.UnknotCli;
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

    /**
     * The script in bash itself, against a real {@code unknot} process on this home: habit names
     * and library ids come from {@code unknot candidates}, the rest from Picocli's function.
     */
    @Test
    void bashCompletesHabitNamesAndRoutineAndTechniqueIds() throws Exception {
        Path home = dir.resolve("home");
        Shell shell = Shell.withHome(home);
        shell.unknot("habit", "add", "stretching/childs-pose");
        shell.unknot("habit", "add", "Drink water", "--target", "8", "--unit", "glasses");
        shell.unknot("habit", "add", "Walk");
        shell.unknot("habit", "archive", "walk");
        Path script = Files.writeString(
                dir.resolve("completion.bash"),
                shell.unknot("completion", "bash").out());
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path unknot = Files.writeString(
                bin.resolve("unknot"),
                "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                        + System.getProperty("java.class.path") + "' " + UnknotCli.class.getName() + " \"$@\"\n");
        unknot.toFile().setExecutable(true);

        String completed = bash(home, bin, """
                source "$1"
                complete -p unknot
                try() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
                        _unknot_complete unknot "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
                        echo "$*:"; printf '  [%s]\\n' "${COMPREPLY[@]}"; }
                try unknot checkin ch
                try unknot checkin ''
                try unknot habit restore ''
                try unknot routine run stretching/fo
                try unknot technique stretching/child
                try unknot habit ed
                try unknot checkin child --before ''
                """, script);

        assertThat(completed)
                .containsPattern("complete .*-F _unknot_complete .*unknot")
                .contains("unknot checkin ch:\n  [Child\\'s\\ pose]\n")
                .contains("unknot checkin :\n  [Child\\'s\\ pose]\n  [Drink\\ water]\n")
                .contains("unknot habit restore :\n  [Walk]\n")
                .contains("unknot routine run stretching/fo:\n  [stretching/four-stretch-release]\n")
                .contains("unknot technique stretching/child:\n  [stretching/childs-pose]\n")
                .contains("unknot habit ed:\n  [edit]\n")
                .contains("unknot checkin child --before :\n  []\n");
    }

    private static String bash(Path home, Path bin, String commands, Path script) throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder("bash", "-c", commands, "bash", script.toString()).redirectErrorStream(true);
        builder.environment().put("UNKNOT_HOME", home.toString());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}
