package dev.unknot.core.property;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Plain JUnit property testing: checks a property on cases drawn from a fixed seed, so that every
 * run checks the same cases, and says which case failed and how to replay it.
 *
 * <p>Each case gets a {@link Random} of its own, seeded from the run's seed, so a failing case can
 * be replayed alone from its case seed:
 *
 * <pre>{@code
 * RandomCases.forAll(300, 20250309L, random -> random.nextInt(0, 100), n -> assertThat(n).isLessThan(100));
 * // on failure: "case 17 of 300 failed (seed 20250309, case seed -4962768465676381896) for 42: ..."
 * RandomCases.replay(-4962768465676381896L, random -> random.nextInt(0, 100), n -> ...);
 * }</pre>
 *
 * <p>Generators draw only from the {@code Random} they are given; they should lean towards
 * boundaries themselves (a day start of midnight, a check-in at 23:59), as nothing here shrinks
 * or hunts for edge cases.
 */
public final class RandomCases {

    private RandomCases() {}

    /**
     * Checks {@code property} on {@code cases} values of {@code generator}.
     *
     * @throws AssertionError naming the case index, the run's seed, the case seed and the value,
     *     with the property's own failure as the cause
     */
    public static <T> void forAll(int cases, long seed, Function<Random, T> generator, Consumer<T> property) {
        if (cases < 1) {
            throw new IllegalArgumentException("run at least one case, was " + cases);
        }
        Random seeds = new Random(seed);
        for (int index = 0; index < cases; index++) {
            long caseSeed = seeds.nextLong();
            String where = "case " + index + " of " + cases + " failed (seed " + seed + ", case seed " + caseSeed + ")";
            check(where, caseSeed, generator, property);
        }
    }

    /** Checks {@code property} on the one value {@code generator} draws from {@code caseSeed}. */
    public static <T> void replay(long caseSeed, Function<Random, T> generator, Consumer<T> property) {
        check("replayed case failed (case seed " + caseSeed + ")", caseSeed, generator, property);
    }

    /** One of {@code values}, each as likely as the others. */
    public static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One of {@code values}, each as likely as the others. */
    @SafeVarargs
    public static <T> T pick(Random random, T... values) {
        return pick(random, List.of(values));
    }

    private static <T> void check(String where, long caseSeed, Function<Random, T> generator, Consumer<T> property) {
        T value;
        try {
            value = generator.apply(new Random(caseSeed));
        } catch (RuntimeException | AssertionError failure) {
            throw new AssertionError(where + " while generating its value: " + failure, failure);
        }
        try {
            property.accept(value);
        } catch (RuntimeException | AssertionError failure) {
            throw new AssertionError(where + " for " + value + ": " + failure.getMessage(), failure);
        }
    }
}
