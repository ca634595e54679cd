package dev.unknot.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cat-cow",
                "two\nlines",
                "a\ttab",
                "hold 20–30 s",
                "Rücken 😌 背中",
                "",
            })
    void acceptsTextWithLinesTabsAndAnyScript(String text) {
        assertThat(PlainText.fault(text)).isEmpty();
        assertThat(PlainText.isPlain(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a\\u0000b|a NUL character",
                "\\u001b[2J|a control character (U+001B)",
                "bell\\u0007|a control character (U+0007)",
                "cr\\rlf|a control character (U+000D)",
                "del\\u007f|a control character (U+007F)",
                "csi\\u009b|a control character (U+009B)",
                "lone\\ud800|half of a surrogate pair (U+D800)",
                "\\udc00first|half of a surrogate pair (U+DC00)",
                "mark\\ufdd0|a noncharacter (U+FDD0)",
                "end\\uffff|a noncharacter (U+FFFF)",
                "plane\\ud83f\\udffe|a noncharacter (U+1FFFE)",
            })
    void refusesWhatBreaksStorageOrTerminals(String escaped, String fault) {
        assertThat(PlainText.fault(unescape(escaped))).contains(fault);
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (text.startsWith("\\r", i)) {
                out.append('\r');
                i++;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
