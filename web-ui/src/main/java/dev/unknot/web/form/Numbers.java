package dev.unknot.web.form;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.core.checkin.Tightness;

/**
 * Number fields that accept only what the application accepts: the browser lets no letters in,
 * and a number out of range is marked next to the field, in a person's words, before anything is
 * sent (see {@link FieldErrors#check}).
 */
public final class Numbers {

    public static final String TIGHTNESS_RANGE =
            "Tightness goes from " + Tightness.MIN + " (loose) to " + Tightness.MAX + " (very tight).";
    public static final String NOT_A_NUMBER = "Type a number, like 2 or 0.5.";

    private Numbers() {}

    /** A tightness from 0 to 10, whole numbers only, with step buttons for a thumb. */
    public static IntegerField tightness(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(Tightness.MIN);
        field.setMax(Tightness.MAX);
        field.setStepButtonsVisible(true);
        field.setHelperText("0 loose – 10 very tight");
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(TIGHTNESS_RANGE)
                .setMaxErrorMessage(TIGHTNESS_RANGE)
                .setBadInputErrorMessage("Tightness is a whole number from 0 (loose) to 10 (very tight)."));
        return field;
    }

    /** An amount from 0 to the largest one check-in may record. */
    public static NumberField amount(String label) {
        NumberField field = new NumberField(label);
        String range = "An amount goes from 0 to " + whole(CheckInService.MAX_AMOUNT) + ".";
        field.setMin(0);
        field.setMax(CheckInService.MAX_AMOUNT);
        field.setI18n(new NumberField.NumberFieldI18n()
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range)
                .setBadInputErrorMessage(NOT_A_NUMBER));
        return field;
    }

    /** {@code 2} for 2.0, {@code 2.5} for 2.5. */
    public static String whole(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
