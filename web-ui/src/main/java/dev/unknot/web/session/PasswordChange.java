package dev.unknot.web.session;

import dev.unknot.app.person.PersonId;
import dev.unknot.wire.error.InvalidInputException;

/**
 * Changing a signed-in person's password. The account feature implements it; Settings offers it
 * without depending on that feature.
 */
public interface PasswordChange {

    /** The field an {@link InvalidInputException} names when the current password is refused. */
    String CURRENT = "current password";

    /**
     * Replaces the person's password when {@code current} is theirs; the session stays signed in.
     *
     * @param address where the request comes from, for the limit on failed sign-ins
     * @throws InvalidInputException naming {@value #CURRENT} for a wrong current password (which
     *     counts as a failed sign-in) or after too many failures, {@code new password} or
     *     {@code repeated password} for a new password that breaks the rules
     */
    void changePassword(PersonId person, String current, String replacement, String repeated, String address);
}
