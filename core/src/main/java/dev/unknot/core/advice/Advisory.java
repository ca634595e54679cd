package dev.unknot.core.advice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.Require;
import org.apiguardian.api.API;

/**
 * A piece of advice for a person, such as "see a specialist".
 *
 * @param rule the id of the rule that gave it, namespaced by its plugin
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Advisory(String rule, Severity severity, String title, String message) {

    public enum Severity {
        /** Worth knowing. */
        INFO,
        /** Worth acting on soon. */
        CAUTION,
        /** Act now: get checked by a professional. */
        URGENT,
        /**
         * Seek emergency care now. Front ends show it as an emergency the person acknowledges, never
         * as a tip.
         *
         * @since 0.1
         */
        EMERGENCY
    }

    public Advisory {
        rule = Require.text(rule, "advice rule");
        Require.present(severity, "severity");
        title = Require.text(title, "advisory title");
        message = Require.text(message, "advisory message");
    }
}
