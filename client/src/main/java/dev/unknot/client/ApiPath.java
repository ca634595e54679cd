package dev.unknot.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A path of the API from a template in the notation of the API's own controllers (RFC 6570's
 * {@code {id}}, {@code {+id}} and {@code {?a,b}}), filled in order from values: {@code {id}} is
 * one percent-encoded segment, {@code {+id}} a namespaced id whose slashes stay
 * ({@code stretching/cat-cow}), {@code {?a,b}} the query, without the names whose value is null.
 */
final class ApiPath {

    private ApiPath() {}

    /** @throws IllegalArgumentException when the template takes more or fewer values than given */
    static String expand(String template, Object... values) {
        StringBuilder path = new StringBuilder(template.length() + 16);
        int next = 0;
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                path.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            path.append(template, at, open);
            String expression = template.substring(open + 1, close);
            if (expression.startsWith("?")) {
                char separator = '?';
                for (String name : expression.substring(1).split(",")) {
                    Object value = value(template, values, next++);
                    if (value != null) {
                        path.append(separator).append(name).append('=').append(encoded(value.toString()));
                        separator = '&';
                    }
                }
            } else if (expression.startsWith("+")) {
                String id = segmentValue(template, values, next++);
                path.append(
                        Arrays.stream(id.split("/", -1)).map(ApiPath::encoded).collect(Collectors.joining("/")));
            } else {
                path.append(encoded(segmentValue(template, values, next++)));
            }
            at = close + 1;
        }
        if (next != values.length) {
            throw new IllegalArgumentException(template + " takes " + next + " values, not " + values.length);
        }
        return path.toString();
    }

    private static Object value(String template, Object[] values, int index) {
        if (index >= values.length) {
            throw new IllegalArgumentException(template + " takes more than " + values.length + " values");
        }
        return values[index];
    }

    private static String segmentValue(String template, Object[] values, int index) {
        return Objects.requireNonNull(value(template, values, index), () -> template + ": value " + index + " is null")
                .toString();
    }

    /** Percent-encoded, so that it is one segment or one query value whatever it holds. */
    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
