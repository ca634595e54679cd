package dev.unknot.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitChanges;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.progress.ProgressService;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.token.TokenService;
import dev.unknot.app.transfer.TransferService;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Metric;
import dev.unknot.wire.error.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every service refuses a day far away, text that breaks storage or terminals, and an absurd
 * amount, naming the field and the range; nothing is written, and the person's pages keep working.
 */
abstract class InputBoundsTests extends AppTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    static final LocalDate JULIAN = LocalDate.of(-4713, 11, 24);

    private HabitService habits() {
        return bean(HabitService.class);
    }

    private CheckInService checkIns() {
        return bean(CheckInService.class);
    }

    private static void refused(ThrowingCallable call, String field, String words) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(words)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo(field);
    }

    /** Today, progress and export still answer, with no trace of the refused value. */
    private void pagesStillWork(Person person) {
        bean(ProgressService.class).today(person.id());
        bean(ProgressService.class).report(person.id(), Optional.empty(), 4, 28);
        assertThat(bean(TransferService.class).exportJson(person.id())).doesNotContain("-4713");
    }

    @Test
    void aPauseFromTheYearMinus4713IsRefusedAndTodayStillAnswers() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.custom("Stretch"));

        refused(
                () -> habits().pause(person.id(), habit.id(), new DateRange(JULIAN, TODAY)),
                "from",
                "from must be a day from 1900-01-01 to 2200-12-31, was -4713-11-24");
        refused(
                () -> habits().pauseAll(person.id(), new DateRange(TODAY, LocalDate.of(99999, 1, 1))),
                "to",
                "to must be a day from 1900-01-01 to 2200-12-31, was +99999-01-01");

        assertThat(habits().details(person.id(), habit.id()).pauses()).isEmpty();
        pagesStillWork(person);
    }

    @Test
    void skipsResumesAndFirstDaysAreBoundedToo() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.custom("Stretch"));
        LocalDate before1582 = LocalDate.of(1000, 1, 1);

        refused(() -> habits().skip(person.id(), habit.id(), before1582), "day", "1900-01-01 to 2200-12-31");
        refused(() -> habits().unskip(person.id(), habit.id(), before1582), "day", "was 1000-01-01");
        refused(() -> habits().resume(person.id(), habit.id(), JULIAN), "from", "1900-01-01 to 2200-12-31");
        refused(() -> habits().resumeAll(person.id(), LocalDate.MAX), "from", "1900-01-01 to 2200-12-31");
        refused(
                () -> habits().create(person.id(), NewHabit.custom("Walk").startingOn(LocalDate.of(2201, 1, 1))),
                "starts on",
                "starts on must be a day from 1900-01-01 to 2200-12-31, was 2201-01-01");
        refused(
                () -> habits().edit(person.id(), habit.id(), HabitChanges.none().startsOn(LocalDate.MIN)),
                "starts on",
                "1900-01-01 to 2200-12-31");

        assertThat(habits().details(person.id(), habit.id()).skipped()).isEmpty();
        assertThat(habits().listAll(person.id())).containsExactly(habit);
        pagesStillWork(person);
    }

    @Test
    void theFirstAndLastSupportedDaysAreAccepted() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.custom("Stretch").startingOn(LocalDate.of(1900, 1, 1)));

        habits().skip(person.id(), habit.id(), LocalDate.of(2200, 12, 31));
        habits().pause(person.id(), habit.id(), new DateRange(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 2)));

        assertThat(habits().details(person.id(), habit.id()).skipped()).containsExactly(LocalDate.of(2200, 12, 31));
        pagesStillWork(person);
    }

    @Test
    void checkInsFarAwayAreRefusedAndListsOfFarAwayDaysToo() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.custom("Stretch"));

        refused(
                () -> checkIns()
                        .record(person.id(), CheckInRequest.of(habit.id()).at(Instant.MIN)),
                "at",
                "at must be a time on a day from 1900-01-01 to 2200-12-31");
        refused(
                () -> checkIns()
                        .record(person.id(), CheckInRequest.of(habit.id()).at(Instant.parse("1500-01-01T00:00:00Z"))),
                "at",
                "1900-01-01 to 2200-12-31");
        refused(
                () -> checkIns().list(person.id(), new DateRange(LocalDate.of(-999_999_999, 1, 1), TODAY)),
                "from",
                "from must be a day from 1900-01-01 to 2200-12-31, was -999999999-01-01");
        refused(
                () -> checkIns().list(person.id(), habit.id(), new DateRange(TODAY, LocalDate.MAX)),
                "to",
                "1900-01-01 to 2200-12-31");

        assertThat(checkIns().list(person.id(), DateRange.SUPPORTED)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "\u001b[2Jcleared", "bell\u0007", "c\rr", "c1\u009b31m", "lone\ud800"})
    void textThatBreaksStorageOrTerminalsIsRefusedEverywhere(String text) {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.custom("Stretch"));

        refused(() -> habits().create(person.id(), NewHabit.custom("Walk").named(text)), "habit name", "plain text");
        refused(() -> habits().create(person.id(), NewHabit.custom(text)), "habit description", "plain text");
        refused(
                () -> habits().create(person.id(), NewHabit.custom("Water").measured(Metric.measured(text, 8))),
                "unit",
                "plain text");
        refused(
                () -> habits().edit(person.id(), habit.id(), HabitChanges.none().name(text)),
                "habit name",
                "plain text");
        refused(
                () -> checkIns()
                        .record(person.id(), CheckInRequest.of(habit.id()).note(text)),
                "note",
                "plain text");
        refused(() -> checkIns().record(person.id(), CheckInRequest.of(text, habit.id())), "clientId", "plain text");
        refused(() -> bean(TokenService.class).issue(person.id(), "a" + text), "name", "");

        assertThat(habits().listAll(person.id())).containsExactly(habit);
        assertThat(checkIns().list(person.id(), DateRange.SUPPORTED)).isEmpty();
    }

    @Test
    void newlinesTabsAndAnyScriptAreKept() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.custom("Rücken 😌 背中"));

        checkIns().record(person.id(), CheckInRequest.of(habit.id()).note("first line\n\tsecond line"));

        assertThat(checkIns()
                        .list(person.id(), DateRange.SUPPORTED)
                        .get(0)
                        .checkIn()
                        .note())
                .isEqualTo("first line\n\tsecond line");
        assertThat(habits().get(person.id(), habit.id()).name()).isEqualTo("Rücken 😌 背中");
    }

    @Test
    void aDailyTargetIsBoundedLikeAnAmount() {
        Person person = newPerson();

        refused(
                () -> habits().create(
                                person.id(), NewHabit.custom("Water").measured(Metric.measured("glasses", 1e308))),
                "daily target",
                "The daily target goes from 0 to 1000000, not 1.0E308.");
        habits().create(person.id(), NewHabit.custom("Steps").measured(Metric.measured("steps", 1_000_000)));
    }

    @Test
    void anImportIsHeldToTheSameBounds() {
        Person person = newPerson();
        String export = """
                {"format":"unknot-export","version":1,
                 "settings":{"timeZone":"Europe/Berlin","dayStart":"00:00"},
                 "habits":[{"ref":1,"name":"Stretch","status":"active","startsOn":"2025-01-01",
                   "target":{"custom":"Stretch"},"schedule":{"kind":"daily"},"metric":{"kind":"yes-no"},
                   "skipped":[],"pauses":[%s]}],
                 "checkIns":[{"clientId":"c1","habit":1,"at":"%s","amount":%s,"symptoms":[],
                   "recordedAt":"2025-03-01T10:00:00Z"%s}]}
                """;
        TransferService transfer = bean(TransferService.class);

        refused(
                () -> transfer.importJson(
                        person.id(),
                        export.formatted(
                                "{\"first\":\"-4713-11-24\",\"last\":\"2025-01-02\"}",
                                "2025-03-01T10:00:00Z",
                                "1",
                                "")),
                "pause first",
                "1900-01-01 to 2200-12-31");
        refused(
                () -> transfer.importJson(person.id(), export.formatted("", "2025-03-01T10:00:00Z", "1e308", "")),
                "amount",
                "The amount goes from 0 to 1000000");
        refused(
                () -> transfer.importJson(person.id(), export.formatted("", "+12025-03-01T10:00:00Z", "1", "")),
                "at",
                "1900-01-01 to 2200-12-31");
        refused(
                () -> transfer.importJson(
                        person.id(), export.formatted("", "2025-03-01T10:00:00Z", "1", ",\"note\":\"\\u001b[2J\"")),
                "note",
                "plain text");

        assertThat(habits().listAll(person.id())).isEmpty();
    }

    @Test
    void anImportWithAValueOfTheWrongKindSaysWhereNotWhichJavaType() {
        Person person = newPerson();

        assertThatThrownBy(() -> bean(TransferService.class)
                        .importJson(person.id(), "{\"format\":\"unknot-export\",\"version\":1.5}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("not a readable export file: ")
                .hasMessageContaining("version")
                .hasMessageContaining("1.5")
                .hasMessageNotContaining("java.");
    }
}
