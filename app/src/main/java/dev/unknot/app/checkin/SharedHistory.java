package dev.unknot.app.checkin;

import dev.unknot.core.checkin.RecordedCheckIn;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable history: the first {@code size} check-ins of an array that later, longer
 * histories share. Adding a check-in at the end of the longest history written into an array puts
 * it into the next free slot, which no existing history sees (each sees only its own size), and
 * gives a history one longer: a history of thousands of check-ins grows by one without being
 * copied, as on every check-in answered from the cache. Anywhere else, or when the array is full
 * or a longer history was made from it already (say by a transaction that then rolled back), the
 * check-ins are copied into a new array.
 *
 * <p>Not safe for concurrent {@link #with} calls: the {@link HistoryCache} makes them under its
 * lock, which also publishes a new history, and the slots it reads, to the threads it hands it to.
 */
final class SharedHistory extends AbstractList<RecordedCheckIn> implements RandomAccess {

    /** The array and how many of its slots hold check-ins. */
    private static final class Slots {
        final RecordedCheckIn[] checkIns;
        int used;

        Slots(RecordedCheckIn[] checkIns, int used) {
            this.checkIns = checkIns;
            this.used = used;
        }
    }

    private final Slots slots;
    private final int size;

    private SharedHistory(Slots slots, int size) {
        this.slots = slots;
        this.size = size;
    }

    /** A history of {@code checkIns}, copied. */
    static SharedHistory of(List<RecordedCheckIn> checkIns) {
        RecordedCheckIn[] array = checkIns.toArray(new RecordedCheckIn[0]);
        for (RecordedCheckIn checkIn : array) {
            Objects.requireNonNull(checkIn, "check-in");
        }
        return new SharedHistory(new Slots(array, array.length), array.length);
    }

    /** This history with {@code added} at {@code index}; this one stays as it is. */
    SharedHistory with(int index, RecordedCheckIn added) {
        Objects.requireNonNull(added, "check-in");
        Objects.checkIndex(index, size + 1);
        if (index == size && slots.used == size && size < slots.checkIns.length) {
            slots.checkIns[size] = added;
            slots.used = size + 1;
            return new SharedHistory(slots, size + 1);
        }
        RecordedCheckIn[] array = new RecordedCheckIn[size + 1 + Math.max(16, size / 2)];
        System.arraycopy(slots.checkIns, 0, array, 0, index);
        array[index] = added;
        System.arraycopy(slots.checkIns, index, array, index + 1, size - index);
        return new SharedHistory(new Slots(array, size + 1), size + 1);
    }

    @Override
    public RecordedCheckIn get(int index) {
        Objects.checkIndex(index, size);
        return slots.checkIns[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(slots.checkIns, size, Object[].class);
    }
}
