package dev.unknot.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The rule for text a person stores (a name, a note, a unit): any Unicode text, lines and tabs
 * included, but no character that breaks a database or a terminal. Refused are NUL and the other
 * control characters (escape sequences, the bell, a carriage return), a surrogate that is not half
 * of a pair (it cannot be stored as UTF-8) and Unicode's noncharacters, which are for a program's
 * own use (the CLI marks its own styles with them).
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PlainText {

    private PlainText() {}

    /** What makes {@code text} unfit to store, in words; empty when it is fit. */
    public static Optional<String> fault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i);
                if (isNoncharacter(codePoint)) {
                    return Optional.of("a noncharacter (" + unicode(codePoint) + ")");
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("half of a surrogate pair (" + unicode(c) + ")");
            } else if (c == 0) {
                return Optional.of("a NUL character");
            } else if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                return Optional.of("a control character (" + unicode(c) + ")");
            } else if (isNoncharacter(c)) {
                return Optional.of("a noncharacter (" + unicode(c) + ")");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} may be stored. */
    public static boolean isPlain(String text) {
        return fault(text).isEmpty();
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String unicode(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
