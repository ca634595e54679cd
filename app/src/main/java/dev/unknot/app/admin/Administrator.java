package dev.unknot.app.admin;

import dev.unknot.app.person.PersonId;
import java.util.Optional;

/**
 * Proof that the administrator is acting: only {@link AdminService} makes one, for a person it
 * found to be the administrator or for a command on the server's machine, and every action of
 * the service asks for one.
 */
public final class Administrator {

    private final Optional<PersonId> person;

    Administrator(Optional<PersonId> person) {
        this.person = person;
    }

    /** The administrator's account; empty for a command on the server's machine. */
    public Optional<PersonId> person() {
        return person;
    }

    @Override
    public String toString() {
        return person.map(id -> "Administrator[" + id + "]").orElse("Administrator[this machine]");
    }
}
