package dev.unknot.core.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RandomCasesTests {

    private static final Function<Random, Integer> PERCENT = random -> random.nextInt(0, 100);

    @Test
    void checksEveryCase() {
        List<Integer> seen = new ArrayList<>();

        RandomCases.forAll(250, 1L, PERCENT, seen::add);

        assertThat(seen).hasSize(250).allSatisfy(n -> assertThat(n).isBetween(0, 99));
    }

    @Test
    void theSameSeedDrawsTheSameCases() {
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        List<Integer> otherSeed = new ArrayList<>();

        RandomCases.forAll(50, 7L, PERCENT, first::add);
        RandomCases.forAll(50, 7L, PERCENT, second::add);
        RandomCases.forAll(50, 8L, PERCENT, otherSeed::add);

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void aFailureNamesTheCaseTheSeedsAndTheValueAndKeepsItsCause() {
        AssertionError failure = catchThrowableOfType(
                AssertionError.class,
                () -> RandomCases.forAll(500, 42L, PERCENT, n -> {
                    if (n == 99) {
                        throw new IllegalStateException("ninety-nine");
                    }
                }));

        assertThat(failure.getMessage())
                .matches("case \\d+ of 500 failed \\(seed 42, case seed -?\\d+\\) for 99: ninety-nine");
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("ninety-nine");
    }

    @Test
    void theCaseSeedOfAFailureReplaysThatValue() {
        AssertionError failure = catchThrowableOfType(
                AssertionError.class,
                () -> RandomCases.forAll(500, 42L, PERCENT, n -> assertThat(n).isNotEqualTo(99)));
        Matcher caseSeed = Pattern.compile("case seed (-?\\d+)").matcher(failure.getMessage());
        assertThat(caseSeed.find()).isTrue();
        List<Integer> replayed = new ArrayList<>();

        RandomCases.replay(Long.parseLong(caseSeed.group(1)), PERCENT, replayed::add);

        assertThat(replayed).containsExactly(99);
    }

    @Test
    void aGeneratorThatThrowsIsReportedAsSuch() {
        AssertionError failure = catchThrowableOfType(
                AssertionError.class,
                () -> RandomCases.forAll(
                        3,
                        1L,
                        random -> {
                            throw new IllegalArgumentException("no such value");
                        },
                        value -> {}));

        assertThat(failure.getMessage())
                .startsWith("case 0 of 3 failed (seed 1, case seed ")
                .endsWith(") while generating its value: java.lang.IllegalArgumentException: no such value");
    }

    @Test
    void atLeastOneCaseIsRun() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RandomCases.forAll(0, 1L, PERCENT, n -> {}))
                .withMessage("run at least one case, was 0");
    }

    @Test
    void pickDrawsEachValue() {
        Random random = new Random(3);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            picked.add(RandomCases.pick(random, "a", "b", "c"));
        }

        assertThat(picked).containsOnly("a", "b", "c").contains("a", "b", "c");
    }
}
