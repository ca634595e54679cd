package dev.unknot.web.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinRequest;
import dev.unknot.app.account.Accounts;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.annotation.Prototype;

/**
 * Changing one's password: the current one, then the new one twice. A wrong current password counts
 * against the limit on failed sign-ins; the person stays signed in after a change.
 */
@Prototype
public class PasswordSection extends Section {

    private final Accounts passwords;
    final PasswordField current = new PasswordField("Current password");
    final PasswordField replacement = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("New password again");
    final Button change = new Button("Change password");

    public PasswordSection(Accounts passwords) {
        this.passwords = passwords;
        addClassNames("page-section", "password-settings");
        current.setId("current-password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        replacement.setId("new-password");
        replacement.setAutocomplete(Autocomplete.NEW_PASSWORD);
        replacement.setHelperText("At least 8 characters.");
        repeated.setId("repeated-password");
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(click -> change());
        Paragraph help = new Paragraph("You stay signed in here after the change.");
        add(new H2("Password"), help, current, replacement, repeated, change);
    }

    void change() {
        current.setInvalid(false);
        replacement.setInvalid(false);
        repeated.setInvalid(false);
        try {
            passwords.changePassword(
                    SignedIn.person(), current.getValue(), replacement.getValue(), repeated.getValue(), address());
        } catch (InvalidInputException e) {
            PasswordField field = switch (e.field()) {
                case Accounts.CURRENT -> current;
                case "repeated password" -> repeated;
                default -> replacement;
            };
            if (field == current) {
                current.clear();
            }
            // After the clear: a field checks itself again when its value changes.
            field.setErrorMessage(sentence(e.getMessage()));
            field.setInvalid(true);
            return;
        }
        current.clear();
        replacement.clear();
        repeated.clear();
        Notification.show("Password changed.", 3000, Notification.Position.BOTTOM_CENTER);
    }

    private static String sentence(String message) {
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }

    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
