package dev.unknot.web.postgres;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.PersonService;
import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.store.testing.TestPostgres;
import dev.unknot.web.testing.UnknotUi;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The main flow on PostgreSQL, through the views: the first account, a habit from a template, a
 * check-in with tightness, the streak and the heat map, a routine run to the end and checked in,
 * and a second person who cannot reach the first one's habit. Each run gets a schema of its own.
 */
@EnabledIfPostgres
class TrackingOnPostgresTests {

    static final String SCHEMA =
            "web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    static TestPostgres.Server server;

    /** The server is reached only when the context starts: after {@link EnabledIfPostgres} has decided to run. */
    @RegisterExtension
    static final UnknotUi ui = new UnknotUi().with(home -> postgres()).whenClosed(TrackingOnPostgresTests::dropSchema);

    static Map<String, Object> postgres() {
        server = TestPostgres.server();
        return Map.of(
                "unknot.database.url", server.url(),
                "unknot.database.user", server.user(),
                "unknot.database.password", server.password(),
                "unknot.database.schema", SCHEMA);
    }

    static void dropSchema() {
        if (server != null) {
            try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theMainFlowOnPostgres() {
        // The first account, offered on the first visit.
        ui.openSignedOut("");
        _setValue(_get(TextField.class, spec -> spec.withId("username")), "ada");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "a long password");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeated")), "a long password");
        _click(_get(Button.class, spec -> spec.withId("create-account")));
        assertThat(ui.bean(PersonService.class).credentials("ada").orElseThrow().passwordHash())
                .startsWith("$argon2id$");

        // A habit from a template.
        ui.navigate("habits");
        dev.unknot.web.habits.HabitsViewAccess.createFromTemplate("movement/daily-morning-mobility");
        Div card = _get(Div.class, spec -> spec.withClasses("habit-card"));
        String habit = card.getElement().getAttribute("data-habit-id");

        // A check-in with tightness on Today: the streak starts.
        ui.navigate("");
        Div today = todayCard(habit);
        _get(today, Details.class, spec -> spec.withClasses("check-in-more")).setOpened(true);
        _setValue(_get(today, IntegerField.class, spec -> spec.withClasses("tightness-before")), 7);
        _setValue(_get(today, IntegerField.class, spec -> spec.withClasses("tightness-after")), 3);
        _click(_get(today, Button.class, spec -> spec.withClasses("check-in-details")));
        assertThat(_get(todayCard(habit), Span.class, spec -> spec.withClasses("streak"))
                        .getText())
                .isEqualTo("1-day streak");

        // The heat map.
        ui.navigate("progress");
        assertThat(_get(Section.class, spec -> spec.withClasses("habit-progress"))
                        .getElement()
                        .toString())
                .contains("class=\"day done\"");

        // The routine, to the end, then a check-in.
        UI.getCurrent()
                .navigate(
                        "routine/movement/morning-mobility-flow",
                        QueryParameters.simple(Map.of("habit", habit, "pace", "fast")));
        _click(_get(Button.class, spec -> spec.withId("start-routine")));
        for (int i = 0;
                i < 500
                        && _find(H3.class, spec -> spec.withClasses("routine-finished"))
                                .isEmpty();
                i++) {
            _click(_get(Button.class, spec -> spec.withId("next-phase")));
        }
        _click(_get(Button.class, spec -> spec.withId("routine-check-in")));
        long adaId = ui.bean(PersonService.class)
                .findByUsername("ada")
                .orElseThrow()
                .id()
                .value();
        assertThat(ui.bean(CheckInHistory.class).all(new dev.unknot.app.person.PersonId(adaId)))
                .hasSize(2);

        // Bob: his own account, and Ada's habit is not found even by its id.
        ui.openSignedOut("signup");
        _setValue(_get(TextField.class, spec -> spec.withId("username")), "bob");
        _setValue(_get(PasswordField.class, spec -> spec.withId("password")), "another password");
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeated")), "another password");
        _click(_get(Button.class, spec -> spec.withId("create-account")));
        assertThat(_find(Div.class, spec -> spec.withClasses("habit-card"))).isEmpty();
        ui.navigate("progress/" + habit);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("not-found-message"))
                        .getText())
                .isEqualTo("You have no habit " + habit + ".");
    }

    private static Div todayCard(String habit) {
        return _get(Div.class, spec -> spec.withClasses("habit-card").withAttribute("data-habit-id", habit));
    }
}
