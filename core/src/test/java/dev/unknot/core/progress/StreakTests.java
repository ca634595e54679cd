package dev.unknot.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StreakTests {

    @Test
    void aStreakInWordsIsTheSameWhereverItIsShown() {
        LocalDate day = LocalDate.of(2026, 12, 6);
        assertThat(Streak.none(Streak.Unit.DAYS).inWords()).isEqualTo("no streak yet");
        assertThat(new Streak(1, Streak.Unit.DAYS, Optional.of(day), Optional.of(day)).inWords())
                .isEqualTo("1-day streak");
        assertThat(new Streak(3, Streak.Unit.WEEKS, Optional.of(day), Optional.of(day)).inWords())
                .isEqualTo("3-week streak");
        assertThat(Streak.Unit.DAYS.count(1)).isEqualTo("1 day");
        assertThat(Streak.Unit.DAYS.count(0)).isEqualTo("0 days");
        assertThat(Streak.Unit.WEEKS.count(12)).isEqualTo("12 weeks");
    }
}
