package dev.unknot.app.reminder;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A browser's side of Web Push, for tests only: its key pair and auth secret, and the decryption
 * of an {@code aes128gcm} message (RFC 8291 section 3, RFC 8188) with the JDK's own crypto, so
 * that what the server sends is read the way a browser reads it.
 */
record PushBrowser(ECPrivateKey privateKey, byte[] publicKey, byte[] auth) {

    static final ECParameterSpec P256 = p256();

    /** A new browser: a fresh P-256 key pair and a random 16-byte auth secret. */
    static PushBrowser create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            return new PushBrowser(
                    (ECPrivateKey) pair.getPrivate(), uncompressed((ECPublicKey) pair.getPublic()), auth);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A browser with known keys: the private scalar, the public point and the auth secret, base64url. */
    static PushBrowser of(String privateKey, String publicKey, String auth) {
        try {
            ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, decode(privateKey)), P256));
            return new PushBrowser(key, decode(publicKey), decode(auth));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String p256dh() {
        return encode(publicKey);
    }

    String authSecret() {
        return encode(auth);
    }

    /** Reads a message in one record: header (salt, record size, sender's key), then the AES-GCM record. */
    byte[] decrypt(byte[] body) {
        try {
            ByteBuffer in = ByteBuffer.wrap(body);
            byte[] salt = new byte[16];
            in.get(salt);
            int recordSize = in.getInt();
            byte[] senderKey = new byte[in.get() & 0xff];
            in.get(senderKey);
            byte[] record = new byte[in.remaining()];
            in.get(record);
            if (record.length > recordSize) {
                throw new IllegalArgumentException("more than one record");
            }
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(privateKey);
            agreement.doPhase(point(senderKey), true);
            byte[] shared = agreement.generateSecret();
            byte[] keyInfo = concat(ascii("WebPush: info\0"), publicKey, senderKey);
            byte[] ikm = hkdf(auth, shared, keyInfo, 32);
            byte[] cek = hkdf(salt, ikm, ascii("Content-Encoding: aes128gcm\0"), 16);
            byte[] nonce = hkdf(salt, ikm, ascii("Content-Encoding: nonce\0"), 12);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = cipher.doFinal(record);
            // The last record ends in the delimiter 2, then any number of zero bytes of padding.
            int end = padded.length - 1;
            while (end >= 0 && padded[end] == 0) {
                end--;
            }
            if (end < 0 || padded[end] != 2) {
                throw new IllegalArgumentException("no last-record delimiter");
            }
            return Arrays.copyOf(padded, end);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot decrypt: " + e, e);
        }
    }

    /** HKDF-SHA-256 (RFC 5869) with one block of output, as every length here is at most 32 bytes. */
    static byte[] hkdf(byte[] salt, byte[] input, byte[] info, int length) throws GeneralSecurityException {
        byte[] pseudoRandomKey = hmac(salt, input);
        return Arrays.copyOf(hmac(pseudoRandomKey, concat(info, new byte[] {1})), length);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    static PublicKey point(byte[] uncompressed) throws GeneralSecurityException {
        return KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(
                        new ECPoint(
                                new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65))),
                        P256));
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        copy32(key.getW().getAffineX(), out, 1);
        copy32(key.getW().getAffineY(), out, 33);
        return out;
    }

    private static void copy32(BigInteger value, byte[] out, int at) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, at + 32 - length, length);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] part : parts) {
            out.put(part);
        }
        return out.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] decode(String base64url) {
        return Base64.getUrlDecoder().decode(base64url);
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static ECParameterSpec p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return ((ECPublicKey) generator.generateKeyPair().getPublic()).getParams();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
