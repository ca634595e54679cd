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
import dev.unknot.app.account.OidcProvider;
import dev.unknot.app.account.SignInRefusedException;
import dev.unknot.web.session.PublicView;
import dev.unknot.web.session.SignedIn;
import io.micronaut.context.annotation.Prototype;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Signing in with a username and a password. */
@Route("login")
@PageTitle("Sign in · Unknot")
@PublicView
@Prototype
public class LoginView extends Main implements BeforeEnterObserver {

    private final Accounts accounts;
    /** Signing in through the administrator's identity provider, when one is set. */
    final Anchor provider = new Anchor();

    final Paragraph providerNote = new Paragraph();
    final TextField username = new TextField("Username");
    final PasswordField password = new PasswordField("Password");
    final Button signIn = new Button("Sign in");
    final Paragraph error = new Paragraph();
    /** The page asked for before signing in, checked to be one of Unknot's; Today when none. */
    private String target = "";

    public LoginView(Accounts accounts, OidcProvider oidc) {
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
        Div card = new Div(logo, new H1("Sign in to Unknot"));
        OidcProvider.Status status = oidc.status();
        if (status.offered()) {
            Button button = new Button("Sign in with " + status.name());
            button.setWidthFull();
            // The link takes the focus and the click; the button inside only looks the part.
            button.getElement().setAttribute("tabindex", "-1");
            provider.add(button);
            provider.setId("sign-in-with-provider");
            provider.addClassName("provider-sign-in");
            provider.setRouterIgnore(true);
            provider.setHref(providerAddress(""));
            Paragraph or = new Paragraph("or with your password");
            or.addClassName("provider-or");
            card.add(provider, or);
        }
        status.note().ifPresent(note -> {
            providerNote.setText(note);
            providerNote.setId("provider-note");
            providerNote.addClassName("provider-note");
            card.add(providerNote);
        });
        card.add(
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
        if (provider.getHref() != null && !provider.getHref().isEmpty()) {
            provider.setHref(providerAddress(target));
        }
        if (SignedIn.current().isPresent()) {
            event.forwardTo(target);
        }
    }

    /** The address that starts a sign-in with the provider, relative to the sign-in page, then opens {@code target}. */
    static String providerAddress(String target) {
        String login = OidcRoutes.LOGIN.substring(1);
        return target.isEmpty()
                ? login
                : login + "?" + AccountForms.TARGET + "=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
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
