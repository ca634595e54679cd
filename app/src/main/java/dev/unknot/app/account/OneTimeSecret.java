package dev.unknot.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in an invitation or password-reset link: 32 bytes from {@link SecureRandom} in
 * base64url (43 characters). Only its SHA-256 is stored: with 256 random bits, the hash gives
 * nothing away, and a link is looked up by the hash's unique index, never compared.
 */
final class OneTimeSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private OneTimeSecret() {}

    static String create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a secret at all; anything else is refused without a lookup. */
    static boolean wellFormed(String secret) {
        return secret != null && FORM.matcher(secret).matches();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
