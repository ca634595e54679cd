package dev.unknot.web.account;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import dev.unknot.app.person.Activity;
import dev.unknot.web.session.SignedIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Ends the session of a person whose account was disabled or deleted, at their next request (a
 * page, or a click on an open page), and notes everyone else's activity. An open page is told
 * so and offered the sign-in page; a page load goes on signed out, to the sign-in page.
 */
final class DisabledAccounts extends SynchronizedRequestHandler {

    private final Activity activity;

    DisabledAccounts(Activity activity) {
        this.activity = activity;
    }

    @Override
    public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
            throws IOException {
        SignedIn signedIn = session.getAttribute(SignedIn.class);
        if (signedIn == null || activity.admits(signedIn.personId())) {
            return false;
        }
        session.setAttribute(SignedIn.class, null);
        if (!HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)) {
            return false;
        }
        VaadinService.getCurrent().closeSession(session);
        response.setContentType("application/json; charset=UTF-8");
        response.getOutputStream()
                .write(VaadinService.createCriticalNotificationJSON(
                                "Signed out",
                                "This account is disabled. Ask the administrator of this Unknot.",
                                null,
                                "login")
                        .getBytes(StandardCharsets.UTF_8));
        return true;
    }
}
