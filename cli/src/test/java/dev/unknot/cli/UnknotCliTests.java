package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a whole: help, version, bad usage and decorations. */
class UnknotCliTests {

    private static final String ESC = "\u001B[";

    @TempDir
    Path home;

    private Shell shell;

    @BeforeEach
    void setUp() {
        shell = Shell.withHome(home);
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Shell.Result result = shell.unknot("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .startsWith("Usage: unknot")
                .contains("pillars", "techniques", "technique", "routines", "plugins", "admin", "--verbose")
                .contains("Exit codes:", "2   bad usage or bad input");
    }

    @Test
    void subcommandHelpDescribesItsOptions() {
        Shell.Result result = shell.unknot("techniques", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: unknot techniques").contains("--pillar=ID", "--json");
    }

    @Test
    void versionNamesTheBuildAndThePluginSpi() {
        Shell.Result result = shell.unknot("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(3);
        assertThat(result.outLines().get(0)).matches("unknot \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(result.outLines().get(1)).isEqualTo("plugin SPI 1.1");
    }

    @Test
    void withoutACommandItShowsToday() {
        Shell.Result result = shell.unknot();

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Today, ");
    }

    @Test
    void commandsThatNeedNoDataNeverOpenTheDatabase() throws Exception {
        for (String[] args : new String[][] {
            {"pillars"},
            {"techniques", "--json"},
            {"technique", "stretching/cat-cow"},
            {"routines"},
            {"templates"},
            {"plugins"},
            {"--help"},
            {"--version"},
            {"checkin", "--help"},
            {"completion", "bash"}
        }) {
            assertThat(shell.unknot(args).exitCode()).as(String.join(" ", args)).isZero();
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(home)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith("unknot."));
        }
        shell.unknot("habits");
        assertThat(home.resolve("unknot.mv.db")).exists();
    }

    @Test
    void anUnreachableDatabaseExitsWithOneAndOneLine() {
        Shell.Result result = shell.with("UNKNOT_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/nowhere")
                .unknot("habits");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).startsWith("unknot: ").endsWith("(run again with --verbose for details)\n");

        Shell.Result verbose = shell.with("UNKNOT_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/nowhere")
                .unknot("habits", "--verbose");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void anUnknownOptionExitsWithTwoAndOneLine() {
        Shell.Result result = shell.unknot("techniques", "--frob");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines())
                .containsExactly("unknot: unknown option: '--frob'; run 'unknot techniques --help' for usage");
    }

    @Test
    void aMissingParameterExitsWithTwoAndOneLine() {
        Shell.Result result = shell.unknot("technique");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines())
                .containsExactly("unknot: missing required parameter: 'ID'; run 'unknot technique --help' for usage");
    }

    @Test
    void anUnknownCommandSuggestsTheNearestOne() {
        Shell.Result result = shell.unknot("pilars");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines())
                .containsExactly(
                        "unknot: unknown command 'pilars' (did you mean 'pillars'?); run 'unknot --help' for usage");
    }

    @Test
    void anExtraArgumentExitsWithTwo() {
        Shell.Result result = shell.unknot("technique", "stretching/childs-pose", "stretching/cat-cow");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines())
                .containsExactly(
                        "unknot: unexpected argument 'stretching/cat-cow'; run 'unknot technique --help' for usage");
    }

    @Test
    void verboseIsAcceptedBeforeAndAfterTheCommand() {
        assertThat(shell.unknot("--verbose", "pillars").exitCode()).isZero();
        assertThat(shell.unknot("pillars", "--verbose").exitCode()).isZero();
    }

    @Test
    void outputIsPlainWhenNotATerminal() {
        Shell.Result result = shell.unknot("routines");

        assertThat(result.out()).doesNotContain(ESC);
    }

    @Test
    void aTerminalGetsBoldHeadingsAndUnicodeBullets() {
        String out = runOnTerminal(Map.of("UNKNOT_HOME", home.toString()), "technique", "stretching/childs-pose");

        assertThat(out).contains(ESC + "1mChild's pose", "•");
    }

    @Test
    void noColorTurnsDecorationsOffEvenOnATerminal() {
        String out = runOnTerminal(
                Map.of("UNKNOT_HOME", home.toString(), "NO_COLOR", "1"), "technique", "stretching/childs-pose");

        assertThat(out).doesNotContain(ESC, "•").contains("Child's pose", "  - ");
    }

    @Test
    void aDumbTerminalGetsNoDecorations() {
        assertThat(UnknotCli.Terminal.detect(Map.of("TERM", "dumb"), true).decorated())
                .isFalse();
        assertThat(UnknotCli.Terminal.detect(Map.of("NO_COLOR", ""), true).decorated())
                .isTrue();
        assertThat(UnknotCli.Terminal.detect(Map.of(), false).decorated()).isFalse();
    }

    @Test
    void everyHelpLaysTheEnvironmentOutUnderItsNamesWithinTheWidth() {
        for (String[] command : new String[][] {
            {"--help"}, {"checkin", "--help"}, {"habit", "edit", "--help"}, {"stats", "--help"}, {"plan", "--help"}
        }) {
            List<String> lines = shell.unknot(command).outLines();
            List<String> environment = lines.subList(lines.indexOf("Environment:") + 1, lines.size());

            assertThat(environment)
                    .as(String.join(" ", command))
                    .isNotEmpty()
                    .allMatch(line -> line.startsWith("  "), "indented")
                    .anyMatch(line -> line.startsWith("  UNKNOT_SERVER"))
                    .anyMatch(line -> line.matches(" {22}\\S.*"));
            assertThat(lines).allMatch(line -> line.length() <= 80, "within 80 columns");
        }
        List<String> narrow = shell.with("COLUMNS", "60").unknot("--help").outLines();
        assertThat(narrow).allMatch(line -> line.length() <= 60, "within COLUMNS");
        assertThat(narrow.subList(narrow.indexOf("Environment:") + 1, narrow.size()))
                .allMatch(line -> line.startsWith("  "));
    }

    @Test
    void noColorAsAnOptionTurnsDecorationsOffOnATerminal() {
        String out = runOnTerminal(
                Map.of("UNKNOT_HOME", home.toString()), "technique", "stretching/childs-pose", "--no-color");

        assertThat(out).doesNotContain(ESC, "•").contains("Child's pose", "  - ");
    }

    @Test
    void longSentencesWrapBetweenWordsToTheTerminalWidth() {
        List<String> lines = shell.with("COLUMNS", "60")
                .unknot("technique", "stretching/childs-pose")
                .outLines();

        assertThat(lines).allMatch(line -> line.length() <= 60, "within COLUMNS");
        assertThat(String.join("\n", lines)).containsPattern("\n {5}\\S");
    }

    private static String runOnTerminal(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int exitCode = UnknotCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                err,
                environment,
                UnknotCli.Terminal.detect(environment, true));
        assertThat(exitCode).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
