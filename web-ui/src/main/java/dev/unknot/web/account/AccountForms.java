package dev.unknot.web.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import dev.unknot.store.person.Person;
import dev.unknot.web.session.SignedIn;

/** What signing up and signing in share: starting the person's session. */
final class AccountForms {

    private AccountForms() {}

    static void start(Person person) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getWrappedSession(false) != null) {
            // A new session id at sign-in, so that an id planted before it is worth nothing.
            VaadinService.reinitializeSession(request);
        }
        SignedIn.remember(new SignedIn(person.id(), person.username()));
        UI.getCurrent().navigate("");
    }

    static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
