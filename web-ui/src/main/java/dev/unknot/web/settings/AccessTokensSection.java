package dev.unknot.web.settings;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.token.AccessToken;
import dev.unknot.app.token.IssuedToken;
import dev.unknot.app.token.TokenId;
import dev.unknot.app.token.TokenService;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.context.annotation.Prototype;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The person's personal access tokens for the REST API: name one and create it, see its secret
 * once, list the live ones with when each was last used, revoke one.
 *
 * <p>The secret lives only in this component, from the click that issued it until the person
 * dismisses it or leaves the page; the store keeps nothing it could be shown from again.
 */
@Prototype
public class AccessTokensSection extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final TokenService tokens;
    private final PersonService people;

    final TextField name = new TextField("Token name");
    final Button create = new Button("Create token");
    /** Holds the secret just issued, when there is one. */
    final Div issued = new Div();

    final Div list = new Div();
    /** The confirmation on screen, if any; tests confirm through it. */
    Dialog confirmation;

    public AccessTokensSection(TokenService tokens, PersonService people) {
        this.tokens = tokens;
        this.people = people;
        addClassNames("page-section", "access-tokens");
        setId("access-tokens");
        name.setId("token-name");
        name.setPlaceholder("e.g. laptop CLI, phone shortcut");
        name.setMaxLength(TokenService.MAX_NAME_LENGTH);
        name.setClearButtonVisible(true);
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        name.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, enter -> create());
        issued.addClassName("issued-token");
        issued.setVisible(false);
        list.addClassName("token-list");
        Div form = new Div(name, create);
        form.addClassName("token-form");
        add(
                new H2("Access tokens"),
                new Paragraph("Scripts, phone shortcuts and the command line on another computer reach your habits "
                        + "through Unknot's API with a token, sent as \"Authorization: Bearer <token>\". A token "
                        + "acts as you until you revoke it: give each client its own, so you can revoke one alone."),
                form,
                issued,
                list);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        showTokens();
    }

    void create() {
        try {
            IssuedToken token = tokens.issue(SignedIn.person(), name.getValue());
            name.clear();
            name.setInvalid(false);
            showSecret(token);
            showTokens();
        } catch (InvalidInputException e) {
            name.setErrorMessage(e.getMessage());
            name.setInvalid(true);
        }
    }

    private void showSecret(IssuedToken token) {
        TextField secret = new TextField("Token \"" + token.token().name() + "\"");
        secret.setValue(token.secret());
        secret.setReadOnly(true);
        secret.setId("new-token-secret");
        secret.addClassName("token-secret");
        // Selecting the whole secret on focus makes copying it by hand one keystroke.
        secret.getElement().executeJs("this.addEventListener('focus', () => this.inputElement.select())");
        Button copy = new Button(
                "Copy",
                click -> secret.getElement()
                        .executeJs("navigator.clipboard && navigator.clipboard.writeText(this.value)"
                                + ".then(() => this.helperText = 'Copied.', () => this.inputElement.select())"));
        copy.setId("copy-token");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button done = new Button("I have copied it", click -> hideSecret());
        done.setId("dismiss-token");
        Paragraph warning = new Paragraph("Copy this token now and keep it somewhere safe: you will not see it again. "
                + "(Copy, or click the token and press Ctrl+C, ⌘C on a Mac.)");
        warning.addClassName("token-warning");
        Div field = new Div(secret, copy);
        field.addClassName("token-secret-row");
        issued.removeAll();
        issued.add(new H3("Your new token"), warning, field, done);
        issued.setVisible(true);
    }

    void hideSecret() {
        issued.removeAll();
        issued.setVisible(false);
    }

    /** The secret on screen, if one was just issued. */
    String shownSecret() {
        return issued.getChildren()
                .flatMap(child -> child.getChildren())
                .filter(TextField.class::isInstance)
                .map(TextField.class::cast)
                .map(TextField::getValue)
                .findFirst()
                .orElse("");
    }

    private void showTokens() {
        list.removeAll();
        List<AccessToken> live = tokens.list(SignedIn.person());
        if (live.isEmpty()) {
            Paragraph none = new Paragraph("You have no access tokens.");
            none.addClassName("no-tokens");
            list.add(none);
            return;
        }
        ZoneId zone = people.get(SignedIn.person()).calendar().zone();
        for (AccessToken token : live) {
            Span tokenName = new Span(token.name());
            tokenName.addClassName("token-name");
            Span created = new Span("created " + when(token.createdAt(), zone));
            created.addClassName("token-created");
            Span lastUsed = new Span(
                    token.lastUsedAt().map(at -> "last used " + when(at, zone)).orElse("never used"));
            lastUsed.addClassName("token-last-used");
            Button revoke = new Button("Revoke", click -> confirmRevoke(token));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.addClassName("revoke-token");
            Div details = new Div(created, lastUsed);
            details.addClassName("token-details");
            Div row = new Div(new Div(tokenName, details), revoke);
            row.addClassName("access-token");
            list.add(row);
        }
    }

    private void confirmRevoke(AccessToken token) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Revoke \"" + token.name() + "\"?");
        dialog.add(new Paragraph("Anything that uses this token stops working at once. This cannot be undone."));
        Button keep = new Button("Keep it", click -> closeConfirmation());
        keep.setId("keep-token");
        Button revoke = new Button("Revoke", click -> revoke(token.id()));
        revoke.setId("confirm-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(keep, revoke);
        dialog.addClassName("revoke-confirmation");
        // Closed with Escape or a click outside: nothing was revoked.
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened() && confirmation == dialog) {
                confirmation = null;
            }
        });
        confirmation = dialog;
        dialog.open();
    }

    private void closeConfirmation() {
        if (confirmation != null) {
            confirmation.close();
            confirmation = null;
        }
    }

    void revoke(TokenId id) {
        try {
            tokens.revoke(SignedIn.person(), id);
            Notification.show("Revoked.", 3000, Notification.Position.BOTTOM_CENTER);
        } catch (NotFoundException e) {
            // Revoked in another tab meanwhile, or never this person's: either way nothing to do.
            Notification notification =
                    Notification.show("That token no longer exists.", 5000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.addClassName("error-notification");
        }
        closeConfirmation();
        showTokens();
    }

    private static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
