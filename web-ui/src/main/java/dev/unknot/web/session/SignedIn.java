package dev.unknot.web.session;

import com.vaadin.flow.server.VaadinSession;
import dev.unknot.app.person.PersonId;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The person signed in to this browser session. Views take the person from here and nowhere else,
 * so no address, parameter or form field can make a view act for someone else.
 */
public record SignedIn(long id, String username) implements Serializable {

    public SignedIn {
        Objects.requireNonNull(username, "username");
    }

    public SignedIn(PersonId person, String username) {
        this(person.value(), username);
    }

    public PersonId personId() {
        return new PersonId(id);
    }

    /** Who is signed in to the current session, if anyone. */
    public static Optional<SignedIn> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(SignedIn.class));
    }

    /**
     * The signed-in person; views behind the sign-in page call this.
     *
     * @throws IllegalStateException when nobody is signed in (the access check keeps such requests away)
     */
    public static PersonId person() {
        return current().map(SignedIn::personId).orElseThrow(() -> new IllegalStateException("nobody is signed in"));
    }

    /** Remembers {@code signedIn} in the current session. */
    public static void remember(SignedIn signedIn) {
        VaadinSession.getCurrent().setAttribute(SignedIn.class, signedIn);
    }

    /** Forgets who is signed in and ends the session. */
    public static void forget() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SignedIn.class, null);
            if (session.getSession() != null) {
                session.getSession().invalidate();
            }
        }
    }
}
