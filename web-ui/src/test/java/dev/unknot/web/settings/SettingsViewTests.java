package dev.unknot.web.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.transfer.TransferService;
import dev.unknot.core.habit.Habit;
import dev.unknot.web.testing.LoggedIn;
import dev.unknot.web.testing.MockUnknot;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewTests {

    @TempDir
    static Path home;

    static ApplicationContext context;

    @BeforeAll
    static void startContext() {
        context = MockUnknot.context(home);
    }

    @AfterAll
    static void closeContext() {
        context.close();
    }

    @AfterEach
    void closeUi() {
        MockUnknot.tearDown();
    }

    SettingsView open(String username) {
        MockUnknot.setUp(context);
        LoggedIn.as(context, username);
        MockUnknot.navigate("settings");
        return (SettingsView) MockUnknot.currentView();
    }

    Person person(String username) {
        return context.getBean(PersonService.class).findByUsername(username).orElseThrow();
    }

    @Test
    void changesTheCalendar() {
        SettingsView view = open("settings.calendar");
        view.zone.setValue("Asia/Tokyo");
        view.dayStart.setValue(LocalTime.of(4, 0));

        _click(view.save);

        assertThat(person("settings.calendar").calendar().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(person("settings.calendar").calendar().dayStart()).isEqualTo(LocalTime.of(4, 0));
    }

    @Test
    void aBadZoneChangesNothing() {
        SettingsView view = open("settings.badzone");
        ZoneId before = person("settings.badzone").calendar().zone();
        view.zone.setValue(null);

        _click(view.save);

        assertThat(person("settings.badzone").calendar().zone()).isEqualTo(before);
    }

    @Test
    void offersExportsAndImportsAnotherAccountsExport() {
        MockUnknot.setUp(context);
        Person ada = LoggedIn.as(context, "settings.ada");
        Habit habit = context.getBean(HabitService.class).create(ada.id(), NewHabit.custom("Stretch"));
        context.getBean(CheckInService.class)
                .record(ada.id(), CheckInRequest.of(habit.id()).tightness(5, 2));
        String export = context.getBean(TransferService.class).exportJson(ada.id());
        MockUnknot.tearDown();

        SettingsView view = open("settings.bob");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("export-json")).getHref())
                .isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withClasses("export-csv")).getHref())
                .isNotBlank();
        view.importData(export, false);

        Person bob = person("settings.bob");
        assertThat(context.getBean(HabitService.class).list(bob.id()))
                .extracting(Habit::name)
                .containsExactly("Stretch");
        assertThat(context.getBean(CheckInHistory.class).all(bob.id())).hasSize(1);
        // Importing into Bob changed nothing of Ada's.
        assertThat(context.getBean(CheckInHistory.class).all(ada.id())).hasSize(1);
    }

    @Test
    void aBrokenFileImportsNothing() {
        SettingsView view = open("settings.broken");

        view.importData("{not json", false);
        view.importData("client_id,habit_id,at\nx,999999,2026-01-01T00:00:00Z\n", true);

        assertThat(context.getBean(CheckInHistory.class)
                        .all(person("settings.broken").id()))
                .isEmpty();
    }
}
