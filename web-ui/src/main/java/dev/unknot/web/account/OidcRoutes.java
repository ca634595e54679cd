package dev.unknot.web.account;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.unknot.app.account.OidcAccounts;
import dev.unknot.app.account.OidcProvider;
import dev.unknot.app.account.OidcSignInException;
import dev.unknot.app.person.Person;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.TrackerException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two addresses of signing in through the administrator's identity provider, beside Vaadin's
 * pages: {@value #LOGIN} sends the browser to the provider, and the provider sends it back to
 * {@value #CALLBACK}, where the person is signed in to this browser session exactly as after a
 * password ({@link SignedIn}). Everything the protocol decides is {@link OidcProvider}'s; which
 * account the provider's person gets is {@link OidcAccounts}'. A refused or failed sign-in ends on
 * a short page that says why in a person's words. Registered in {@code META-INF/services}.
 *
 * <p>{@value #LOGIN}{@code ?link} from a signed-in session links that person's account to the
 * provider instead (from Settings).
 */
public class OidcRoutes extends SynchronizedRequestHandler implements VaadinServiceInitListener {

    static final String LOGIN = "/oidc/login";
    static final String CALLBACK = "/" + OidcProvider.CALLBACK_PATH;

    /** Where the sign-in under way waits for the provider's answer, in the session. */
    private static final String ATTEMPT = OidcRoutes.class.getName() + ".attempt";
    /** Set beside {@link #ATTEMPT} when the sign-in links the signed-in person's account. */
    private static final String LINKING = OidcRoutes.class.getName() + ".linking";

    private static final Logger LOG = LoggerFactory.getLogger(OidcRoutes.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(this);
    }

    @Override
    protected boolean canHandleRequest(VaadinRequest request) {
        String path = request.getPathInfo();
        return LOGIN.equals(path) || CALLBACK.equals(path);
    }

    @Override
    public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
            throws IOException {
        if (!canHandleRequest(request)) {
            return false;
        }
        OidcProvider provider = bean(session, OidcProvider.class);
        response.setHeader("Cache-Control", "no-store");
        try {
            if (LOGIN.equals(request.getPathInfo())) {
                start(provider, session, request, response);
            } else {
                finish(provider, session, request, response);
            }
        } catch (OidcSignInException e) {
            LOG.warn("Sign-in with {} refused: {}", provider.status().name(), e.reason());
            page(response, e.kind() == OidcSignInException.Kind.REFUSED ? 400 : 503, provider, e.getMessage());
        } catch (ConflictException e) {
            page(response, 409, provider, capitalised(e.getMessage()) + ".");
        } catch (TrackerException e) {
            page(response, 400, provider, capitalised(e.getMessage()) + ".");
        }
        return true;
    }

    private static void start(
            OidcProvider provider, VaadinSession session, VaadinRequest request, VaadinResponse response) {
        boolean linking = request.getParameter("link") != null && session.getAttribute(SignedIn.class) != null;
        String target = linking ? "settings" : AccountForms.target(request.getParameter(AccountForms.TARGET));
        OidcProvider.Start start = provider.start(provider.redirect(root(request)), target);
        // One sign-in at a time per session: a newer one replaces an unfinished one.
        session.setAttribute(ATTEMPT, start.attempt());
        session.setAttribute(LINKING, linking ? Boolean.TRUE : null);
        redirect(response, start.authorization().toString());
    }

    private static void finish(
            OidcProvider provider, VaadinSession session, VaadinRequest request, VaadinResponse response) {
        Optional<OidcProvider.Attempt> attempt =
                Optional.ofNullable((OidcProvider.Attempt) session.getAttribute(ATTEMPT));
        boolean linking = Boolean.TRUE.equals(session.getAttribute(LINKING));
        // An answer is good once: a second one with the same state finds no sign-in under way.
        session.setAttribute(ATTEMPT, null);
        session.setAttribute(LINKING, null);
        String query = ((VaadinServletRequest) request).getHttpServletRequest().getQueryString();
        URI callback = URI.create(provider.redirect(root(request)) + (query == null ? "" : "?" + query));
        OidcProvider.Identity identity = provider.finish(callback, attempt);
        OidcAccounts accounts = bean(session, OidcAccounts.class);
        String target = attempt.map(OidcProvider.Attempt::returnTo).orElse("");
        Optional<SignedIn> signedIn = Optional.ofNullable(session.getAttribute(SignedIn.class));
        if (linking && signedIn.isPresent()) {
            accounts.link(signedIn.get().personId(), identity);
            redirect(response, "../" + target);
            return;
        }
        Person person = accounts.signIn(identity);
        // A new session id at sign-in, as after a password, so that an id planted before it is worth nothing.
        VaadinService.reinitializeSession(request);
        session.setAttribute(SignedIn.class, new SignedIn(person.id(), person.username()));
        redirect(response, "../" + target);
    }

    /** Unknot's root as this request reached it (the front door passes the browser's scheme and host on). */
    private static URI root(VaadinRequest request) {
        return URI.create(((VaadinServletRequest) request)
                        .getHttpServletRequest()
                        .getRequestURL()
                        .toString())
                .resolve("/");
    }

    private static void redirect(VaadinResponse response, String location) {
        response.setStatus(302);
        response.setHeader("Location", location);
    }

    private static <T> T bean(VaadinSession session, Class<T> type) {
        return session.getService().getInstantiator().getOrCreate(type);
    }

    /** A page of its own, light or dark as the browser prefers, with the way back to the sign-in page. */
    private static void page(VaadinResponse response, int status, OidcProvider provider, String message)
            throws IOException {
        String title = "Signing in with " + provider.status().name() + " did not work";
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        try (PrintWriter out = response.getWriter()) {
            out.print("""
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>%s · Unknot</title>
                    <style>
                    :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
                    body { max-width: 32rem; margin: 4rem auto; padding: 0 1.25rem; line-height: 1.5; }
                    h1 { font-size: 1.5rem; }
                    a { font-weight: 600; }
                    </style></head>
                    <body><main><h1>%s</h1><p id="oidc-message">%s</p>
                    <p><a href="../login">Back to the sign-in page</a></p></main></body></html>
                    """.formatted(escape(title), escape(title), escape(message)));
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
