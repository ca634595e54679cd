package dev.unknot.web.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Jetty's side of the front door: the client's address, scheme and host come from the
 * {@code X-Forwarded-*} headers only when the request also carries this process's secret, which only
 * {@link FrontDoor} knows. Anyone on the machine can reach Jetty's loopback port and send forwarding
 * headers; without the secret Jetty ignores them and sees the connection as it is.
 *
 * <p>Sign-in throttling keys on the address Jetty reports ({@code getRemoteAddr}), so believing a
 * forged {@code X-Forwarded-For} would let anyone sign in as often as they like.
 */
final class FrontDoorForwarding implements HttpConfiguration.Customizer {

    /** The header that carries the secret from the front door to Jetty. */
    static final String SECRET_HEADER = "X-Unknot-Front-Door";

    private final byte[] secret;
    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();

    FrontDoorForwarding(String secret) {
        this.secret = secret.getBytes(StandardCharsets.US_ASCII);
    }

    /** A new secret for one process's front door: 256 random bits, base64url. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Whether Jetty's {@link ForwardedRequestCustomizer} (or this class) reads a header of this
     * lower-case name; the front door drops every such header a client sends.
     */
    static boolean isForwardingHeader(String lowerCaseName) {
        return lowerCaseName.startsWith("x-forwarded-")
                || lowerCaseName.equals("forwarded")
                || lowerCaseName.equals("x-proxied-https")
                || lowerCaseName.equals("proxy-ssl-id")
                || lowerCaseName.equals("proxy-auth-cert")
                || lowerCaseName.equalsIgnoreCase(SECRET_HEADER);
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        String presented = request.getHeaders().get(SECRET_HEADER);
        if (presented != null && MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.US_ASCII))) {
            return forwarded.customize(request, responseHeaders);
        }
        return request;
    }
}
