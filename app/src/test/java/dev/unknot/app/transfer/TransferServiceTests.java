package dev.unknot.app.transfer;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestDatabase;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

abstract class TransferServiceTests extends AppTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    TransferService transfer() {
        return bean(TransferService.class);
    }

    HabitService habits() {
        return bean(HabitService.class);
    }

    CheckInService checkIns() {
        return bean(CheckInService.class);
    }

    /** A person with a bit of everything the export holds. */
    Person personWithHistory() {
        Person person = bean(PersonService.class).changeCalendar(newPerson().id(), "America/New_York", "04:30");
        Habit walk = habits().create(
                        person.id(),
                        NewHabit.fromTemplate(TestPlugin.HOURLY_WALK).startingOn(TODAY.minusDays(20)));
        Habit water = habits().create(person.id(), NewHabit.fromTemplate(TestPlugin.WATER));
        Habit breakRoutine = habits().create(
                        person.id(), NewHabit.routine(TestPlugin.DESK_BREAK).on(Schedule.on(TUESDAY, FRIDAY)));
        Habit plank = habits().create(
                        person.id(), NewHabit.technique(TestPlugin.PLANK).on(Schedule.timesPerWeek(3)));
        Habit custom = habits().create(
                        person.id(),
                        NewHabit.custom("Sit on the ball, \"properly\"").measured(Metric.measured("minutes", 12.5)));
        bean(ReminderService.class).changeTimes(person.id(), walk.id(), ReminderTimes.slots());
        bean(ReminderService.class)
                .changeTimes(person.id(), water.id(), ReminderTimes.at(LocalTime.of(9, 0), LocalTime.of(14, 0)));
        habits().skip(person.id(), walk.id(), TODAY.minusDays(3));
        habits().skip(person.id(), walk.id(), TODAY.minusDays(5));
        habits().pause(person.id(), plank.id(), new DateRange(TODAY.minusDays(9), TODAY.minusDays(8)));
        habits().pause(person.id(), plank.id(), new DateRange(TODAY.minusDays(2), TODAY.plusDays(4)));
        habits().archive(person.id(), custom.id());
        checkIns()
                .record(
                        person.id(),
                        CheckInRequest.of("walk-1", walk.id())
                                .at(Instant.parse("2025-03-01T15:00:00.123Z"))
                                .tightness(7, 4)
                                .pain(5, 2)
                                .duration(Duration.ofMinutes(10))
                                .note("after lunch, with Sam\nfelt good"));
        checkIns().record(person.id(), CheckInRequest.of("water-1", water.id()).amount(3.5));
        checkIns()
                .record(
                        person.id(),
                        CheckInRequest.of("break-1", breakRoutine.id())
                                .at(Instant.parse("2025-03-07T06:00:00Z"))
                                .symptoms(Set.of(Symptom.PAIN, Symptom.NUMBNESS)));
        checkIns()
                .record(
                        person.id(),
                        CheckInRequest.of("plank-1", plank.id())
                                .tightness(null, 2)
                                .pain(3, null)
                                .amount(0));
        checkIns()
                .record(person.id(), CheckInRequest.of("custom-1", custom.id()).amount(12.5));
        return person;
    }

    @Test
    void exportedJsonIsVersionedAndReadable() {
        String json = transfer().exportJson(personWithHistory().id());

        assertThat(json)
                .startsWith("{\n  \"format\" : \"unknot-export\",\n  \"version\" : 1,\n  \"settings\" : {\n"
                        + "    \"timeZone\" : \"America/New_York\",\n    \"dayStart\" : \"04:30\"\n  },");
        assertThat(json)
                .contains(
                        "\"template\" : \"testkit/hourly-walk\"",
                        "\"kind\" : \"every-hours\"",
                        "\"status\" : \"archived\"",
                        "\"remind\" : \"slots\"",
                        "\"remind\" : \"09:00,14:00\"",
                        "\"symptoms\" : [ \"pain\", \"numbness\" ]",
                        "\"note\" : \"after lunch, with Sam\\nfelt good\"",
                        "\"painBefore\" : 5,",
                        "\"painAfter\" : 2\n",
                        "\"painBefore\" : 3\n");
        assertThat(json).doesNotContain("password", "person-");
    }

    @Test
    void exportImportExportIntoAFreshPersonGivesIdenticalJson() {
        String exported = transfer().exportJson(personWithHistory().id());
        Person fresh = newPerson();

        ImportSummary summary = transfer().importJson(fresh.id(), exported);

        assertThat(summary).isEqualTo(new ImportSummary(5, 5, 0));
        assertThat(transfer().exportJson(fresh.id())).isEqualTo(exported);
        assertThat(bean(PersonService.class).get(fresh.id()).calendar().zone().getId())
                .isEqualTo("America/New_York");
    }

    @Test
    void exportImportExportIntoAFreshDatabaseGivesIdenticalJson() {
        String exported = transfer().exportJson(personWithHistory().id());
        try (TestDatabase database = newDatabase();
                ApplicationContext other = ApplicationContext.builder()
                        .deduceEnvironment(false)
                        .properties(database.properties())
                        .start()) {
            Person local = other.getBean(PersonService.class).local();

            other.getBean(TransferService.class).importJson(local.id(), exported);

            assertThat(other.getBean(TransferService.class).exportJson(local.id()))
                    .isEqualTo(exported);
        }
    }

    @Test
    void importKeepsHabitsWhosePluginIsNotLoaded() {
        String exported = transfer()
                .exportJson(personWithHistory().id())
                .replace("testkit/plank", "yoga/plank")
                .replace("testkit/hourly-walk", "yoga/hourly-walk");
        Person fresh = newPerson();

        transfer().importJson(fresh.id(), exported);

        assertThat(transfer().exportJson(fresh.id())).isEqualTo(exported);
    }

    @Test
    void importIntoAPersonWithDataIsAConflict() {
        Person person = personWithHistory();
        String exported = transfer().exportJson(person.id());

        assertThatThrownBy(() -> transfer().importJson(person.id(), exported))
                .isInstanceOf(ConflictException.class)
                .hasMessage("an import needs a person without habits or check-ins, and this one has some already");
        assertThat(transfer().exportJson(person.id())).isEqualTo(exported);
    }

    @Test
    void badValueDeepInTheFileWritesNothing() {
        String exported = transfer().exportJson(personWithHistory().id());
        String broken = exported.replace("\"after\" : 2", "\"after\" : 11");
        Person fresh = newPerson();

        assertThatThrownBy(() -> transfer().importJson(fresh.id(), broken))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("check-in plank-1: tightness after must be between 0 and 10, was 11");
        assertThat(habits().listAll(fresh.id())).isEmpty();
        assertThat(bean(CheckInHistory.class).any(fresh.id())).isFalse();
        assertThat(bean(PersonService.class).get(fresh.id())).isEqualTo(fresh);
    }

    @Test
    void fileThatIsNotAVersionOneExportIsRejected() {
        Person fresh = newPerson();
        String exported = transfer().exportJson(personWithHistory().id());

        assertThatThrownBy(() -> transfer().importJson(fresh.id(), "{}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("not an Unknot export: format must be 'unknot-export', was 'null'");
        assertThatThrownBy(() -> transfer().importJson(fresh.id(), "habits,checkins"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("not a readable export file: ");
        assertThatThrownBy(
                        () -> transfer().importJson(fresh.id(), exported.replace("\"version\" : 1", "\"version\" : 2")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("this Unknot reads export version 1, the file is version 2");
        assertThatThrownBy(() -> transfer().importJson(fresh.id(), exported.replace("\"habit\" : 2", "\"habit\" : 9")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("check-in water-1: refers to habit 9, which the file does not contain");
        assertThatThrownBy(() -> transfer()
                        .importJson(
                                fresh.id(),
                                exported.replace("\"kind\" : \"times-per-week\"", "\"kind\" : \"fortnightly\"")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("habit 4: unknown schedule kind 'fortnightly'");
        assertThat(habits().listAll(fresh.id())).isEmpty();
    }

    @Test
    void checkInsExportAsCsvWithThePersonsDays() {
        Person person = personWithHistory();

        List<String> lines = transfer().exportCsv(person.id()).lines().toList();

        assertThat(lines.get(0))
                .isEqualTo(
                        "id,client_id,habit_id,habit,at,day,amount,duration_seconds,tightness_before,tightness_after,note,symptoms,"
                                + "pain_before,pain_after");
        assertThat(lines).hasSize(7); // a header, five check-ins, one note on two lines
        assertThat(lines.get(1))
                .matches("\\d+,walk-1,\\d+,Walk every hour,2025-03-01T15:00:00.123Z,2025-03-01,1.0,600,7,4,"
                        + "\"after lunch, with Sam");
        assertThat(lines.get(2)).isEqualTo("felt good\",,5,2");
        // 01:00 in New York on the 7th, before the 04:30 day start: the 6th.
        assertThat(lines.get(3))
                .matches("\\d+,break-1,\\d+,Desk break,2025-03-07T06:00:00Z,2025-03-06,1.0,,,,,"
                        + "\"pain,numbness\",,");
    }

    @Test
    void csvTextThatASpreadsheetWouldRunAsAFormulaIsMarkedAsTextAndReadBack() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.custom("Stretch").named("=1+1"));
        List<String> notes = List.of(
                "=HYPERLINK(\"http://evil.example\")", "+1 for today", "-2 nicer", "@SUM(1)", "'quoted", "plain");
        for (int i = 0; i < notes.size(); i++) {
            checkIns()
                    .record(
                            person.id(),
                            CheckInRequest.of("csv-" + i, habit.id()).note(notes.get(i)));
        }

        String csv = transfer().exportCsv(person.id());

        assertThat(csv)
                .contains(",'=1+1,")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
                .contains(",'+1 for today,")
                .contains(",'-2 nicer,")
                .contains(",'@SUM(1),")
                .contains(",''quoted,")
                .contains(",plain,");
        for (String line : csv.lines().skip(1).toList()) {
            String[] cells = line.split(",", -1);
            assertThat(cells[3]).doesNotStartWith("=");
        }
        List<RecordedCheckIn> before = bean(CheckInHistory.class).all(person.id());
        for (int i = 0; i < notes.size(); i++) {
            checkIns().undoLast(person.id());
        }
        transfer().importCsv(person.id(), csv);
        assertThat(bean(CheckInHistory.class).all(person.id()))
                .extracting(recorded -> recorded.checkIn().note())
                .containsExactlyElementsOf(before.stream()
                        .map(recorded -> recorded.checkIn().note())
                        .toList());
    }

    @Test
    void anImportOfTheWrongShapeIsRefusedInAPersonsWordsWithoutJavasNames() {
        Person person = newPerson();
        List<String> files = List.of(
                "{\"format\":\"unknot-export\",\"version\":1,\"habits\":\"nope\"}",
                "{\"format\":\"unknot-export\",\"version\":1,\"habits\":[1]}",
                "{\"format\":\"unknot-export\",\"version\":1,\"habits\":[{\"ref\":[]}]}",
                "[1,2]");
        for (String file : files) {
            assertThatThrownBy(() -> transfer().importJson(person.id(), file))
                    .as(file)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("not a readable export file: ")
                    .satisfies(refusal -> assertThat(refusal.getMessage())
                            .doesNotContain("ExportDocument", "java.", "class ", "$", "dev.unknot", "token"));
        }
    }

    @Test
    void csvImportRestoresCheckInsOnceAndIgnoresWhatIsAlreadyThere() {
        Person person = personWithHistory();
        String csv = transfer().exportCsv(person.id());
        List<RecordedCheckIn> before = bean(CheckInHistory.class).all(person.id());
        checkIns().undoLast(person.id());
        checkIns().undoLast(person.id());

        ImportSummary first = transfer().importCsv(person.id(), csv);
        ImportSummary second = transfer().importCsv(person.id(), csv);

        assertThat(first).isEqualTo(new ImportSummary(0, 2, 3));
        assertThat(second).isEqualTo(new ImportSummary(0, 0, 5));
        assertThat(bean(CheckInHistory.class).all(person.id()))
                .extracting(RecordedCheckIn::checkIn)
                .containsExactlyElementsOf(
                        before.stream().map(RecordedCheckIn::checkIn).toList());
    }

    @Test
    void badCsvLineIsNamedAndNothingIsWritten() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        String header = "client_id,habit_id,at,tightness_before\n";
        String good = "a," + habit.id() + ",2025-03-09T10:00:00Z,5\n";

        assertThatThrownBy(() -> transfer()
                        .importCsv(person.id(), header + good + "b," + habit.id() + ",2025-03-09T11:00:00Z,11\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("line 3: Tightness before goes from 0 (loose) to 10 (very tight), not 11.");
        assertThatThrownBy(() -> transfer().importCsv(person.id(), header + good + "c,999999,2025-03-09T11:00:00Z,\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("line 3: no habit 999999");
        assertThatThrownBy(() -> transfer().importCsv(person.id(), header + good + "d," + habit.id() + ",yesterday,\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("line 3: ");
        assertThatThrownBy(() ->
                        transfer().importCsv(person.id(), header + "\"e," + habit.id() + ",2025-03-09T10:00:00Z,5\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("not a readable CSV file: ");
        assertThatThrownBy(() -> transfer().importCsv(person.id(), "client_id,at\na,2025-03-09T10:00:00Z\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("the CSV header must name a column 'habit_id'");
        assertThat(bean(CheckInHistory.class).any(person.id())).isFalse();

        assertThat(transfer().importCsv(person.id(), header + good)).isEqualTo(new ImportSummary(0, 1, 0));
        assertThat(bean(CheckInHistory.class).all(person.id()))
                .singleElement()
                .satisfies(recorded -> assertThat(recorded.checkIn().before())
                        .hasValueSatisfying(
                                tightness -> assertThat(tightness.level()).isEqualTo(5)));
    }

    @Test
    void reminderTimesThatDoNotSuitTheHabitAreRefusedAndNothingIsWritten() {
        Person person = newPerson();
        habits().create(person.id(), NewHabit.custom("Stretch"));
        String exported = transfer().exportJson(person.id());
        String slotsOnADailyHabit = exported.replace("\"status\" :", "\"remind\" : \"slots\",\n    \"status\" :");
        Person fresh = newPerson();

        assertThatThrownBy(() -> transfer().importJson(fresh.id(), slotsOnADailyHabit))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("habit 1 remind")
                .hasMessageContaining("every-N-hours");
        assertThat(habits().listAll(fresh.id())).isEmpty();
    }

    @Test
    void windowTimesSurviveTheRoundTrip() {
        Person person = newPerson();
        habits().create(
                        person.id(),
                        NewHabit.custom("Stretch")
                                .on(Schedule.everyHours(2, LocalTime.of(8, 15), LocalTime.of(18, 45))));
        String exported = transfer().exportJson(person.id());
        Person fresh = newPerson();

        transfer().importJson(fresh.id(), exported);

        assertThat(habits().list(fresh.id()))
                .singleElement()
                .extracting(Habit::schedule)
                .isEqualTo(Schedule.everyHours(2, LocalTime.of(8, 15), LocalTime.of(18, 45)));
    }
}
