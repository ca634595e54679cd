package dev.unknot.app.person;

import java.util.Objects;

/**
 * What a web sign-in checks a password against. The store keeps the hash it was given and never
 * sees a password.
 */
public record Credentials(PersonId person, String passwordHash) {

    public Credentials {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(passwordHash, "password hash");
    }

    @Override
    public String toString() {
        return "Credentials[person=" + person + "]";
    }
}
