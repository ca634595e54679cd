package dev.unknot.web.settings;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.LoopFiles;
import dev.unknot.app.transfer.TransferService;
import dev.unknot.core.habit.Habit;
import dev.unknot.web.testing.UnknotUi;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SettingsViewTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    SettingsView open(String username) {
        ui.open(username, "settings");
        return (SettingsView) ui.currentView();
    }

    Person person(String username) {
        return ui.bean(PersonService.class).findByUsername(username).orElseThrow();
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
    void theRoutinePlayersSoundIsSwitchedOffAndOnForThePerson() {
        SettingsView view = open("settings.sound");
        assertThat(view.cueSound.getValue()).isTrue();

        _setValue(view.cueSound, false);

        assertThat(ui.bean(PersonService.class)
                        .cuesMuted(person("settings.sound").id()))
                .isTrue();
        assertThat(open("settings.sound").cueSound.getValue())
                .as("shown as kept")
                .isFalse();
        ui.navigate("routine/breathing/stress-reset");
        assertThat(_get(Checkbox.class, spec -> spec.withClasses("cue-sound")).getValue())
                .as("the player starts muted")
                .isFalse();
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
        Person ada = ui.open("settings.ada");
        Habit habit = ui.bean(HabitService.class).create(ada.id(), NewHabit.custom("Stretch"));
        ui.bean(CheckInService.class)
                .record(ada.id(), CheckInRequest.of(habit.id()).tightness(5, 2));
        String export = ui.bean(TransferService.class).exportJson(ada.id());

        SettingsView view = open("settings.bob");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("export-json")).getHref())
                .isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withClasses("export-csv")).getHref())
                .isNotBlank();
        ImportDialog dialog = view.preview(export.getBytes(java.nio.charset.StandardCharsets.UTF_8), "export.json");
        assertThat(ui.bean(HabitService.class).list(person("settings.bob").id()))
                .isEmpty();
        _click(dialog.confirm);

        Person bob = person("settings.bob");
        assertThat(ui.bean(HabitService.class).list(bob.id()))
                .extracting(Habit::name)
                .containsExactly("Stretch");
        assertThat(ui.bean(CheckInHistory.class).all(bob.id())).hasSize(1);
        // Importing into Bob changed nothing of Ada's.
        assertThat(ui.bean(CheckInHistory.class).all(ada.id())).hasSize(1);
    }

    @Test
    void aLoopBackupIsPreviewedAndImportedOnlyWhenConfirmed() {
        SettingsView view = open("settings.loop");
        Person person = person("settings.loop");
        byte[] backup = LoopFiles.backup(LoopFiles.small(person.calendar().today(ui.bean(java.time.Clock.class))));

        ImportDialog cancelled = view.preview(backup, "Loop.db");
        _click(cancelled.cancel);
        ImportDialog dialog = view.preview(backup, "Loop.db");

        assertThat(ui.bean(HabitService.class).listAll(person.id())).isEmpty();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Import Loop Habit Tracker backup (.db)");
        assertThat(dialog.confirm.getText()).isEqualTo("Import");
        _click(dialog.confirm);
        assertThat(ui.bean(HabitService.class).listAll(person.id())).hasSize(6);
        ImportDialog again = view.preview(backup, "Loop.db");
        assertThat(again.confirm.isEnabled()).isFalse();
        assertThat(again.confirm.getText()).isEqualTo("Nothing new to import");
    }

    @Test
    void aBrokenFileImportsNothing() {
        SettingsView view = open("settings.broken");

        assertThat(view.preview("{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.json"))
                .isNull();
        assertThat(view.preview(
                        "client_id,habit_id,at\nx,999999,2026-01-01T00:00:00Z\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "x.csv"))
                .isNull();
        assertThat(view.preview(new byte[] {'S', 'Q', 'L'}, "Loop.db")).isNull();

        assertThat(ui.bean(CheckInHistory.class).all(person("settings.broken").id()))
                .isEmpty();
    }
}
