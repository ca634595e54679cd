package dev.unknot.app.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.CheckInId;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.HabitId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryCacheTests {

    private static final PersonalCalendar UTC = PersonalCalendar.startingAtMidnight(ZoneOffset.UTC);

    @Test
    void anEntryAnswersOnlyForItsOwnRevision() {
        HistoryCache cache = new HistoryCache(100);
        cache.put(1, 7, history(3));

        assertThat(cache.get(1, 7)).contains(history(3));
        assertThat(cache.get(1, 8)).isEmpty();
        assertThat(cache.get(2, 7)).isEmpty();
    }

    @Test
    void dailyAmountsGoWithTheirHistoryAndCalendar() {
        HistoryCache cache = new HistoryCache(100);
        HistoryCache.DailyAmounts daily =
                new HistoryCache.DailyAmounts(UTC, Map.of(new HabitId(1), Map.of(LocalDate.EPOCH, 1.0)));
        cache.putDailyAmounts(1, 7, daily);
        assertThat(cache.dailyAmounts(1, 7, UTC)).as("no history held yet").isEmpty();

        cache.put(1, 7, history(1));
        cache.putDailyAmounts(1, 7, daily);
        assertThat(cache.dailyAmounts(1, 7, UTC)).contains(daily);
        assertThat(cache.dailyAmounts(1, 7, PersonalCalendar.startingAtMidnight(ZoneOffset.ofHours(2))))
                .isEmpty();
        assertThat(cache.dailyAmounts(1, 8, UTC)).isEmpty();

        cache.put(1, 8, history(2));
        assertThat(cache.dailyAmounts(1, 8, UTC))
                .as("a new history starts without them")
                .isEmpty();
    }

    @Test
    void thePeopleUsedLeastRecentlyGoFirstWhenFull() {
        HistoryCache cache = new HistoryCache(10);
        cache.put(1, 0, history(4));
        cache.put(2, 0, history(4));
        cache.get(1, 0);
        cache.put(3, 0, history(4));

        assertThat(cache.get(1, 0)).isPresent();
        assertThat(cache.get(2, 0)).isEmpty();
        assertThat(cache.get(3, 0)).isPresent();
        assertThat(cache.held()).isEqualTo(8);

        cache.put(3, 1, history(2));
        assertThat(cache.held()).as("a replaced entry no longer counts").isEqualTo(6);
    }

    @Test
    void aHistoryLargerThanTheWholeCacheIsNotKept() {
        HistoryCache cache = new HistoryCache(3);
        cache.put(1, 0, history(2));
        cache.put(1, 1, history(4));

        assertThat(cache.get(1, 0)).isEmpty();
        assertThat(cache.get(1, 1)).isEmpty();
        assertThat(cache.held()).isZero();
        HistoryCache off = new HistoryCache(0);
        off.put(1, 0, history(1));
        assertThat(off.get(1, 0)).isEmpty();
    }

    @Test
    void reportsGoWithTheirHistoryAndGrowWithItsCheckIns() {
        HistoryCache cache = new HistoryCache(100);
        List<RecordedCheckIn> history = new ArrayList<>(history(4));
        history.set(1, noted(history.get(1), "stiff"));
        cache.put(1, 7, history);

        assertThat(cache.reports(1, 7)).contains(List.of(history.get(1)));
        assertThat(cache.reports(1, 8)).isEmpty();

        RecordedCheckIn plain = recorded(5, 50, "");
        assertThat(cache.addCommitted(1, 7, 8, plain)).isTrue();
        assertThat(cache.reports(1, 8)).contains(List.of(history.get(1)));
        assertThat(cache.get(1, 8).orElseThrow()).endsWith(plain);

        // Done earlier than the last report: it goes in its place in both lists.
        RecordedCheckIn earlier = recorded(6, 0, "sore");
        assertThat(cache.addCommitted(1, 8, 9, earlier)).isTrue();
        assertThat(cache.reports(1, 9)).contains(List.of(earlier, history.get(1)));
        assertThat(cache.get(1, 9).orElseThrow()).startsWith(earlier);
    }

    @Test
    void aCommittedCheckInIsAddedOnlyToTheHistoryItFollows() {
        HistoryCache cache = new HistoryCache(100);
        cache.put(1, 7, history(2));

        assertThat(cache.addCommitted(1, 6, 7, recorded(3, 30, "")))
                .as("not the revision held")
                .isFalse();
        assertThat(cache.addCommitted(1, 7, 9, recorded(3, 30, "")))
                .as("a change in between")
                .isFalse();
        assertThat(cache.get(1, 7)).contains(history(2));
        assertThat(cache.addCommitted(1, 7, 8, recorded(3, 30, ""))).isTrue();
        // Committed: another thread may use it at once.
        List<Optional<List<RecordedCheckIn>>> seen = new ArrayList<>();
        Thread other = new Thread(() -> seen.add(cache.get(1, 8)));
        other.start();
        try {
            other.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(seen.get(0)).hasValueSatisfying(held -> assertThat(held).hasSize(3));
    }

    private static RecordedCheckIn recorded(long id, long second, String note) {
        CheckIn checkIn = new CheckIn(
                "c" + id,
                new HabitId(1),
                Instant.EPOCH.plusSeconds(second),
                1,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                note,
                Set.of());
        return new RecordedCheckIn(new CheckInId(id), checkIn, Instant.EPOCH.plusSeconds(second));
    }

    private static RecordedCheckIn noted(RecordedCheckIn recorded, String note) {
        CheckIn checkIn = recorded.checkIn();
        return new RecordedCheckIn(
                recorded.id(),
                new CheckIn(
                        checkIn.clientId(),
                        checkIn.habit(),
                        checkIn.at(),
                        checkIn.amount(),
                        checkIn.duration(),
                        checkIn.before(),
                        checkIn.after(),
                        note,
                        checkIn.symptoms()),
                recorded.recordedAt());
    }

    private static List<RecordedCheckIn> history(int size) {
        List<RecordedCheckIn> history = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
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
            history.add(new RecordedCheckIn(new CheckInId(i), checkIn, Instant.EPOCH.plusSeconds(i)));
        }
        return history;
    }
}
