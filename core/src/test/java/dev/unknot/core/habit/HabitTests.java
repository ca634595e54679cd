package dev.unknot.core.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.TechniqueId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HabitTests {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    private static Habit habit(String name) {
        return new Habit(
                new HabitId(1),
                name,
                HabitTarget.technique("stretching/childs-pose"),
                Schedule.daily(),
                Metric.yesNo(),
                START,
                HabitStatus.ACTIVE);
    }

    @Test
    void keepsItsNameStripped() {
        assertThat(habit("  Child's pose  ").name()).isEqualTo("Child's pose");
    }

    @Test
    void blankNameIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> habit(" ")).withMessage("habit name must not be blank");
    }

    @Test
    void missingNameIsNamed() {
        assertThatNullPointerException().isThrownBy(() -> habit(null)).withMessage("habit name must not be null");
    }

    @Test
    void missingPartsAreNamed() {
        HabitTarget target = HabitTarget.custom("Drink water");
        assertThatNullPointerException()
                .isThrownBy(
                        () -> new Habit(null, "n", target, Schedule.daily(), Metric.yesNo(), START, HabitStatus.ACTIVE))
                .withMessage("habit id must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> new Habit(
                        new HabitId(1), "n", null, Schedule.daily(), Metric.yesNo(), START, HabitStatus.ACTIVE))
                .withMessage("habit target must not be null");
        assertThatNullPointerException()
                .isThrownBy(
                        () -> new Habit(new HabitId(1), "n", target, null, Metric.yesNo(), START, HabitStatus.ACTIVE))
                .withMessage("habit schedule must not be null");
        assertThatNullPointerException()
                .isThrownBy(
                        () -> new Habit(new HabitId(1), "n", target, Schedule.daily(), null, START, HabitStatus.ACTIVE))
                .withMessage("habit metric must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> new Habit(
                        new HabitId(1), "n", target, Schedule.daily(), Metric.yesNo(), null, HabitStatus.ACTIVE))
                .withMessage("habit start must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> new Habit(new HabitId(1), "n", target, Schedule.daily(), Metric.yesNo(), START, null))
                .withMessage("habit status must not be null");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void habitIdMustBePositive(long value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HabitId(value))
                .withMessage("habit id must be positive, was " + value);
    }

    @Test
    void habitIdReadsAsItsNumber() {
        assertThat(new HabitId(42)).hasToString("42");
    }

    @Test
    void targetsNameWhatTheyPointAt() {
        assertThat(HabitTarget.technique("stretching/childs-pose").technique())
                .isEqualTo(TechniqueId.of("stretching/childs-pose"));
        assertThat(HabitTarget.routine("movement/desk-break").routine()).isEqualTo(RoutineId.of("movement/desk-break"));
        assertThat(HabitTarget.custom("  Walk after lunch ").text()).isEqualTo("Walk after lunch");
    }

    @Test
    void targetsRejectMalformedIdsAndBlankText() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HabitTarget.technique("childs-pose"))
                .withMessageStartingWith("technique id must be 'namespace/name'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HabitTarget.routine("Movement/Desk"))
                .withMessageStartingWith("routine id must be 'namespace/name'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HabitTarget.custom("  "))
                .withMessage("habit description must not be blank");
        assertThatNullPointerException()
                .isThrownBy(() -> new HabitTarget.OfTechnique(null))
                .withMessage("technique must not be null");
    }
}
