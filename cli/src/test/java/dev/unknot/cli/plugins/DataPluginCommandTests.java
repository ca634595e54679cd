package dev.unknot.cli.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins written as YAML documents, checked, installed and used from the terminal. */
class DataPluginCommandTests {

    static final Path EXAMPLE =
            Path.of("../examples/plugin-data/desk-reset.yaml").toAbsolutePath().normalize();

    @TempDir
    Path home;

    @TempDir
    Path files;

    private Shell shell;

    @BeforeEach
    void setUp() {
        shell = Shell.withHome(home).with("COLUMNS", "250");
    }

    @Test
    void theExampleDocumentPassesInstallsAndItsRoutineIsThere() {
        Shell.Result check = shell.unknot("plugin", "check", EXAMPLE.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("desk-reset  1.0.0    Desk reset");

        Shell.Result install = shell.unknot("plugin", "install", EXAMPLE.toString());
        assertThat(install.exitCode()).as(install.out() + install.err()).isZero();
        assertThat(home.resolve("plugins/desk-reset.yaml")).hasSameTextualContentAs(EXAMPLE);

        Shell.Result routine = shell.unknot("routines");
        assertThat(routine.exitCode()).as(routine.err()).isZero();
        assertThat(routine.out()).contains("desk-reset/two-minute-reset", "Two-minute desk reset");
        assertThat(shell.unknot("plugins", "--check").exitCode()).isZero();
    }

    @Test
    void aBrokenDocumentIsRefusedWithEveryProblemByLineAndNothingIsInstalled() throws IOException {
        Path broken = Files.writeString(files.resolve("broken.yaml"), """
                unknot-plugin: 1
                id: broken
                name: Broken
                version: 1.0.0
                author: Me
                techniques:
                  - id: a
                    name: A
                    pillar: stretching
                    summary: S
                    steps: [Do it.]
                    body-areas: [elbows]
                    dose: {hold: 900}
                """);

        Shell.Result install = shell.unknot("plugin", "install", broken.toString());

        assertThat(install.exitCode()).isEqualTo(1);
        assertThat(install.out())
                .contains("line 12, techniques[0].body-areas[0]: is not one of neck,")
                .doesNotContain("more)");
        assertThat(home.resolve("plugins/broken.yaml")).doesNotExist();
    }

    @Test
    void aDocumentInThePluginDirectoryThatBreaksTheRulesIsListedAsFailedAndTheOthersLoad() throws IOException {
        Files.createDirectories(home.resolve("plugins"));
        Files.writeString(home.resolve("plugins/insane.yaml"), """
                unknot-plugin: 1
                id: insane
                name: Insane
                version: 1.0.0
                author: Me
                techniques:
                  - {id: a, name: A, pillar: stretching, summary: S, steps: [x], body-areas: [core], dose: {hold: 900}}
                """);

        Shell.Result plugins = shell.unknot("plugins", "--check");

        assertThat(plugins.exitCode()).isEqualTo(1);
        assertThat(plugins.out()).contains("stretching", "insane", "a hold longer than 5 min");
    }

    @Test
    void aFileOfAnotherKindIsBadUsage() throws IOException {
        Path text = Files.writeString(files.resolve("notes.txt"), "hello");

        Shell.Result result = shell.unknot("plugin", "check", text.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("a plugin is a file named *.jar, *.yaml, *.yml, *.json");
    }
}
