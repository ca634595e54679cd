package dev.unknot.web.form;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.Tightness;

/**
 * Number fields that cannot be typed wrongly: the browser lets no letters in, the step buttons stay
 * inside the range, and what the browser cannot read as a number is said next to the field before
 * anything is sent ({@link FieldErrors#check}). A number out of range goes to the application,
 * whose words (the same in the CLI and the API) appear next to the field.
 */
public final class Numbers {

    public static final String NOT_A_WHOLE_NUMBER =
            "Tightness is a whole number from " + Tightness.MIN + " (loose) to " + Tightness.MAX + " (very tight).";
    public static final String NOT_A_WHOLE_PAIN =
            "Pain is a whole number from " + Pain.MIN + " (none) to " + Pain.MAX + " (the worst imaginable).";
    public static final String NOT_A_NUMBER = "Type a number, like 2 or 0.5.";

    private Numbers() {}

    /** A tightness from 0 to 10, whole numbers only, with step buttons for a thumb. */
    public static IntegerField tightness(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(Tightness.MIN);
        field.setMax(Tightness.MAX);
        field.setStepButtonsVisible(true);
        field.setHelperText("0 loose – 10 very tight");
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(NOT_A_WHOLE_NUMBER));
        return field;
    }

    /** A pain rating, 0 (none) to 10 (the worst imaginable): the numeric rating scale. */
    public static IntegerField pain(String label) {
        IntegerField field = new IntegerField(label);
        field.setMin(Pain.MIN);
        field.setMax(Pain.MAX);
        field.setStepButtonsVisible(true);
        field.setHelperText("0 none – 10 the worst imaginable");
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(NOT_A_WHOLE_PAIN));
        return field;
    }

    /** An amount from 0 to the largest one check-in may record. */
    public static NumberField amount(String label) {
        NumberField field = new NumberField(label);
        field.setMin(0);
        field.setMax(CheckInService.MAX_AMOUNT);
        field.setI18n(new NumberField.NumberFieldI18n().setBadInputErrorMessage(NOT_A_NUMBER));
        return field;
    }
}
