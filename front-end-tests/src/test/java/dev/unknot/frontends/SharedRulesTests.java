package dev.unknot.frontends;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Metric;
import dev.unknot.web.testing.UnknotUi;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule that a person meets in more than one front end, run through the web UI (its views in
 * Karibu), the command line and the REST API, each on a home of its own: the same input gives the
 * same stored check-ins and the same refusal, word for word, because the rule lives once, in the
 * application layer. Where a front end has no way to give an input (the web's Today has no
 * duration field), that front end is left out of the rule and the test says so.
 */
class SharedRulesTests {

    @RegisterExtension
    static final UnknotUi web = new UnknotUi().perTest();

    @TempDir
    Path homes;

    /** A measured habit: 8 glasses of water a day. */
    static final Metric GLASSES = Metric.measured("glasses", 8);

    @Test
    void aCheckInWithoutAnAmountRecordsWhatIsLeftOfTheDaysTarget() throws IOException {
        // The command line.
        Cli cli = new Cli(Files.createDirectory(homes.resolve("cli")));
        assertThat(cli.unknot("habit", "add", "Drink", "water", "--target", "8", "--unit", "glasses")
                        .exitCode())
                .isZero();
        assertThat(cli.unknot("checkin", "drink", "--amount", "3").exitCode()).isZero();
        assertThat(cli.unknot("checkin", "drink").exitCode()).isZero();

        // The REST API.
        List<Double> api;
        try (Api server = new Api(Files.createDirectory(homes.resolve("api")))) {
            String habit = server.post(
                            "/api/v1/habits",
                            "{\"from\":\"custom\",\"text\":\"Drink water\",\"metric\":{\"kind\":\"measured\",\"unit\":\"glasses\",\"dailyTarget\":8}}")
                    .text("id");
            assertThat(server.post("/api/v1/check-ins", "{\"clientId\":\"a\",\"habit\":\"" + habit + "\",\"amount\":3}")
                            .status())
                    .isEqualTo(201);
            assertThat(server.post("/api/v1/check-ins", "{\"clientId\":\"b\",\"habit\":\"" + habit + "\"}")
                            .status())
                    .isEqualTo(201);
            api = amounts(server.context(), server.person());
        }

        // The web UI: the exact amount in the card's form, then "Done".
        Person person = web.open("web", "");
        Habit water = web.bean(HabitService.class)
                .create(person.id(), NewHabit.custom("Drink water").measured(GLASSES));
        web.open("web", "");
        _get(card(water), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);
        _get(card(water), NumberField.class, spec -> spec.withClasses("amount")).setValue(3.0);
        _click(_get(card(water), Button.class, spec -> spec.withClasses("check-in-details")));
        _click(_get(card(water), Button.class, spec -> spec.withClasses("check-in")));

        assertThat(localAmounts(homes.resolve("cli"))).as("command line").containsExactly(3.0, 5.0);
        assertThat(api).as("REST API").containsExactly(3.0, 5.0);
        assertThat(amounts(web.context(), person)).as("web UI").containsExactly(3.0, 5.0);
    }

    @Test
    void aTightnessOutOfRangeIsRefusedInTheSameWordsAndNothingIsStored() throws IOException {
        String message = "Tightness before goes from 0 (loose) to 10 (very tight), not 15.";

        Cli cli = new Cli(Files.createDirectory(homes.resolve("cli")));
        cli.unknot("habit", "add", "Stretch");
        Cli.Run run = cli.unknot("checkin", "stretch", "--before", "15");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("unknot: " + message.substring(0, message.length() - 1) + "\n");

        try (Api server = new Api(Files.createDirectory(homes.resolve("api")))) {
            String habit = server.post("/api/v1/habits", "{\"from\":\"custom\",\"text\":\"Stretch\"}")
                    .text("id");
            Api.Answer refused =
                    server.post("/api/v1/check-ins", "{\"clientId\":\"a\",\"habit\":\"" + habit + "\",\"before\":15}");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text("field")).isEqualTo("before");
            assertThat(refused.text("message")).isEqualTo(message);
            assertThat(amounts(server.context(), server.person())).isEmpty();
        }

