package dev.unknot.app.reminder;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A way a reminder reaches a person from the server. */
public enum Channel {
    /** An email over the server's SMTP relay. */
    EMAIL,
    /** A POST to the person's ntfy topic. */
    NTFY,
    /** A push message to each browser the person subscribed (Web Push, VAPID). */
    WEB_PUSH;

    /** The channel's name as front ends write it: {@code email}, {@code ntfy}, {@code web-push}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the channels there are */
    public static Channel parse(String text) {
        return Arrays.stream(values())
                .filter(channel -> channel.text().equalsIgnoreCase(text.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a reminder channel is one of "
                        + Arrays.stream(values()).map(Channel::text).collect(Collectors.joining(", "))
                        + ", was '" + text.strip() + "'"));
    }
}
