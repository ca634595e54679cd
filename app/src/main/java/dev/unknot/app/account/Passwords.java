package dev.unknot.app.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id password hashes (Password4j), with OWASP's minimum parameters: 19 MiB of memory, two
 * passes, one lane. A stored hash names its own parameters, so stronger ones can come later
 * without breaking old accounts.
 */
@Singleton
public class Passwords {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);

    /** A hash of a password nobody has, checked when the username is unknown, so that both take as long. */
    private final String decoy = hash("not a password of anyone");

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String hash) {
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            // A hash this class did not write; it matches nothing.
            return false;
        }
    }

    /** A password nobody knows or can guess: 256 random bits. */
    static String unguessable() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return java.util.HexFormat.of().formatHex(secret);
    }

    /** Spends the time a check takes, for an unknown username. */
    void checkDecoy(String password) {
        matches(password, decoy);
    }
}
