package dev.unknot.web.habits;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.wire.error.InvalidInputException;
import java.util.List;

/**
 * When a habit reminds: not at all, at one or more local times, or, for an every-N-hours habit,
 * at each of its slots. The times are read by {@link ReminderService#parseTimes}, as the CLI's
 * {@code --remind} and the API's are.
 */
class ReminderTimesEditor extends Div {

    static final String OFF = "No reminder";
    static final String AT = "At these times";
    static final String SLOTS = "At every slot";

    final RadioButtonGroup<String> kind = new RadioButtonGroup<>("Remind me");
    final TextField times = new TextField("Times");

    ReminderTimesEditor() {
        addClassName("reminder-times-editor");
        kind.addClassName("remind-kind");
        kind.setItems(OFF, AT);
        kind.setValue(OFF);
        times.addClassName("remind-times");
        times.setPlaceholder("09:00, 14:00");
        times.setHelperText("Local times, separated by commas; on the habit's due days only.");
        times.setMaxLength(100);
        kind.addValueChangeListener(change -> times.setVisible(AT.equals(change.getValue())));
        times.setVisible(false);
        add(kind, times);
    }

    /** Offers "at every slot" only while the habit is due every few hours; chosen, it falls back to none. */
    void offerSlots(boolean offered) {
        String chosen = kind.getValue();
        kind.setItems(offered ? List.of(OFF, AT, SLOTS) : List.of(OFF, AT));
        kind.setValue(SLOTS.equals(chosen) && !offered ? OFF : chosen);
    }

    void show(ReminderTimes current) {
        if (current instanceof ReminderTimes.At at) {
            kind.setValue(AT);
            times.setValue(at.text().replace(",", ", "));
        } else if (current instanceof ReminderTimes.Slots) {
            offerSlots(true);
            kind.setValue(SLOTS);
        } else {
            kind.setValue(OFF);
        }
    }

    /**
     * The times chosen.
     *
     * @throws InvalidInputException ({@code remind}) when the times cannot be read
     */
    ReminderTimes times() {
        return switch (kind.getValue() == null ? OFF : kind.getValue()) {
            case AT -> ReminderService.parseTimes(times.getValue().isBlank() ? "" : times.getValue());
            case SLOTS -> ReminderTimes.slots();
            default -> ReminderTimes.off();
        };
    }
}
