package dev.unknot.app.reminder;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The SMTP server reminders are mailed through, from {@code UNKNOT_SMTP_URL}:
 * {@code smtp://user:password@host:port} (STARTTLS when the server offers it) or
 * {@code smtps://...} (TLS from the start); user and password are optional and URL-encoded.
 */
public record MailRelay(
        boolean tls, String host, int port, Optional<String> user, Optional<String> password, String from) {

    /** @throws IllegalArgumentException naming what is wrong with the setting */
    public static MailRelay parse(String url, String from) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("UNKNOT_SMTP_URL is not a URL such as smtp://user:password@host:587");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!(scheme.equals("smtp") || scheme.equals("smtps")) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "UNKNOT_SMTP_URL must be smtp://user:password@host:port or smtps://..., was " + scheme + "://...");
        }
        if (from.isBlank() || !from.contains("@")) {
            throw new IllegalArgumentException(
                    "UNKNOT_MAIL_FROM must be the address reminders come from, such as unknot@example.org");
        }
        boolean tls = scheme.equals("smtps");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 465 : 587;
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
            password = parts.length > 1
                    ? Optional.of(URLDecoder.decode(parts[1], StandardCharsets.UTF_8))
                    : Optional.empty();
        }
        return new MailRelay(tls, uri.getHost(), port, user, password, from.strip());
    }

    @Override
    public String toString() {
        // Never the password: this lands in logs.
        return (tls ? "smtps://" : "smtp://") + user.map(name -> name + "@").orElse("") + host + ":" + port;
    }
}
