package dev.unknot.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.progress.ChangeOverTime.Rating;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ChangeOverTimeTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    /** One rating a day from {@link #START}, the levels in order. */
    private static List<Rating> daily(int... levels) {
        List<Rating> ratings = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            ratings.add(new Rating(START.plusDays(i), levels[i]));
        }
        return ratings;
    }

    @Test
    void theIssuesCaseComparesTheFirstTwoWeeksNotTheFirstRating() {
        // Day 1 is 4.8-ish (5), then a bad spell: the first fourteen days sum to 94, a mean of 6.71.
        // Days 15 to 28 wander; the last fourteen days (22 to 35) sum to 79, a mean of 5.64.
        int[] levels = {
            5, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 6, // 94
            7, 7, 6, 6, 6, 6, 6, //
            6, 6, 6, 6, 5, 6, 5, 6, 6, 6, 5, 5, 5, 6 // 79
        };
        LocalDate today = START.plusDays(levels.length - 1L);

        ChangeOverTime change =
                ChangeOverTime.of("tightness", daily(levels), today).orElseThrow();

        assertThat(change.first()).isEqualTo(94.0 / 14);
        assertThat(change.latest()).isEqualTo(79.0 / 14);
        assertThat(change.firstFrom()).isEqualTo(START);
        assertThat(change.latestFrom()).isEqualTo(START.plusDays(21));
        // 6.71 to 5.64 is 1.07 points and 16%: about the same, and never "no better than 5".
        assertThat(change.direction()).isEqualTo(MeaningfulChange.Direction.ABOUT_THE_SAME);
        assertThat(change.windows()).isEqualTo("last two weeks vs. your first two weeks");
        assertThat(change.sentence())
                .isEqualTo("Your tightness before practice averaged 5.6/10 in the last two weeks vs. 6.7/10 in your "
                        + "first two weeks: about the same (a change counts from 2 points or 30%).")
                .doesNotContain("5.0", "4.8");
    }

    @Test
    void aDropOfTwoPointsBetweenTheWindowsIsBetter() {
        // First fortnight all 7, last fortnight all 4 (a ramp between): 7 to 4 is better.
        int[] levels = new int[42];
        for (int i = 0; i < 42; i++) {
            levels[i] = i < 14 ? 7 : i < 28 ? 5 : 4;
        }
        ChangeOverTime change =
                ChangeOverTime.of("pain", daily(levels), START.plusDays(41)).orElseThrow();

        assertThat(change.direction()).isEqualTo(MeaningfulChange.Direction.BETTER);
        assertThat(change.sentence())
                .isEqualTo("Your pain before practice averaged 4.0/10 in the last two weeks vs. 7.0/10 in your first "
                        + "two weeks: better.");
    }

    @Test
    void betweenTwoAndFourWeeksTheWindowsAreAWeekEach() {
        // Days 1-7: 3,3,3,3,3,3,3 (mean 3); days 14-20 (the last week): 4 each: 1 point is 33% of 3, worse.
        int[] levels = {3, 3, 3, 3, 3, 3, 3, 9, 9, 9, 9, 9, 9, 4, 4, 4, 4, 4, 4, 4};
        ChangeOverTime change = ChangeOverTime.of("tightness", daily(levels), START.plusDays(19))
                .orElseThrow();

        assertThat(change.windowDays()).isEqualTo(7);
        assertThat(change.first()).isEqualTo(3.0);
        assertThat(change.latest()).isEqualTo(4.0);
        assertThat(change.direction()).isEqualTo(MeaningfulChange.Direction.WORSE);
        assertThat(change.windows()).isEqualTo("last week vs. your first week");
    }

    @Test
    void underTwoWeeksOrAnEmptyLatestWindowThereIsNothingFairToSay() {
        assertThat(ChangeOverTime.of("tightness", daily(6, 5, 4), START.plusDays(12)))
                .isEmpty();
        // Rated for a week, then nothing for three: the last two weeks hold no rating.
        assertThat(ChangeOverTime.of("tightness", daily(6, 6, 6, 6, 6, 6, 6), START.plusDays(35)))
                .isEmpty();
        assertThat(ChangeOverTime.of("tightness", List.of(), START)).isEmpty();
    }

    @Test
    void ratingsAfterTodayAreLeftOut() {
        List<Rating> ratings = new ArrayList<>(daily(6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6));
        ratings.add(new Rating(START.plusDays(30), 0));

        assertThat(ChangeOverTime.of("tightness", ratings, START.plusDays(13))
                        .orElseThrow()
                        .latest())
                .isEqualTo(6.0);
    }

    /**
     * Whatever the history, the sentence says "better" exactly when the rule says the change
     * between the two windows' means is a meaningful drop, and "worse" only on a meaningful rise.
     */
    @Property(tries = 500)
    void theSentenceNeverSaysBetterUnlessTheRuleDoes(
            @ForAll("histories") List<Rating> ratings, @ForAll @IntRange(min = 0, max = 60) int daysAfter) {
        LocalDate today = START.plusDays(daysAfter);
        Optional<ChangeOverTime> change = ChangeOverTime.of("tightness", ratings, today);
        change.ifPresent(found -> {
            MeaningfulChange.Direction rule = MeaningfulChange.between(found.first(), found.latest());
            String sentence = found.sentence();
            assertThat(sentence.endsWith(": better.")).isEqualTo(rule == MeaningfulChange.Direction.BETTER);
            assertThat(sentence.endsWith(": worse.")).isEqualTo(rule == MeaningfulChange.Direction.WORSE);
            assertThat(found.firstFrom().plusDays(found.windowDays() - 1L)).isBefore(found.latestFrom());
            assertThat(found.latestFrom().plusDays(found.windowDays() - 1L)).isEqualTo(today);
        });
    }

    @Provide
    Arbitrary<List<Rating>> histories() {
        Arbitrary<Rating> rating = Arbitraries.integers()
                .between(0, 60)
                .flatMap(day ->
                        Arbitraries.integers().between(0, 10).map(level -> new Rating(START.plusDays(day), level)));
        return rating.list().ofMaxSize(80);
    }
}