        Person person = web.open("web", "");
        Habit stretch = web.bean(HabitService.class).create(person.id(), NewHabit.custom("Stretch"));
        web.open("web", "");
        _get(card(stretch), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);
        IntegerField before = _get(card(stretch), IntegerField.class, spec -> spec.withClasses("tightness-before"));
        before.setValue(15);
        _click(_get(card(stretch), Button.class, spec -> spec.withClasses("check-in-details")));
        // The web says it next to the field at fault.
        assertThat(before.getErrorMessage()).isEqualTo(message);
        assertThat(amounts(web.context(), person)).isEmpty();

        assertThat(localAmounts(homes.resolve("cli"))).isEmpty();
    }

    @Test
    void aPainOutOfRangeIsRefusedInTheSameWordsAndNothingIsStored() throws IOException {
        String message = "Pain after goes from 0 (none) to 10 (the worst imaginable), not 11.";

        Cli cli = new Cli(Files.createDirectory(homes.resolve("cli-pain")));
        cli.unknot("habit", "add", "Stretch");
        Cli.Run run = cli.unknot("checkin", "stretch", "--pain-after", "11");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("unknot: " + message.substring(0, message.length() - 1) + "\n");

        try (Api server = new Api(Files.createDirectory(homes.resolve("api-pain")))) {
            String habit = server.post("/api/v1/habits", "{\"from\":\"custom\",\"text\":\"Stretch\"}")
                    .text("id");
            Api.Answer refused = server.post(
                    "/api/v1/check-ins", "{\"clientId\":\"a\",\"habit\":\"" + habit + "\",\"painAfter\":11}");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text("field")).isEqualTo("painAfter");
            assertThat(refused.text("message")).isEqualTo(message);
            assertThat(amounts(server.context(), server.person())).isEmpty();
        }

        Person person = web.open("webpain", "");
        Habit stretch = web.bean(HabitService.class).create(person.id(), NewHabit.custom("Stretch"));
        web.open("webpain", "");
        _get(card(stretch), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);
        IntegerField after = _get(card(stretch), IntegerField.class, spec -> spec.withClasses("pain-after"));
        after.setValue(11);
        _click(_get(card(stretch), Button.class, spec -> spec.withClasses("check-in-details")));
        assertThat(after.getErrorMessage()).isEqualTo(message);
        assertThat(amounts(web.context(), person)).isEmpty();

        assertThat(localAmounts(homes.resolve("cli-pain"))).isEmpty();
    }

    @Test
    void anAmountBeyondTheLimitIsRefusedInTheSameWords() throws IOException {
        String message = "The amount goes from 0 to 1000000, not 2000000.";

        Cli cli = new Cli(Files.createDirectory(homes.resolve("cli")));
        cli.unknot("habit", "add", "Drink", "water", "--target", "8", "--unit", "glasses");
        assertThat(cli.unknot("checkin", "drink", "--amount", "2000000").err())
                .isEqualTo("unknot: " + message.substring(0, message.length() - 1) + "\n");

        try (Api server = new Api(Files.createDirectory(homes.resolve("api")))) {
            String habit = server.post(
                            "/api/v1/habits",
                            "{\"from\":\"custom\",\"text\":\"Drink water\",\"metric\":{\"kind\":\"measured\",\"unit\":\"glasses\",\"dailyTarget\":8}}")
                    .text("id");
            Api.Answer refused = server.post(
                    "/api/v1/check-ins", "{\"clientId\":\"a\",\"habit\":\"" + habit + "\",\"amount\":2000000}");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text("field")).isEqualTo("amount");
            assertThat(refused.text("message")).isEqualTo(message);
        }

        Person person = web.open("web", "");
        Habit water = web.bean(HabitService.class)
                .create(person.id(), NewHabit.custom("Drink water").measured(GLASSES));
        web.open("web", "");
        _get(card(water), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);
        NumberField amount = _get(card(water), NumberField.class, spec -> spec.withClasses("amount"));
        amount.setValue(2_000_000.0);
        _click(_get(card(water), Button.class, spec -> spec.withClasses("check-in-details")));
        assertThat(amount.getErrorMessage()).isEqualTo(message);
        assertThat(amounts(web.context(), person)).isEmpty();
    }

    /**
     * The same client id again: recorded once, and a conflict when its values differ. The web UI
     * makes a new client id for each check-in it offers, so only the CLI and the API take part.
     */
    @Test
    void aClientIdSentAgainIsRecordedOnceAndAConflictWithOtherValues() throws IOException {
        Cli cli = new Cli(Files.createDirectory(homes.resolve("cli")));
        cli.unknot("habit", "add", "Stretch");
        assertThat(cli.unknot("checkin", "stretch", "--client-id", "same", "--before", "6")
                        .exitCode())
                .isZero();
        assertThat(cli.unknot("checkin", "stretch", "--client-id", "same", "--before", "6")
                        .exitCode())
                .isZero();
        Cli.Run conflict = cli.unknot("checkin", "stretch", "--client-id", "same", "--before", "7");
        assertThat(conflict.exitCode()).isEqualTo(2);
        assertThat(conflict.err()).isEqualTo("unknot: The client id same was recorded before with other values\n");
        assertThat(localAmounts(homes.resolve("cli"))).hasSize(1);

        try (Api server = new Api(Files.createDirectory(homes.resolve("api")))) {
            String habit = server.post("/api/v1/habits", "{\"from\":\"custom\",\"text\":\"Stretch\"}")
                    .text("id");
            String body = "{\"clientId\":\"same\",\"habit\":\"" + habit + "\",\"before\":6}";
            assertThat(server.post("/api/v1/check-ins", body).status()).isEqualTo(201);
            assertThat(server.post("/api/v1/check-ins", body).status()).isEqualTo(200);
            Api.Answer other = server.post("/api/v1/check-ins", body.replace("6", "7"));
            assertThat(other.status()).isEqualTo(409);
            assertThat(other.text("message")).isEqualTo("The client id same was recorded before with other values.");
            assertThat(amounts(server.context(), server.person())).hasSize(1);
        }
    }

    /** How many weeks a progress page shows: 1 to 52; the web UI's page always shows 26. */
    @Test
    void progressShowsOneToFiftyTwoWeeks() throws IOException {
        String message = "Progress shows 1 to 52 weeks, not 60.";

        Cli cli = new Cli(Files.createDirectory(homes.resolve("cli")));
        cli.unknot("habit", "add", "Stretch");
        assertThat(cli.unknot("stats", "--weeks", "60").err())
                .isEqualTo("unknot: " + message.substring(0, message.length() - 1) + "\n");

        try (Api server = new Api(Files.createDirectory(homes.resolve("api")))) {
            Api.Answer refused = server.get("/api/v1/progress?weeks=60");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text("field")).isEqualTo("weeks");
            assertThat(refused.text("message")).isEqualTo(message);
        }
    }

    private static Div card(Habit habit) {
        return _get(
                Div.class,
                spec -> spec.withClasses("habit-card")
                        .withAttribute("data-habit-id", Long.toString(habit.id().value())));
    }

    private static List<Double> amounts(ApplicationContext context, Person person) {
        return context.getBean(CheckInHistory.class).all(person.id()).stream()
                .map(recorded -> recorded.checkIn().amount())
                .toList();
    }

    /** The amounts the command line's local person has recorded, read through the application layer. */
    private static List<Double> localAmounts(Path home) {
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("unknot.home", home.toString()))
                .start()) {
            return amounts(context, context.getBean(PersonService.class).local());
        }
    }
}
