package dev.unknot.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.habit.HabitId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryTests {

    private static final PersonalCalendar CALENDAR =
            new PersonalCalendar(ZoneId.of("America/New_York"), LocalTime.of(4, 0));
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    private static CheckIn checkIn(String localDateTime) {
        return new CheckIn(
                localDateTime,
                new HabitId(1),
                LocalDateTime.parse(localDateTime).atZone(CALENDAR.zone()).toInstant(),
                1,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "",
                Set.of());
    }

    private static List<String> recordedAt(List<CheckIn> checkIns) {
        return checkIns.stream().map(CheckIn::clientId).toList();
    }

    @Test
    void lastDaysKeepsTheCheckInsOfThePersonsLastDaysUpToToday() {
        List<CheckIn> checkIns = List.of(
                checkIn("2025-06-04T03:59"), // June 3 for this person: one day too early
                checkIn("2025-06-04T04:00"),
                checkIn("2025-06-07T12:00"),
                checkIn("2025-06-11T01:30"), // still June 10
                checkIn("2025-06-11T04:00")); // tomorrow
        History history = new History(TODAY, CALENDAR, List.of(), checkIns);

        assertThat(recordedAt(history.lastDays(7)))
                .containsExactly("2025-06-04T04:00", "2025-06-07T12:00", "2025-06-11T01:30");
        assertThat(recordedAt(history.lastDays(1))).containsExactly("2025-06-11T01:30");
        assertThat(recordedAt(history.lastDays(8))).hasSize(4);
    }

    @Test
    void lastDaysKeepsTheOrderOfTheHistory() {
        List<CheckIn> checkIns =
                List.of(checkIn("2025-06-09T09:00"), checkIn("2025-06-10T09:00"), checkIn("2025-06-08T09:00"));

        assertThat(recordedAt(new History(TODAY, CALENDAR, List.of(), checkIns).lastDays(30)))
                .containsExactly("2025-06-09T09:00", "2025-06-10T09:00", "2025-06-08T09:00");
    }

    @Test
    void lastDaysOfASortedHistoryAreTheOnesEachCheckInsDayWouldPick() {
        // Every 37 minutes for four weeks around the autumn change, oldest first: the days found by
        // halving must be exactly those of looking at each check-in's day (the oracle).
        LocalDate today = LocalDate.of(2025, 11, 15);
        Instant start =
                LocalDateTime.of(2025, 10, 20, 0, 0).atZone(CALENDAR.zone()).toInstant();
        List<CheckIn> checkIns = new ArrayList<>();
        for (Instant at = start; at.isBefore(start.plus(Duration.ofDays(28))); at = at.plus(Duration.ofMinutes(37))) {
            checkIns.add(new CheckIn(
                    at.toString(),
                    new HabitId(1),
                    at,
                    1,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    "",
                    Set.of()));
        }
        History history = new History(today, CALENDAR, List.of(), checkIns);

        for (int days = 1; days <= 30; days++) {
            LocalDate from = today.minusDays(days - 1L);
            List<CheckIn> oracle = checkIns.stream()
                    .filter(checkIn -> {
                        LocalDate day = CALENDAR.dayOf(checkIn.at());
                        return !day.isBefore(from) && !day.isAfter(today);
                    })
                    .toList();
            assertThat(history.lastDays(days)).as("last %d days", days).isEqualTo(oracle);
        }
    }

    @Test
    void aHistoryIsAnImmutableCopy() {
        List<CheckIn> checkIns = new ArrayList<>(List.of(checkIn("2025-06-10T09:00")));
        History history = new History(TODAY, CALENDAR, new ArrayList<>(), checkIns);

        checkIns.clear();

        assertThat(history.checkIns()).hasSize(1);
        assertThat(history.habits()).isUnmodifiable();
        assertThat(history.checkIns()).isUnmodifiable();
    }

    @Test
    void todayAndCalendarAreRequired() {
        assertThatNullPointerException()
                .isThrownBy(() -> new History(null, CALENDAR, List.of(), List.of()))
                .withMessage("today must not be null");
        assertThatNullPointerException()
                .isThrownBy(() -> new History(TODAY, null, List.of(), List.of()))
                .withMessage("calendar must not be null");
    }

    private static CheckIn withTightness(String localDateTime, int before) {
        CheckIn plain = checkIn(localDateTime);
        return new CheckIn(
                plain.clientId(),
                plain.habit(),
                plain.at(),
                1,
                Optional.empty(),
                Optional.of(dev.unknot.core.checkin.Tightness.of(before)),
                Optional.empty(),
                "",
                Set.of());
    }

    @Test
    void reportsOfLastDaysAreTheCheckInsOfThoseDaysThatSayHowTheBackWas() {
        LocalDate today = LocalDate.of(2025, 11, 15);
        Instant start =
                LocalDateTime.of(2025, 10, 20, 0, 0).atZone(CALENDAR.zone()).toInstant();
        List<CheckIn> checkIns = new ArrayList<>();
        int number = 0;
        for (Instant at = start; at.isBefore(start.plus(Duration.ofDays(28))); at = at.plus(Duration.ofMinutes(37))) {
            // Every third check-in says something: a tightness, a note or a symptom in turn.
            int kind = number++ % 9;
            checkIns.add(new CheckIn(
                    at.toString(),
                    new HabitId(1),
                    at,
                    1,
                    Optional.empty(),
                    kind == 0 ? Optional.of(dev.unknot.core.checkin.Tightness.of(5)) : Optional.empty(),
                    Optional.empty(),
                    kind == 3 ? "stiff after the drive" : "",
                    kind == 6 ? Set.of(dev.unknot.core.checkin.Symptom.NUMBNESS) : Set.of()));
        }
        List<CheckIn> reports = checkIns.stream().filter(CheckIn::reports).toList();
        History copied = new History(today, CALENDAR, List.of(), checkIns);
        History kept = History.ofOldestFirst(today, CALENDAR, List.of(), checkIns, reports);

        assertThat(reports).hasSize((checkIns.size() + 2) / 3);
        for (int days = 1; days <= 30; days++) {
            List<CheckIn> oracle =
                    copied.lastDays(days).stream().filter(CheckIn::reports).toList();
            assertThat(copied.reportsOfLastDays(days)).as("last %d days", days).isEqualTo(oracle);
            assertThat(kept.reportsOfLastDays(days))
                    .as("last %d days, kept", days)
                    .isEqualTo(oracle);
            assertThat(kept.lastDays(days)).isEqualTo(copied.lastDays(days));
        }
    }

    @Test
    void reportsOfAnUnsortedHistoryAreFoundToo() {
        List<CheckIn> checkIns = List.of(
                withTightness("2025-06-09T09:00", 4),
                checkIn("2025-06-10T09:00"),
                withTightness("2025-06-08T09:00", 6),
                withTightness("2025-05-01T09:00", 2));

        assertThat(recordedAt(new History(TODAY, CALENDAR, List.of(), checkIns).reportsOfLastDays(30)))
                .containsExactly("2025-06-09T09:00", "2025-06-08T09:00");
    }

    @Test
    void aHistoryOverKeptListsIsNotCopiedButCannotBeChangedThroughIt() {
        List<CheckIn> checkIns = List.of(withTightness("2025-06-09T09:00", 4), checkIn("2025-06-10T09:00"));
        History history = History.ofOldestFirst(TODAY, CALENDAR, List.of(), checkIns, checkIns.subList(0, 1));

        assertThat(history.checkIns()).isEqualTo(checkIns).isUnmodifiable();
        assertThat(history.reportsOfLastDays(7))
                .containsExactly(checkIns.get(0))
                .isUnmodifiable();
        assertThatNullPointerException()
                .isThrownBy(() -> History.ofOldestFirst(TODAY, CALENDAR, List.of(), checkIns, null))
                .withMessage("reports");
    }
}
