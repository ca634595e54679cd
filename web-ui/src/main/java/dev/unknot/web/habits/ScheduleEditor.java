package dev.unknot.web.habits;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.unknot.core.habit.Schedule;
import dev.unknot.wire.error.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a schedule: as the template suggests, every day, chosen weekdays, N times a week, or
 * every N hours inside a work window. Only the fields of the chosen kind are shown.
 */
class ScheduleEditor extends Div {

    static final String SUGGESTED = "As suggested";
    static final String DAILY = "Every day";
    static final String WEEKDAYS = "On chosen weekdays";
    static final String PER_WEEK = "A number of times a week";
    static final String EVERY_HOURS = "Every few hours during the day";

    final Select<String> kind = new Select<>();
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>("Weekdays");
    final IntegerField timesPerWeek = new IntegerField("Times a week");
    final IntegerField hours = new IntegerField("Every how many hours");
    final TimePicker from = new TimePicker("From");
    final TimePicker until = new TimePicker("Until");

    ScheduleEditor() {
        addClassName("schedule-editor");
        kind.setLabel("Schedule");
        kind.setItems(SUGGESTED, DAILY, WEEKDAYS, PER_WEEK, EVERY_HOURS);
        kind.setValue(SUGGESTED);
        kind.addClassName("schedule-kind");
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        weekdays.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        weekdays.addClassName("schedule-weekdays");
        timesPerWeek.setMin(1);
        timesPerWeek.setMax(7);
        timesPerWeek.setValue(3);
        timesPerWeek.setStepButtonsVisible(true);
        timesPerWeek.addClassName("schedule-times");
        hours.setMin(1);
        hours.setMax(12);
        hours.setValue(1);
        hours.setStepButtonsVisible(true);
        hours.addClassName("schedule-hours");
        from.setValue(LocalTime.of(9, 0));
        from.addClassName("schedule-from");
        until.setValue(LocalTime.of(17, 0));
        until.addClassName("schedule-until");
        kind.addValueChangeListener(change -> showFields());
        add(kind, weekdays, timesPerWeek, hours, from, until);
        showFields();
    }

    /** Shows {@code current} as the chosen schedule, for changing it; "as suggested" is no longer offered. */
    void show(Schedule current) {
        kind.setItems(DAILY, WEEKDAYS, PER_WEEK, EVERY_HOURS);
        if (current instanceof Schedule.OnWeekdays on) {
            weekdays.setValue(on.days());
            kind.setValue(WEEKDAYS);
        } else if (current instanceof Schedule.TimesPerWeek times) {
            timesPerWeek.setValue(times.times());
            kind.setValue(PER_WEEK);
        } else if (current instanceof Schedule.EveryHours every) {
            hours.setValue(every.hours());
            from.setValue(every.from());
            until.setValue(every.until());
            kind.setValue(EVERY_HOURS);
        } else {
            kind.setValue(DAILY);
        }
        showFields();
    }

    private void showFields() {
        String chosen = kind.getValue();
        weekdays.setVisible(WEEKDAYS.equals(chosen));
        timesPerWeek.setVisible(PER_WEEK.equals(chosen));
        hours.setVisible(EVERY_HOURS.equals(chosen));
        from.setVisible(EVERY_HOURS.equals(chosen));
        until.setVisible(EVERY_HOURS.equals(chosen));
    }

    /**
     * The chosen schedule; empty for "as suggested".
     *
     * @throws InvalidInputException naming the field at fault
     */
    Optional<Schedule> schedule() {
        try {
            return switch (kind.getValue()) {
                case DAILY -> Optional.of(Schedule.daily());
                case WEEKDAYS -> Optional.of(Schedule.on(weekdays.getValue().toArray(DayOfWeek[]::new)));
                case PER_WEEK -> Optional.of(Schedule.timesPerWeek(required(timesPerWeek, "times a week")));
                case EVERY_HOURS ->
                    Optional.of(Schedule.everyHours(
                            required(hours, "hours"), time(from, "window start"), time(until, "window end")));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("schedule", e.getMessage());
        }
    }

    private static int required(IntegerField field, String name) {
        if (field.getValue() == null) {
            throw new InvalidInputException("schedule", "enter the " + name);
        }
        return field.getValue();
    }

    private static LocalTime time(TimePicker picker, String name) {
        if (picker.getValue() == null) {
            throw new InvalidInputException("schedule", "enter the " + name);
        }
        return picker.getValue();
    }
}
