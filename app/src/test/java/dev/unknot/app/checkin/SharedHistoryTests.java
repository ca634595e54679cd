package dev.unknot.app.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.CheckInId;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.HabitId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedHistoryTests {

    @Test
    void aLongerHistoryLeavesTheShorterOneAsItWas() {
        SharedHistory three = SharedHistory.of(checkIns(1, 3));

        SharedHistory four = three.with(3, checkIn(4));
        SharedHistory five = four.with(4, checkIn(5));

        assertThat(three).containsExactlyElementsOf(checkIns(1, 3));
        assertThat(four).containsExactlyElementsOf(checkIns(1, 4));
        assertThat(five).containsExactlyElementsOf(checkIns(1, 5));
    }

    @Test
    void aShorterHistoryGrownAgainDoesNotOverwriteWhatALongerOneHolds() {
        // As when a transaction that added check-in 4 rolled back, and another one adds 9 instead.
        SharedHistory three = SharedHistory.of(checkIns(1, 3));
        SharedHistory four = three.with(3, checkIn(4));

        SharedHistory other = three.with(3, checkIn(9));

        assertThat(four).containsExactlyElementsOf(checkIns(1, 4));
        assertThat(other).containsExactly(checkIn(1), checkIn(2), checkIn(3), checkIn(9));
        assertThat(other.with(4, checkIn(10)))
                .containsExactly(checkIn(1), checkIn(2), checkIn(3), checkIn(9), checkIn(10));
        assertThat(four).containsExactlyElementsOf(checkIns(1, 4));
    }

    @Test
    void everyInsertionMatchesACopiedList() {
        Random random = new Random(6);
        List<RecordedCheckIn> oracle = new ArrayList<>();
        SharedHistory history = SharedHistory.of(List.of());
        List<SharedHistory> earlier = new ArrayList<>();
        List<List<RecordedCheckIn>> earlierOracles = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            int at = random.nextInt(4) == 0 ? random.nextInt(oracle.size() + 1) : oracle.size();
            oracle.add(at, checkIn(i));
            history = history.with(at, checkIn(i));
            assertThat(history).isEqualTo(oracle);
            earlier.add(history);
            earlierOracles.add(List.copyOf(oracle));
        }
        for (int i = 0; i < earlier.size(); i++) {
            assertThat(earlier.get(i)).isEqualTo(earlierOracles.get(i));
        }
    }

    @Test
    void itCannotBeChangedInPlace() {
        SharedHistory history = SharedHistory.of(checkIns(1, 2));

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> history.add(checkIn(3)));
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> history.set(0, checkIn(3)));
        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> history.get(2));
        assertThatExceptionOfType(IndexOutOfBoundsException.class).isThrownBy(() -> history.with(3, checkIn(3)));
    }

    private static List<RecordedCheckIn> checkIns(int first, int last) {
        List<RecordedCheckIn> checkIns = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            checkIns.add(checkIn(i));
        }
        return checkIns;
    }

    private static RecordedCheckIn checkIn(int i) {
        CheckIn checkIn = new CheckIn(
                "c" + i,
                new HabitId(1),
                Instant.EPOCH.plusSeconds(i),
                1,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "",
                Set.of());
        return new RecordedCheckIn(new CheckInId(i), checkIn, Instant.EPOCH.plusSeconds(i));
    }
}
