package dev.unknot.cli.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of malformed command lines ({@code malformed-arguments.txt}): numbers of the wrong kind
 * or far out of range, days far away, text that breaks storage or terminals, unknown options.
 * Each exits 2 with one clear line on standard error, no stack trace, and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedArgumentsTests {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    private Path home;
    private Shell shell;

    @BeforeAll
    void aHomeWithTwoHabitsAndACheckIn() throws IOException {
        home = Files.createTempDirectory("unknot-malformed");
        shell = Shell.withHome(home);
        for (String[] setUp : new String[][] {
            {"settings", "--time-zone", "UTC"},
            {"habit", "add", "Stretch"},
            {"habit", "add", "Water", "--target", "8", "--unit", "glasses"},
            {"checkin", "stretch", "--before", "6", "--after", "3", "--note", "fine"},
        }) {
            Shell.Result result = shell.unknot(setUp);
            assertThat(result.exitCode()).as(result.toString()).isZero();
        }
    }

    @AfterAll
    void removeTheHome() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }

    static List<List<String>> corpus() {
        try (InputStream in = MalformedArgumentsTests.class.getResourceAsStream("malformed-arguments.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(MalformedArgumentsTests::arguments)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> arguments(String line) {
        try {
            return JSON.readValue(line, Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON array of strings: " + line, e);
        }
    }

    @Test
    void theCorpusHoldsAtLeastFiftyCases() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("corpus")
    void exitsTwoWithOneClearLineAndChangesNothing(List<String> arguments) {
        String before = exported();

        Shell.Result result = shell.unknot(arguments.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines()).as(result.toString()).hasSize(1);
        assertThat(result.err())
                .as(result.toString())
                .startsWith("unknot: ")
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContainPattern("[\\p{Cntrl}\u0080-\u009f&&[^\n]]");
        assertThat(result.err().strip().length()).as(result.toString()).isLessThan(400);
        assertThat(exported()).as("the export after " + arguments).isEqualTo(before);
    }

    private String exported() {
        Shell.Result result = shell.unknot("export");
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.out();
    }
}
