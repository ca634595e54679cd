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
import dev.unknot.app.account.SignInRefusedException;
import dev.unknot.web.session.PublicView;
import dev.unknot.web.session.SignedIn;
import io.micronaut.context.annotation.Prototype;

/** Signing in with a username and a password. */
@Route("login")
@PageTitle("Sign in · Unknot")
@PublicView
@Prototype
public class LoginView extends Main implements BeforeEnterObserver {

    private final Accounts accounts;
    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final Button signIn = new Button("Sign in");
    final Paragraph error = new Paragraph();
    /** The page asked for before signing in, checked to be one of Unknot's; Today when none. */
    private String target = "";

    public LoginView(Accounts accounts) {
        this.accounts = accounts;
        addClassNames("account-page", "login-page");
        username.setId("username");
        username.setAutofocus(true);
        username.setWidthFull();
        username.setAutocomplete(Autocomplete.USERNAME);
        password.setId("password");
        password.setWidthFull();
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        signIn.setId("sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.addClickListener(click -> signIn());
        signIn.setWidthFull();
        error.addClassName("form-error");
        error.setVisible(false);
        Image logo = new Image("icons/unknot.svg", "");
        logo.addClassName("account-logo");
        Div card = new Div(
                logo,
                new H1("Sign in to Unknot"),
                new AccountForms.Form(username, password, error, signIn),
                new Paragraph(new Anchor("signup", "New here? Create an account")),
                new Paragraph(new Anchor("library", "Browse the library without an account")));
        card.addClassName("account-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        target = AccountForms.target(event.getLocation()
                .getQueryParameters()
                .getSingleParameter(AccountForms.TARGET)
                .orElse(""));
        if (SignedIn.current().isPresent()) {
            event.forwardTo(target);
        }
    }

    void signIn() {
        try {
            AccountForms.start(
                    accounts.signIn(username.getValue(), password.getValue(), AccountForms.address()), target);
        } catch (SignInRefusedException e) {
            password.clear();
            error.setText(e.getMessage());
            error.setVisible(true);
        }
    }
}
