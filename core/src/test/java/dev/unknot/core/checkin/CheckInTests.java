package dev.unknot.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.unknot.core.habit.HabitId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckInTests {

    private static final HabitId HABIT = new HabitId(7);
    private static final Instant AT = Instant.parse("2025-03-30T07:15:00Z");

    private static CheckIn checkIn(String clientId, double amount, Optional<Duration> duration, String note) {
        return new CheckIn(
                clientId,
                HABIT,
                AT,
                amount,
                duration,
                Optional.of(Tightness.of(6)),
                Optional.of(Tightness.of(3)),
                note,
                Set.of());
    }

    @Test
    void keepsWhatWasRecordedWithTextStripped() {
        CheckIn checkIn = checkIn("  phone-42  ", 1, Optional.of(Duration.ofMinutes(5)), "  felt looser \n");

        assertThat(checkIn.clientId()).isEqualTo("phone-42");
        assertThat(checkIn.note()).isEqualTo("felt looser");
        assertThat(checkIn.before()).contains(Tightness.of(6));
        assertThat(checkIn.after()).contains(Tightness.of(3));
        assertThat(checkIn.duration()).contains(Duration.ofMinutes(5));
    }

    @Test
    void acceptsZeroAmountNoDurationAndAnEmptyNote() {
        CheckIn checkIn =
                new CheckIn("c", HABIT, AT, 0, Optional.empty(), Optional.empty(), Optional.empty(), "", Set.of());

        assertThat(checkIn.amount()).isZero();
        assertThat(checkIn.duration()).isEmpty();
        assertThat(checkIn.note()).isEmpty();
    }

    @Test
    void acceptsAZeroDuration() {
        assertThat(checkIn("c", 1, Optional.of(Duration.ZERO), "").duration()).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankClientIdIsRejected(String clientId) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> checkIn(clientId, 1, Optional.empty(), ""))
                .withMessage("client id must not be blank");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -0.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void negativeOrNonFiniteAmountIsRejected(double amount) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> checkIn("c", amount, Optional.empty(), ""))
                .withMessageStartingWith("amount must be zero or more, was ");
    }

    @Test
    void negativeDurationIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> checkIn("c", 1, Optional.of(Duration.ofSeconds(-1)), ""))
                .withMessage("duration must not be negative, was PT-1S");
    }

    @Test
    void missingPartsAreNamed() {
        assertThatNullPointerException()
                .isThrownBy(() -> new CheckIn(
                        "c", null, AT, 1, Optional.empty(), Optional.empty(), Optional.empty(), "", Set.of()))
                .withMessage("habit must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> new CheckIn(
                        "c", HABIT, null, 1, Optional.empty(), Optional.empty(), Optional.empty(), "", Set.of()))
                .withMessage("check-in time must not be null");
        assertThatNullPointerException()
                .isThrownBy(
                        () -> new CheckIn("c", HABIT, AT, 1, null, Optional.empty(), Optional.empty(), "", Set.of()))
                .withMessage("duration must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> new CheckIn(
                        "c", HABIT, AT, 1, Optional.empty(), Optional.empty(), Optional.empty(), null, Set.of()))
                .withMessage("note must not be null");
    }

    @Test
    void keepsReportedSymptomsAsAnImmutableSet() {
        CheckIn checkIn = new CheckIn(
                "c",
                HABIT,
                AT,
                1,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "",
                java.util.EnumSet.of(Symptom.NUMBNESS));

        assertThat(checkIn.symptoms()).containsExactly(Symptom.NUMBNESS);
        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> checkIn.symptoms().add(Symptom.PAIN));
    }

    @Test
    void refusesMissingSymptoms() {
        assertThatNullPointerException()
                .isThrownBy(() ->
                        new CheckIn("c", HABIT, AT, 1, Optional.empty(), Optional.empty(), Optional.empty(), "", null))
                .withMessageContaining("symptoms");
    }

    @Test
    void aCheckInReportsWhenItSaysHowTheBackWas() {
        CheckIn plain =
                new CheckIn("c", HABIT, AT, 1, Optional.empty(), Optional.empty(), Optional.empty(), "  ", Set.of());

        assertThat(plain.reports()).isFalse();
        assertThat(new CheckIn(
                                "c",
                                HABIT,
                                AT,
                                1,
                                Optional.empty(),
                                Optional.of(Tightness.of(0)),
                                Optional.empty(),
                                "",
                                Set.of())
                        .reports())
                .isTrue();
        assertThat(new CheckIn(
                                "c",
                                HABIT,
                                AT,
                                1,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(Tightness.of(3)),
                                "",
                                Set.of())
                        .reports())
                .isTrue();
        assertThat(new CheckIn(
                                "c",
                                HABIT,
                                AT,
                                1,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                "stiff",
                                Set.of())
                        .reports())
                .isTrue();
        assertThat(new CheckIn(
                                "c",
                                HABIT,
                                AT,
                                1,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                "",
                                Set.of(Symptom.PAIN))
                        .reports())
                .isTrue();
    }
}
