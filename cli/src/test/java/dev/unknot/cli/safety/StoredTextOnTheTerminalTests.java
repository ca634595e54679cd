package dev.unknot.cli.safety;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.cli.Shell;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text stored before such text was refused (a habit name that clears the screen, a note that
 * rings the bell) never reaches the terminal raw: every command prints it visibly escaped, and the
 * only escape sequences on a terminal are the CLI's own styles.
 */
class StoredTextOnTheTerminalTests {

    private static final String EVIL_NAME = "Evil\u001b[2J\u001b[31mred\u0007\u009b1m\r";
    private static final String EVIL_NOTE = "note\u001b]0;title\u0007\u0000end";

    /** The CLI's own styles: bold, faint and reset. */
    /** Bold, faint, reset, and the heat map's green, yellow, red and blue. */
    private static final Pattern OWN_STYLE = Pattern.compile("\u001b\\[(0|1|2|22|21|32|33|31|34)m");

    @TempDir
    Path home;

    Shell shell;

    @BeforeEach
    void aHabitAndACheckInStoredWithControlCharacters() throws Exception {
        shell = Shell.withHome(home);
        assertThat(shell.unknot("settings", "--time-zone", "UTC").exitCode()).isZero();
        assertThat(shell.unknot("habit", "add", "Stretch").exitCode()).isZero();
        assertThat(shell.unknot("checkin", "stretch", "--note", "fine").exitCode())
                .isZero();
        // Written past the application's rules, as an older version could have stored it.
        try (ApplicationContext context = ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .properties(Map.of("unknot.home", home.toString()))
                        .start();
                Connection connection = context.getBean(DataSourceResolver.class)
                        .resolve(context.getBean(DataSource.class))
                        .getConnection()) {
            try (PreparedStatement name = connection.prepareStatement("UPDATE habit SET name = ?")) {
                name.setString(1, EVIL_NAME);
                assertThat(name.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement note = connection.prepareStatement("UPDATE check_in SET note = ?")) {
                note.setString(1, EVIL_NOTE);
                assertThat(note.executeUpdate()).isEqualTo(1);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "today",
                "habits",
                "stats",
                "habit archive 1",
                "checkin 1",
                "checkin --undo",
                "habit skip 1 --day 2030-01-01"
            })
    void noCommandPrintsAControlCharacterOfStoredText(String command) {
        Shell.Result result = shell.unknot(command.split(" "));

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertNoControlCharacters(result.out());
        assertNoControlCharacters(result.err());
        assertThat(result.out()).contains("Evil^[[2J^[[31mred^G\\u009B1m");
    }

    @Test
    void onATerminalOnlyTheClisOwnStylesAreEscapeSequences() {
        for (String command : new String[] {"today", "habits", "stats"}) {
            Shell.Result result = shell.unknotOnTerminal(command);

            assertThat(result.exitCode()).as(result.toString()).isZero();
            String withoutOwnStyles = OWN_STYLE.matcher(result.out()).replaceAll("");
            assertNoControlCharacters(withoutOwnStyles);
            assertThat(result.out()).contains("Evil^[[2J");
        }
    }

    @Test
    void anErrorQuotingWhatWasTypedIsEscapedToo() {
        Shell.Result result = shell.unknot("checkin", "no\u001b[2Jsuch");

        assertThat(result.exitCode()).isEqualTo(2);
        assertNoControlCharacters(result.err());
        assertThat(result.err()).contains("no^[[2Jsuch");
    }

    @Test
    void theJsonOutputEscapesThemAsJsonDoes() {
        Shell.Result result = shell.unknot("habits", "--json");

        assertThat(result.exitCode()).isZero();
        assertNoControlCharacters(result.out());
        assertThat(result.json()
                        .get("habits")
                        .values()
                        .iterator()
                        .next()
                        .get("name")
                        .getStringValue())
                .isEqualTo(EVIL_NAME.strip());
    }

    private static void assertNoControlCharacters(String text) {
        Matcher control = Pattern.compile("[\\p{Cntrl}\u0080-\u009f&&[^\n\t]]").matcher(text);
        assertThat(control.find())
                .as("a control character at %s in:%n%s", control.hitEnd() ? -1 : control.start(), text)
                .isFalse();
    }
}
