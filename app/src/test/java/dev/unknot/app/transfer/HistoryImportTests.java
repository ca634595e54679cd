package dev.unknot.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.progress.ProgressService;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.LoopFiles;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.progress.Standing;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.wire.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

abstract class HistoryImportTests extends AppTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    HistoryImport imports() {
        return bean(HistoryImport.class);
    }

    List<Habit> habits(PersonId person) {
        return bean(HabitService.class).listAll(person);
    }

    Habit habit(PersonId person, String name) {
        return habits(person).stream()
                .filter(habit -> habit.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    Standing standing(Person person, String name) {
        HabitDetails details = bean(HabitService.class)
                .details(person.id(), habit(person.id(), name).id());
        return bean(ProgressService.class).standing(bean(PersonService.class).get(person.id()), details);
    }

    List<RecordedCheckIn> checkIns(PersonId person) {
        return bean(CheckInHistory.class).all(person);
    }

    @Test
    void loopBackupPreviewShowsWhatItWillWriteAndWritesNothing() {
        Person person = newPerson();

        ImportPlan plan = imports().preview(person.id(), LoopFiles.backup(LoopFiles.small()), "Loop.db");

        assertThat(plan.kind()).isEqualTo(FileKind.LOOP_BACKUP);
        assertThat(plan.habitsToCreate()).isEqualTo(6);
        assertThat(plan.checkIns()).isEqualTo(18);
        assertThat(plan.alreadyPresent()).isZero();
        assertThat(plan.first()).contains(LocalDate.of(2025, 2, 10));
        assertThat(plan.last()).contains(TODAY);
        assertThat(plan.habits())
                .extracting(
                        ImportPlan.Habit::name,
                        ImportPlan.Habit::schedule,
                        ImportPlan.Habit::metric,
                        ImportPlan.Habit::checkIns,
                        ImportPlan.Habit::skippedDays,
                        ImportPlan.Habit::archived)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Stretch", "every day", "done or not", 9, 1, false),
                        org.assertj.core.groups.Tuple.tuple("Walk", "3 times a week", "done or not", 3, 0, false),
                        org.assertj.core.groups.Tuple.tuple(
                                "Water", "every day", "measured in glasses, 8 a day", 3, 0, false),
                        org.assertj.core.groups.Tuple.tuple(
                                "Run", "every day", "measured in km, 2.86 a day", 1, 0, false),
                        org.assertj.core.groups.Tuple.tuple("Floss", "1 time a week", "done or not", 1, 0, true),
                        org.assertj.core.groups.Tuple.tuple("Meditate", "2 times a week", "done or not", 1, 0, false));
        assertThat(plan.habits().get(0).mapping()).isEmpty();
        assertThat(plan.habits().get(1).mapping())
                .contains("Loop's reminder on some days of the week only is kept for every day the habit is due");
        assertThat(plan.habits())
                .extracting(ImportPlan.Habit::reminder)
                .containsExactly(
                        Optional.empty(),
                        Optional.of("18:45"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("08:30"));
        assertThat(plan.habits().get(3).mapping()).contains("Loop's target of 20 km in 7 days is kept as 2.86 a day");
        assertThat(plan.habits().get(4).mapping())
                .contains("Loop's 2 times in 30 days is kept as 1 time a week, the nearest Unknot schedule");
        assertThat(plan.habits().get(5).mapping())
                .contains("Loop's 1 time in 3 days is kept as 2 times a week, the nearest Unknot schedule");
        assertThat(plan.notMapped())
                .contains(
                        "1 day after today (2025-03-10) left out",
                        "1 note on days not done left out (a note belongs to a check-in)");
        assertThat(plan.notMapped()).noneMatch(line -> line.contains("reminder"));
        assertThat(habits(person.id())).isEmpty();
        assertThat(checkIns(person.id())).isEmpty();
    }

    @Test
    void loopBackupImportsOnceWithTheHandWorkedStreaks() {
        Person person = newPerson();
        byte[] backup = LoopFiles.backup(LoopFiles.small());

        ImportSummary first = imports().apply(person.id(), backup, "Loop.db");
        ImportSummary again = imports().apply(person.id(), backup, "Loop.db");

        assertThat(first).isEqualTo(new ImportSummary(6, 18, 0));
        assertThat(again).isEqualTo(new ImportSummary(0, 0, 18));
        assertThat(habits(person.id()))
                .extracting(Habit::name)
                .containsExactly("Stretch", "Walk", "Water", "Run", "Floss", "Meditate");
        assertThat(habit(person.id(), "Walk").schedule()).isEqualTo(Schedule.timesPerWeek(3));
        ReminderService reminders = bean(ReminderService.class);
        assertThat(reminders.times(person.id(), habit(person.id(), "Walk").id()))
                .isEqualTo(ReminderTimes.at(LocalTime.of(18, 45)));
        assertThat(reminders.times(person.id(), habit(person.id(), "Meditate").id()))
                .isEqualTo(ReminderTimes.at(LocalTime.of(8, 30)));
        assertThat(reminders.times(person.id(), habit(person.id(), "Stretch").id()))
                .isEqualTo(ReminderTimes.off());
        assertThat(habit(person.id(), "Water").metric()).isEqualTo(Metric.measured("glasses", 8));
        assertThat(habit(person.id(), "Floss").status()).isEqualTo(HabitStatus.ARCHIVED);
        assertThat(habit(person.id(), "Stretch").startsOn()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(bean(HabitService.class)
                        .details(person.id(), habit(person.id(), "Stretch").id())
                        .skipped())
                .containsExactly(LocalDate.of(2025, 3, 3));
        // Stretch: done 2 March, skipped the 3rd, done the 4th to the 10th: eight days, the skip neither counts nor
        // breaks.
        assertThat(standing(person, "Stretch").current().length()).isEqualTo(8);
        // Water: 8 of 8 glasses on the 8th, 6.5 on the 9th (short of the target), 10 today.
        assertThat(standing(person, "Water").current().length()).isEqualTo(1);
        assertThat(standing(person, "Water").best().length()).isEqualTo(1);
        // Walk: three times in the week of 3 March; this week has just begun.
        assertThat(standing(person, "Walk").current().length()).isEqualTo(1);
        List<RecordedCheckIn> water = checkIns(person.id()).stream()
                .filter(recorded -> recorded.checkIn()
                        .habit()
                        .equals(habit(person.id(), "Water").id()))
                .toList();
        assertThat(water).extracting(recorded -> recorded.checkIn().amount()).containsExactly(8.0, 6.5, 10.0);
        assertThat(water.get(1).checkIn().note()).isEqualTo("hot day");
        // Noon of the person's day (Berlin).
        assertThat(water.get(0).checkIn().at()).isEqualTo(Instant.parse("2025-03-08T11:00:00Z"));
    }

    @Test
    void loopCsvExportReadsAsTheBackupDoesAndAddsNothingAfterIt() {
        Person person = newPerson();
        byte[] zip = LoopFiles.csvZip(LoopFiles.small());

        ImportPlan plan = imports().preview(person.id(), zip, "Loop Habits CSV 2025-03-10.zip");
        ImportSummary fromBackup = imports().apply(person.id(), LoopFiles.backup(LoopFiles.small()), "Loop.db");
        ImportSummary fromCsv = imports().apply(person.id(), zip, "Loop.zip");

        assertThat(plan.kind()).isEqualTo(FileKind.LOOP_CSV);
        assertThat(plan.habitsToCreate()).isEqualTo(6);
        assertThat(plan.checkIns()).isEqualTo(18);
        assertThat(plan.habits())
                .extracting(ImportPlan.Habit::schedule)
                .containsExactly(
                        "every day", "3 times a week", "every day", "every day", "1 time a week", "2 times a week");
        assertThat(fromBackup).isEqualTo(new ImportSummary(6, 18, 0));
        assertThat(fromCsv).isEqualTo(new ImportSummary(0, 0, 18));
    }

    @Test
    void anyTrackersCsvCreatesHabitsByNameInThePersonsTimeZone() {
        Person person = newPerson(); // Europe/Berlin
        String csv = """
                Date,Habit,Amount,Note
                2025-03-09T23:30,Read,1,late
                2025-03-09T23:30:00Z,Read,,
                2025-03-08,Push-ups,20,
                2025-03-08 07:15,Push-ups,15,morning
                2025-03-07,Read,0,not really
                2025-04-01,Read,1,in the future
                """;

        ImportPlan plan = imports().preview(person.id(), csv.getBytes(StandardCharsets.UTF_8), "other.csv");
        ImportSummary first = imports().apply(person.id(), csv.getBytes(StandardCharsets.UTF_8), "other.csv");
        ImportSummary again = imports().apply(person.id(), csv.getBytes(StandardCharsets.UTF_8), "other.csv");

        assertThat(plan.kind()).isEqualTo(FileKind.CSV);
        assertThat(plan.habits())
                .extracting(ImportPlan.Habit::name, ImportPlan.Habit::checkIns)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Read", 2),
                        org.assertj.core.groups.Tuple.tuple("Push-ups", 2));
        assertThat(plan.habits().get(1).metric()).isEqualTo("measured in units, 1 a day");
        assertThat(plan.notMapped())
                .containsExactly(
                        "1 row with an amount of 0 (not done) left out",
                        "1 check-in after today (2025-03-10) or before 1900-01-01 left out");
        assertThat(first).isEqualTo(new ImportSummary(2, 4, 0));
        assertThat(again).isEqualTo(new ImportSummary(0, 0, 4));
        List<RecordedCheckIn> read = checkIns(person.id()).stream()
                .filter(recorded -> recorded.checkIn()
                        .habit()
                        .equals(habit(person.id(), "Read").id()))
                .toList();
        // 23:30 in Berlin is 22:30 UTC; 23:30 UTC is already the 10th in Berlin.
        assertThat(read)
                .extracting(recorded -> recorded.checkIn().at())
                .containsExactly(Instant.parse("2025-03-09T22:30:00Z"), Instant.parse("2025-03-09T23:30:00Z"));
        assertThat(read.get(0).checkIn().note()).isEqualTo("late");
        assertThat(habit(person.id(), "Read").startsOn()).isEqualTo(LocalDate.of(2025, 3, 9));
    }

    @Test
    void unknotsCsvMovesIntoAFreshHomeByName() {
        Person from = newPerson();
        bean(HabitService.class)
                .create(
                        from.id(),
                        dev.unknot.app.habit.NewHabit.custom("Neck rolls").named("Neck rolls"));
        Habit neck = habit(from.id(), "Neck rolls");
        bean(CheckInService.class)
                .record(
                        from.id(),
                        dev.unknot.app.checkin.CheckInRequest.of("n-1", neck.id())
                                .at(Instant.parse("2025-03-09T08:00:00Z"))
                                .tightness(6, 3)
                                .note("ok"));
        String csv = bean(TransferService.class).exportCsv(from.id());
        Person fresh = newPerson();

        ImportSummary first = imports().apply(fresh.id(), csv.getBytes(StandardCharsets.UTF_8), "unknot.csv");
        ImportSummary again = bean(TransferService.class).importCsv(fresh.id(), csv);

        assertThat(first).isEqualTo(new ImportSummary(1, 1, 0));
        assertThat(again).isEqualTo(new ImportSummary(0, 0, 1));
        assertThat(checkIns(fresh.id())).singleElement().satisfies(recorded -> {
            assertThat(recorded.checkIn().clientId()).isEqualTo("n-1");
            assertThat(recorded.checkIn().habit())
                    .isEqualTo(habit(fresh.id(), "Neck rolls").id());
            assertThat(recorded.checkIn().before())
                    .hasValueSatisfying(t -> assertThat(t.level()).isEqualTo(6));
            assertThat(recorded.checkIn().note()).isEqualTo("ok");
        });
    }

    @Test
    void unreadableAndWrongKindFilesAreOneClearErrorAndWriteNothing() {
        Person person = newPerson();
        byte[] backup = LoopFiles.backup(LoopFiles.small());
        byte[] zip = LoopFiles.csvZip(LoopFiles.small());

        assertRefused(person, new byte[0], "Loop.db", "Loop.db is empty");
        assertRefused(person, Arrays.copyOf(backup, 3000), "Loop.db", "not a readable Loop Habit Tracker backup: ");
        assertRefused(person, Arrays.copyOf(zip, zip.length / 2), "Loop.zip", "a damaged or incomplete zip file");
        assertRefused(person, "hello".getBytes(StandardCharsets.UTF_8), "Loop.db", "Loop.db is not an SQLite database");
        assertRefused(
                person,
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, (byte) 0xfe},
                "photo.png",
                "photo.png is not a file Unknot can import");
        assertRefused(
                person,
                "name,colour\nblue,red\n".getBytes(StandardCharsets.UTF_8),
                "colours.csv",
                "a CSV file, but not one of check-ins");
        assertRefused(person, emptySqlite(), "x.db", "an SQLite database, but not a Loop Habit Tracker backup");
        assertRefused(person, onlyScores(), "x.zip", "a zip file, but not a Loop Habit Tracker CSV export");
        assertThat(habits(person.id())).isEmpty();
        assertThat(checkIns(person.id())).isEmpty();
    }

    @Test
    void aFiveYearHistoryOfTwentyHabitsImportsInSeconds() {
        Person person = newPerson();
        Map<LoopFiles.Habit, List<LoopFiles.Day>> history = LoopFiles.large(20, 5, TODAY);
        long expected = history.entrySet().stream()
                .mapToLong(entry -> entry.getValue().stream()
                        .filter(day ->
                                entry.getKey().type() == 1 ? day.value() > 0 : day.value() == LoopFiles.YES_MANUAL)
                        .count())
                .sum();
        byte[] backup = LoopFiles.backup(history);

        long start = System.nanoTime();
        ImportSummary summary = imports().apply(person.id(), backup, "Loop.db");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(summary.habits()).isEqualTo(20);
        assertThat(summary.checkIns()).isEqualTo((int) expected);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(imports().apply(person.id(), backup, "Loop.db")).isEqualTo(new ImportSummary(0, 0, (int) expected));
    }

    private void assertRefused(Person person, byte[] file, String name, String message) {
        assertThatThrownBy(() -> imports().preview(person.id(), file, name))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
        assertThatThrownBy(() -> imports().apply(person.id(), file, name))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(message);
    }

    private static byte[] emptySqlite() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("other-", ".db");
            java.nio.file.Files.delete(file);
            try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                    java.sql.Statement statement = db.createStatement()) {
                statement.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            java.nio.file.Files.delete(file);
            return bytes;
        } catch (java.io.IOException | java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] onlyScores() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("Scores.csv"));
            zip.write("Date,\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
