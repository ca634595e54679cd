package dev.unknot.web.account;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.unknot.app.account.Accounts;
import dev.unknot.app.person.Activity;
import dev.unknot.web.session.PublicView;
import dev.unknot.web.session.SignedIn;

/**
 * Sends every navigation to a view not marked {@link PublicView} to the sign-in page when nobody
 * is signed in, or to sign-up on a fresh install. It runs before the view is built, so a view
 * behind it never runs without a person. Registered in {@code META-INF/services}.
 */
public class AccessCheck implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(AccessCheck::check));
        event.addRequestHandler(
                new DisabledAccounts(event.getSource().getInstantiator().getOrCreate(Activity.class)));
    }

    static void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget().isAnnotationPresent(PublicView.class)
                || SignedIn.current().isPresent()) {
            return;
        }
        Accounts accounts =
                event.getUI().getSession().getService().getInstantiator().getOrCreate(Accounts.class);
        if (accounts.fresh()) {
            event.forwardTo(SignUpView.class);
            return;
        }
        // The sign-in page opens the page asked for afterwards.
        String asked = AccountForms.target(event.getLocation().getPathWithQueryParameters());
        event.forwardTo(
                LoginView.class,
                asked.isEmpty() ? QueryParameters.empty() : QueryParameters.of(AccountForms.TARGET, asked));
    }
}
