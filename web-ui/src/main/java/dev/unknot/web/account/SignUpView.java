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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.unknot.app.account.Accounts;
import dev.unknot.app.account.Registration;
import dev.unknot.web.session.PublicView;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;

/**
 * Opening an account; on a fresh install, the first page anyone sees. With {@code ?invite=...}
 * it uses an invitation link; when the registration mode lets nobody in, it says so instead of
 * showing the form.
 */
@Route("signup")
@PageTitle("Create an account · Unknot")
@PublicView
@Prototype
public class SignUpView extends Main implements BeforeEnterObserver {

    /** The query parameter of an invitation link. */
    public static final String INVITE = "invite";

    private final Accounts accounts;
    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeated = new PasswordField("Password again");
    final Button create = new Button("Create account");
    final Paragraph refusal = new Paragraph();
    private final AccountForms.Form form;
    private Optional<String> invite = Optional.empty();

    public SignUpView(Accounts accounts) {
        this.accounts = accounts;
        addClassNames("account-page", "signup-page");
        username.setId("username");
        username.setAutofocus(true);
        username.setHelperText("Letters, digits, dots, dashes or underscores");
        username.setWidthFull();
        username.setAutocomplete(Autocomplete.USERNAME);
        password.setId("password");
        password.setHelperText("At least " + Accounts.MIN_PASSWORD + " characters");
        password.setWidthFull();
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeated.setId("repeated");
        repeated.setWidthFull();
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(click -> create());
        create.setWidthFull();
        boolean fresh = accounts.fresh();
        Paragraph lead = new Paragraph(
                fresh
                        ? "Nobody uses this Unknot yet: create the first account to start tracking your habits."
                        : "Create an account to track your habits. Only you will see them.");
        lead.addClassName("lead");
        Image logo = new Image("icons/unknot.svg", "");
        logo.addClassName("account-logo");
        refusal.addClassName("form-error");
        refusal.setId("registration-refused");
        refusal.setVisible(false);
        form = new AccountForms.Form(username, password, repeated, create);
        Div card = new Div(logo, new H1(fresh ? "Welcome to Unknot" : "Create an account"), lead, refusal, form);
        if (!fresh) {
            card.add(new Paragraph(new Anchor("login", "Already have an account? Sign in")));
        }
        card.addClassName("account-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        invite = event.getLocation().getQueryParameters().getSingleParameter(INVITE);
        accounts.signUpRefusal(invite).ifPresent(this::refuse);
    }

    private void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
        form.setVisible(false);
    }

    void create() {
        username.setInvalid(false);
        password.setInvalid(false);
        repeated.setInvalid(false);
        try {
            AccountForms.start(accounts.signUp(
                    username.getValue(), password.getValue(), repeated.getValue(), AccountForms.address(), invite));
        } catch (InvalidInputException e) {
            if (e.field().equals(Registration.FIELD)) {
                refuse(e.getMessage());
                return;
            }
            TextFieldError.show(
                    switch (e.field()) {
                        case "username" -> username;
                        case "repeated password" -> repeated;
                        default -> password;
                    },
                    e.getMessage());
        } catch (ConflictException e) {
            TextFieldError.show(username, "That username is taken; choose another.");
        }
    }
}
