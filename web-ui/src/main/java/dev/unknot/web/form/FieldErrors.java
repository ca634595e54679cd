package dev.unknot.web.form;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import dev.unknot.wire.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one way a form shows what is wrong: next to the field at fault, in a person's words. The
 * fields are named by the application's names for them ({@link InvalidInputException#field()}), so
 * a rule the application enforces lands on the field that broke it; an error no field owns is shown
 * once, as a notice.
 *
 * <pre>{@code
 * FieldErrors errors = new FieldErrors().on("before", before).on("after", after);
 * if (errors.check()) { try { ... } catch (InvalidInputException e) { errors.show(e); } }
 * }</pre>
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** {@code field} is where errors about {@code name} (the application's name for it) appear. */
    public FieldErrors on(String name, HasValidation field) {
        fields.put(name.toLowerCase(Locale.ROOT), field);
        if (field instanceof HasValue<?, ?> value) {
            // A field corrected is a field no longer wrong.
            value.addValueChangeListener(change -> field.setInvalid(false));
        }
        return this;
    }

    /**
     * Checks what the application cannot see, what the browser could not read (letters where a
     * number goes), and marks the fields at fault. Ranges are the application's to check, so that
     * the web says what the CLI and the API say.
     *
     * @return whether every field is fine
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public boolean check() {
        boolean fine = true;
        for (HasValidation field : fields.values()) {
            field.setInvalid(false);
            if (field instanceof HasValidator<?> validated && field instanceof AbstractField<?, ?> value) {
                ValidationResult result = ((HasValidator) validated)
                        .getDefaultValidator()
                        .apply(value.getValue(), new ValueContext((Component) field));
                if (result.isError() && !result.getErrorMessage().isBlank()) {
                    mark(field, result.getErrorMessage());
                    fine = false;
                }
            }
        }
        return fine;
    }

    /** Shows {@code error} next to its field, or as a notice when no field of this form owns it. */
    public void show(InvalidInputException error) {
        HasValidation field = fields.get(error.field().toLowerCase(Locale.ROOT));
        String words = words(error);
        if (field == null) {
            notice(words);
        } else {
            mark(field, words);
        }
    }

    /** Marks every field fine again. */
    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /** A failed action that belongs to no field, said once, where it does not cover the form. */
    public static void notice(String message) {
        Notification notification = Notification.show(sentence(message), 5000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("error-notification");
    }

    /** The application's message, already in a person's words, as a sentence. */
    static String words(InvalidInputException error) {
        return sentence(error.getMessage());
    }

    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "That did not work.";
        }
        String trimmed = message.strip();
        String capital = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capital.endsWith(".") || capital.endsWith("?") || capital.endsWith("!") ? capital : capital + ".";
    }
}
