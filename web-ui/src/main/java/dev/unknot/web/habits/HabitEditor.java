package dev.unknot.web.habits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.unknot.app.habit.HabitChanges;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.web.form.FieldErrors;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Correcting a habit: its name, schedule, target and unit, first day and reminder times. Only what
 * the person changed is sent ({@link HabitChanges}), so the application's rules for a partial change
 * apply exactly as they do to the API's PATCH and the CLI's {@code habit edit}; the reminder times
 * go to {@link ReminderService}, as {@code habit edit --remind} does.
 */
final class HabitEditor extends Dialog {

    final TextField name = new TextField("Name");
    final ScheduleEditor schedule = new ScheduleEditor();
    final TextField unit = new TextField("Unit");
    final NumberField dailyTarget = new NumberField("Daily target");
    final DatePicker startsOn = new DatePicker("First day");
    final ReminderTimesEditor remind = new ReminderTimesEditor();
    final Button save = new Button("Save changes");
    private final FieldErrors errors;
    private final Habit habit;
    private final HabitService habits;
    private final ReminderService reminders;
    private final ReminderTimes remindedAt;
    private final Consumer<Habit> saved;

    HabitEditor(Habit habit, HabitService habits, ReminderService reminders, Consumer<Habit> saved) {
        this.habit = habit;
        this.habits = habits;
        this.reminders = reminders;
        this.saved = saved;
        this.remindedAt = reminders.times(SignedIn.person(), habit.id());
        addClassName("habit-editor");
        setHeaderTitle("Edit “" + habit.name() + "”");
        name.setValue(habit.name());
        name.setMaxLength(HabitService.MAX_NAME);
        name.addClassName("edit-name");
        name.setWidthFull();
        schedule.show(habit.schedule());
        unit.addClassName("edit-unit");
        dailyTarget.addClassName("edit-target");
        dailyTarget.setMin(0);
        boolean measured = habit.metric() instanceof Metric.Measured;
        if (habit.metric() instanceof Metric.Measured m) {
            unit.setValue(m.unit());
            dailyTarget.setValue(m.dailyTarget());
        }
        unit.setVisible(measured);
        dailyTarget.setVisible(measured);
        startsOn.setValue(habit.startsOn());
        startsOn.addClassName("edit-starts-on");
        errors = new FieldErrors()
                .on("habit name", name)
                .on("name", name)
                .on("schedule", schedule.kind)
                .on("schedule.hours", schedule.hours)
                .on("metric", dailyTarget)
                .on("metric.unit", unit)
                .on("metric.dailyTarget", dailyTarget)
                .on("starts on", startsOn)
                .on("remind", remind.times);
        remind.show(remindedAt);
        remind.offerSlots(ScheduleEditor.EVERY_HOURS.equals(schedule.kind.getValue()));
        schedule.kind.addValueChangeListener(
                change -> remind.offerSlots(ScheduleEditor.EVERY_HOURS.equals(change.getValue())));
        Paragraph what =
                new Paragraph("What the habit is for stays as it is: a different technique or routine is a new habit.");
        what.addClassName("edit-target-kept");
        Div measure = new Div(unit, dailyTarget);
        measure.addClassName("metric-editor");
        Div form = new Div(name, schedule, measure, startsOn, remind, what);
        form.addClassName("habit-edit-form");
        add(form);
        save.addClassName("save-habit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button("Cancel", click -> close());
        cancel.addClassName("cancel-edit");
        getFooter().add(cancel, save);
    }

    /** The changes the fields ask for; none when everything is as it was. */
    HabitChanges changes() {
        HabitChanges changes = HabitChanges.none();
        if (!name.getValue().strip().equals(habit.name())) {
            changes = changes.name(name.getValue());
        }
        Optional<Schedule> chosen = schedule.schedule();
        if (chosen.isPresent() && !chosen.get().equals(habit.schedule())) {
            changes = changes.schedule(chosen.get());
        }
        if (habit.metric() instanceof Metric.Measured m) {
            Optional<String> newUnit =
                    Objects.equals(unit.getValue().strip(), m.unit()) ? Optional.empty() : Optional.of(unit.getValue());
            Optional<Double> newTarget = dailyTarget.getValue() == null || dailyTarget.getValue() == m.dailyTarget()
                    ? Optional.empty()
                    : Optional.of(dailyTarget.getValue());
            if (dailyTarget.getValue() == null) {
                throw new InvalidInputException("metric.dailyTarget", "Give a daily target, e.g. 8.");
            }
            if (newUnit.isPresent() || newTarget.isPresent()) {
                changes = changes.measured(newUnit, newTarget);
            }
        }
        LocalDate first = startsOn.getValue();
        if (first == null) {
            throw new InvalidInputException("starts on", "Choose the habit's first day.");
        }
        if (!first.equals(habit.startsOn())) {
            changes = changes.startsOn(first);
        }
        return changes;
    }

    void save() {
        if (!errors.check()) {
            return;
        }
        try {
            HabitChanges changes = changes();
            ReminderTimes times = remind.times();
            if (changes.changesNothing() && times.equals(remindedAt)) {
                close();
                return;
            }
            Habit edited = changes.changesNothing() ? habit : habits.edit(SignedIn.person(), habit.id(), changes);
            if (!times.equals(remindedAt)) {
                reminders.changeTimes(SignedIn.person(), habit.id(), times);
            }
            close();
            saved.accept(edited);
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (NotFoundException e) {
            close();
            FieldErrors.notice("That habit is not one of yours.");
        }
    }
}
