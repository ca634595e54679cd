package dev.unknot.app.account;

import dev.unknot.wire.error.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who may open an account, once the first one exists. */
public enum RegistrationMode {
    /** Anyone who finds the sign-up page. */
    OPEN("open"),
    /** Only someone with an invitation link from the administrator. */
    INVITE_ONLY("invite-only"),
    /** Nobody. */
    CLOSED("closed");

    private final String text;

    RegistrationMode(String text) {
        this.text = text;
    }

    /** The mode's name in the CLI, the API and the database: {@code open}, {@code invite-only} or {@code closed}. */
    public String text() {
        return text;
    }

    /** @throws InvalidInputException naming the three modes */
    public static RegistrationMode parse(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(mode -> mode.text.equals(typed))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "registration",
                        "registration must be one of "
                                + Arrays.stream(values())
                                        .map(RegistrationMode::text)
                                        .collect(Collectors.joining(", "))
                                + ", was '" + text + "'"));
    }
}
