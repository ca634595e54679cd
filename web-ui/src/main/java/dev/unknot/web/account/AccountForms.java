package dev.unknot.web.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import dev.unknot.app.person.Person;
import dev.unknot.web.session.SignedIn;
import java.util.regex.Pattern;

/** What signing up and signing in share: starting the person's session. */
final class AccountForms {

    private AccountForms() {}

    /**
     * A {@code <form>} around the account fields, so that password managers recognise a sign-in or
     * a new password; the fields say which ({@code autocomplete}). It never submits itself: with no
     * native submit button the browser has nothing to submit with, and Enter is the button's
     * shortcut.
     */
    @Tag("form")
    static final class Form extends HtmlContainer {
        Form(Component... fields) {
            super(fields);
            addClassName("account-form");
            getElement().setAttribute("autocomplete", "on");
            getElement().setAttribute("novalidate", true);
        }
    }

    /** The query parameter of the sign-in page that names the page asked for before it. */
    static final String TARGET = "to";

    /** Letters, digits and the few signs that Unknot's own addresses use; nothing that leads elsewhere. */
    private static final Pattern LOCAL_ADDRESS =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.~%-]*(\\?[A-Za-z0-9_.~%=&+-]*)?");

    static void start(Person person) {
        start(person, "");
    }

    /** Starts the person's session and opens {@code target}, an address that {@link #target} let through. */
    static void start(Person person, String target) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getWrappedSession(false) != null) {
            // A new session id at sign-in, so that an id planted before it is worth nothing.
            VaadinService.reinitializeSession(request);
        }
        SignedIn.remember(new SignedIn(person.id(), person.username()));
        UI.getCurrent().navigate(target);
    }

    /**
     * The page to open after signing in, from the address asked for before it: only a path inside
     * Unknot (no scheme, host, leading slash, backslash or dot segment, so never another site),
     * and never the account pages themselves; Today ({@code ""}) otherwise.
     */
    static String target(String requested) {
        if (requested == null
                || requested.length() > 500
                || !LOCAL_ADDRESS.matcher(requested).matches()
                || requested.contains("//")
                || requested.contains("..")) {
            return "";
        }
        String first = requested.split("[/?]", 2)[0];
        return first.equals("login") || first.equals("signup") || first.equals("logout") ? "" : requested;
    }

    static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
