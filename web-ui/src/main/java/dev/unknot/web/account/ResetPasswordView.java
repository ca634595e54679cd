package dev.unknot.web.account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.unknot.app.account.Accounts;
import dev.unknot.app.account.ResetLinks;
import dev.unknot.web.session.PublicView;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.annotation.Prototype;

/** Choosing a new password with the one-time link ({@code /reset/SECRET}) the administrator made. */
@Route("reset")
@PageTitle("Choose a new password · Unknot")
@PublicView
@Prototype
public class ResetPasswordView extends Main implements HasUrlParameter<String> {

    private final Accounts accounts;
    final PasswordField password = new PasswordField("New password");
    final PasswordField repeated = new PasswordField("New password again");
    final Button save = new Button("Save the new password");
    final Paragraph message = new Paragraph();
    private final AccountForms.Form form;
    private String link = "";

    public ResetPasswordView(Accounts accounts) {
        this.accounts = accounts;
        addClassNames("account-page", "reset-page");
        password.setId("password");
        password.setHelperText("At least " + Accounts.MIN_PASSWORD + " characters");
        password.setWidthFull();
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeated.setId("repeated");
        repeated.setWidthFull();
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        save.setWidthFull();
        message.setId("reset-message");
        message.setVisible(false);
        form = new AccountForms.Form(password, repeated, save);
        Image logo = new Image("icons/unknot.svg", "");
        logo.addClassName("account-logo");
        Div card = new Div(
                logo,
                new H1("Choose a new password"),
                message,
                form,
                new Paragraph(new Anchor("login", "Back to sign in")));
        card.addClassName("account-card");
        add(card);
    }

    @Override
    public void setParameter(BeforeEvent event, String secret) {
        link = secret == null ? "" : secret;
        try {
            accounts.resetLinkUsername(link);
        } catch (InvalidInputException e) {
            say(e.getMessage(), true);
        }
    }

    void save() {
        password.setInvalid(false);
        repeated.setInvalid(false);
        try {
            String username = accounts.resetPassword(link, password.getValue(), repeated.getValue());
            say("Your password is changed. Sign in as " + username + " with the new one.", false);
        } catch (InvalidInputException e) {
            switch (e.field()) {
                case ResetLinks.FIELD -> say(e.getMessage(), true);
                case "repeated password" -> TextFieldError.show(repeated, e.getMessage());
                default -> TextFieldError.show(password, e.getMessage());
            }
        }
    }

    private void say(String text, boolean error) {
        message.setText(text);
        message.setClassName("form-error", error);
        message.setClassName("form-done", !error);
        message.setVisible(true);
        form.setVisible(false);
    }
}
