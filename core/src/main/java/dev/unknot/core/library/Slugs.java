package dev.unknot.core.library;

import java.util.regex.Pattern;

/** The shape of ids: lower-case words joined by hyphens, optionally behind a namespace. */
final class Slugs {

    static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
    private static final Pattern SLUG_PATTERN = Pattern.compile(SLUG);
    private static final Pattern NAMESPACED_PATTERN = Pattern.compile(SLUG + "/" + SLUG);

    private Slugs() {}

    static String slug(String value, String what) {
        if (value == null || !SLUG_PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    what + " must be lower-case words joined by hyphens (like 'foam-rolling'), was '" + value + "'");
        }
        return value;
    }

    static String namespaced(String value, String what) {
        if (value == null || !NAMESPACED_PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 'namespace/name' in lower-case words joined by hyphens"
                    + " (like 'stretching/childs-pose'), was '" + value + "'");
        }
        return value;
    }
}
