package dev.unknot.web.habits;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.web.testing.UnknotUi;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The habit editor's reminder times, read and written through {@link ReminderService}. */
class HabitReminderTimesTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    HabitEditor edit(String username, NewHabit request) {
        Person person = ui.open(username, "habits");
        Habit habit = ui.bean(HabitService.class).create(person.id(), request);
        ui.navigate("habits");
        Div card = _get(
                Div.class,
                spec -> spec.withClasses("habit-card")
                        .withAttribute("data-habit-id", Long.toString(habit.id().value())));
        _click(_get(card, Button.class, spec -> spec.withClasses("edit-habit")));
        return _get(HabitEditor.class);
    }

    ReminderTimes times(String username) {
        Person person = ui.account(username);
        Habit habit = ui.bean(HabitService.class).list(person.id()).get(0);
        return ui.bean(ReminderService.class).times(person.id(), habit.id());
    }

    @Test
    void setsTimesAndTurnsThemOff() {
        HabitEditor editor = edit("remind.times", NewHabit.custom("Walk"));
        assertThat(editor.remind.kind.getValue()).isEqualTo(ReminderTimesEditor.OFF);
        assertThat(editor.remind.kind.getListDataView().getItems()).doesNotContain(ReminderTimesEditor.SLOTS);
        assertThat(editor.remind.times.isVisible()).isFalse();

        _setValue(editor.remind.kind, ReminderTimesEditor.AT);
        _setValue(editor.remind.times, "14:00, 9:00");
        _click(editor.save);
        assertThat(editor.remind.times.isInvalid()).isTrue();
        assertThat(editor.remind.times.getErrorMessage()).contains("'9:00' is not a time of day (HH:MM)");
        assertThat(editor.isOpened()).isTrue();

        _setValue(editor.remind.times, "14:00, 09:00");
        _click(editor.save);
        assertThat(editor.isOpened()).isFalse();
        assertThat(times("remind.times")).isEqualTo(ReminderTimes.at(LocalTime.of(9, 0), LocalTime.of(14, 0)));

        ui.navigate("habits");
        _click(_get(Button.class, spec -> spec.withClasses("edit-habit")));
        HabitEditor again = _get(HabitEditor.class);
        assertThat(again.remind.kind.getValue()).isEqualTo(ReminderTimesEditor.AT);
        assertThat(again.remind.times.getValue()).isEqualTo("09:00, 14:00");
        _setValue(again.remind.kind, ReminderTimesEditor.OFF);
        _click(again.save);
        assertThat(times("remind.times")).isEqualTo(ReminderTimes.off());
    }

    @Test
    void anEveryFewHoursHabitRemindsAtEverySlot() {
        HabitEditor editor = edit(
                "remind.slots",
                NewHabit.custom("Get up and walk").on(Schedule.everyHours(1, LocalTime.of(9, 0), LocalTime.of(17, 0))));
        assertThat(editor.remind.kind.getListDataView().getItems()).contains(ReminderTimesEditor.SLOTS);

        _setValue(editor.remind.kind, ReminderTimesEditor.SLOTS);
        _click(editor.save);
        assertThat(times("remind.slots")).isEqualTo(ReminderTimes.slots());

        ui.navigate("habits");
        _click(_get(Button.class, spec -> spec.withClasses("edit-habit")));
        HabitEditor again = _get(HabitEditor.class);
        assertThat(again.remind.kind.getValue()).isEqualTo(ReminderTimesEditor.SLOTS);
        // Every day instead: slots are no longer offered, and the choice falls back to none.
        again.schedule.kind.setValue(ScheduleEditor.DAILY);
        assertThat(again.remind.kind.getListDataView().getItems()).doesNotContain(ReminderTimesEditor.SLOTS);
        assertThat(again.remind.kind.getValue()).isEqualTo(ReminderTimesEditor.OFF);
    }
}
