package dev.unknot.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTests {

    @ParameterizedTest(name = "{0} s reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | 0 s
            1    | 1 s
            45   | 45 s
            59   | 59 s
            60   | 1 min
            90   | 1 min 30 s
            120  | 2 min
            3599 | 59 min 59 s
            3600 | 1 h
            3601 | 1 h 1 s
            3900 | 1 h 5 min
            3661 | 1 h 1 min 1 s
            10800 | 3 h
            """)
    void formatsAsAPersonReads(long seconds, String expected) {
        assertThat(Durations.format(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}–{1} s reads as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            20   | 30   | 20–30 s
            30   | 30   | 30 s
            60   | 120  | 1–2 min
            600  | 600  | 10 min
            45   | 120  | 45 s–2 min
            30   | 90   | 30 s–1 min 30 s
            90   | 150  | 1 min 30 s–2 min 30 s
            1800 | 3600 | 30 min–1 h
            3600 | 7200 | 1 h–2 h
            """)
    void rangesShareAUnitWhenTheyCan(long min, long max, String expected) {
        assertThat(Durations.range(Duration.ofSeconds(min), Duration.ofSeconds(max)))
                .isEqualTo(expected);
    }
}
