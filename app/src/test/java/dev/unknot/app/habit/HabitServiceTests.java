package dev.unknot.app.habit;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.person.Person;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.TemplateId;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

abstract class HabitServiceTests extends AppTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    HabitService habits() {
        return bean(HabitService.class);
    }

    @Test
    void habitFromATemplateTakesTheTemplatesTargetScheduleAndMetric() {
        Person person = newPerson();

        Habit habit = habits().create(person.id(), NewHabit.fromTemplate(TestPlugin.HOURLY_WALK));

        assertThat(habit.name()).isEqualTo("Walk every hour");
        assertThat(habit.target()).isEqualTo(HabitTarget.technique(TestPlugin.DESK_WALK));
        assertThat(habit.schedule()).isEqualTo(Schedule.everyHours(1, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        assertThat(habit.metric()).isEqualTo(Metric.yesNo());
        assertThat(habit.startsOn()).isEqualTo(TODAY);
        assertThat(habit.status()).isEqualTo(HabitStatus.ACTIVE);
        assertThat(habits().get(person.id(), habit.id())).isEqualTo(habit);
        assertThat(habits().details(person.id(), habit.id()).template())
                .contains(TemplateId.of(TestPlugin.HOURLY_WALK));
    }

    @Test
    void templateDefaultsCanBeOverridden() {
        Person person = newPerson();

        Habit habit = habits().create(
                        person.id(),
                        NewHabit.fromTemplate(TestPlugin.WATER)
                                .named("Water")
                                .measured(Metric.measured("glasses", 6))
                                .startingOn(TODAY.minusDays(3)));

        assertThat(habit.name()).isEqualTo("Water");
        assertThat(habit.target()).isEqualTo(HabitTarget.custom("Drink water"));
        assertThat(habit.metric()).isEqualTo(Metric.measured("glasses", 6));
        assertThat(habit.startsOn()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void habitsOfATechniqueOrRoutineAreNamedAfterIt() {
        Person person = newPerson();

        Habit technique = habits().create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        Habit routine = habits().create(person.id(), NewHabit.routine(TestPlugin.DESK_BREAK));

        assertThat(technique.name()).isEqualTo("Neck roll");
        assertThat(technique.schedule()).isEqualTo(Schedule.daily());
        assertThat(routine.name()).isEqualTo("Desk break");
        assertThat(routine.target()).isEqualTo(HabitTarget.routine(TestPlugin.DESK_BREAK));
        assertThat(habits().details(person.id(), routine.id()).template()).isEmpty();
    }

    @Test
    void everyScheduleAndMetricComesBackAsStored() {
        Person person = newPerson();
        List<Schedule> schedules = List.of(
                Schedule.daily(),
                Schedule.on(MONDAY, THURSDAY, SUNDAY),
                Schedule.timesPerWeek(3),
                Schedule.everyHours(2, LocalTime.of(8, 30), LocalTime.of(18, 15)));

        for (Schedule schedule : schedules) {
            Habit habit = habits().create(
                            person.id(),
                            NewHabit.custom("Stand up").on(schedule).measured(Metric.measured("times", 2.5)));
            assertThat(habits().get(person.id(), habit.id()).schedule()).isEqualTo(schedule);
            assertThat(habits().get(person.id(), habit.id()).metric()).isEqualTo(Metric.measured("times", 2.5));
        }
        assertThat(habits().list(person.id())).extracting(Habit::schedule).containsExactlyElementsOf(schedules);
    }

    @Test
    void customHabitIsNamedAfterItsDescription() {
        Person person = newPerson();

        Habit habit = habits().create(person.id(), NewHabit.custom("  Sit on the ball at the desk "));

        assertThat(habit.name()).isEqualTo("Sit on the ball at the desk");
        assertThat(habit.target()).isEqualTo(HabitTarget.custom("Sit on the ball at the desk"));
    }

    @Test
    void unknownTemplateTechniqueOrRoutineIsRejectedAndNothingIsWritten() {
        Person person = newPerson();

        assertThatThrownBy(() -> habits().create(person.id(), NewHabit.fromTemplate("testkit/no-such-template")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("no loaded plugin offers the habit template 'testkit/no-such-template'");
        assertThatThrownBy(() -> habits().create(person.id(), NewHabit.technique("yoga/downward-dog")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("no loaded plugin offers the technique 'yoga/downward-dog'")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("technique");
        assertThatThrownBy(() -> habits().create(person.id(), NewHabit.routine("yoga/sun-salutation")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("no loaded plugin offers the routine 'yoga/sun-salutation'");
        assertThat(habits().listAll(person.id())).isEmpty();
    }

    @Test
    void malformedIdsAndBadValuesAreRejected() {
        Person person = newPerson();

        assertThatThrownBy(() -> NewHabit.fromTemplate("no slash"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("template");
        assertThatThrownBy(() -> NewHabit.custom("  "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("habit description must not be blank");
        assertThatThrownBy(
                        () -> habits().create(person.id(), NewHabit.custom("x").named(" ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("habit name must be 1 to 200 characters, was 0");
        assertThatThrownBy(() -> habits().create(
                                person.id(),
                                NewHabit.custom("x")
                                        .on(Schedule.everyHours(1, LocalTime.of(9, 0, 30), LocalTime.of(17, 0)))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("window start must be on a whole minute, was 09:00:30");
        assertThatThrownBy(() -> habits().create(
                                person.id(),
                                new NewHabit(
                                        NewHabit.fromTemplate(TestPlugin.WATER).template(),
                                        NewHabit.custom("x").target(),
                                        java.util.Optional.empty(),
                                        java.util.Optional.empty(),
                                        java.util.Optional.empty(),
                                        java.util.Optional.empty())))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("target");
        assertThat(habits().listAll(person.id())).isEmpty();
    }

    @Test
    void editChangesOnlyWhatIsGiven() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.fromTemplate(TestPlugin.DAILY_NECK_ROLL));

        Habit edited = habits().edit(
                        person.id(),
                        habit.id(),
                        HabitChanges.none().name("Neck rolls").schedule(Schedule.timesPerWeek(4)));

        assertThat(edited)
                .isEqualTo(new Habit(
                        habit.id(),
                        "Neck rolls",
                        habit.target(),
                        Schedule.timesPerWeek(4),
                        habit.metric(),
                        habit.startsOn(),
                        HabitStatus.ACTIVE));
        assertThat(habits().get(person.id(), habit.id())).isEqualTo(edited);
        assertThat(habits().details(person.id(), habit.id()).template())
                .contains(TemplateId.of(TestPlugin.DAILY_NECK_ROLL));
    }

    @Test
    void aChangeOfHoursKeepsAnHourlyHabitsWindowAndAChangeOfWindowItsHours() {
        Person person = newPerson();
        Habit habit = habits().create(
                        person.id(),
                        NewHabit.custom("Stand up")
                                .on(Schedule.everyHours(2, LocalTime.of(8, 0), LocalTime.of(18, 0))));

        Habit hours = habits().edit(
                        person.id(),
                        habit.id(),
                        HabitChanges.none().hourly(Optional.of(3), Optional.empty(), Optional.empty()));
        Habit window = habits().edit(
                        person.id(),
                        habit.id(),
                        HabitChanges.none()
                                .hourly(Optional.empty(), Optional.of(LocalTime.of(7, 30)), Optional.empty()));

        assertThat(hours.schedule()).isEqualTo(Schedule.everyHours(3, LocalTime.of(8, 0), LocalTime.of(18, 0)));
        assertThat(window.schedule()).isEqualTo(Schedule.everyHours(3, LocalTime.of(7, 30), LocalTime.of(18, 0)));
    }

    @Test
    void aHabitThatBecomesHourlyNeedsItsHoursAndTakesTheUsualWindow() {
        Person person = newPerson();
        Habit daily = habits().create(person.id(), NewHabit.custom("Walk"));

        assertThatThrownBy(() -> habits().edit(
                                person.id(),
                                daily.id(),
                                HabitChanges.none()
                                        .hourly(Optional.empty(), Optional.of(LocalTime.of(8, 0)), Optional.empty())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Walk is not due every few hours (every day): give the hours between times as well as"
                        + " the window");
        assertThat(habits().edit(
                                person.id(),
                                daily.id(),
                                HabitChanges.none().hourly(Optional.of(4), Optional.empty(), Optional.empty()))
                        .schedule())
                .isEqualTo(Schedule.everyHours(4, LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }

    @Test
    void aNewTargetKeepsTheUnitAndAYesNoHabitNeedsBoth() {
        Person person = newPerson();
        Habit water =
                habits().create(person.id(), NewHabit.custom("Drink water").measured(Metric.measured("glasses", 8)));
        Habit walk = habits().create(person.id(), NewHabit.custom("Walk"));

        assertThat(habits().edit(
                                person.id(),
                                water.id(),
                                HabitChanges.none().measured(Optional.empty(), Optional.of(10.0)))
                        .metric())
                .isEqualTo(Metric.measured("glasses", 10));
        assertThat(habits().edit(
                                person.id(),
                                water.id(),
                                HabitChanges.none().measured(Optional.of("cups"), Optional.empty()))
                        .metric())
                .isEqualTo(Metric.measured("cups", 10));
        assertThatThrownBy(() -> habits().edit(
                                person.id(),
                                walk.id(),
                                HabitChanges.none().measured(Optional.empty(), Optional.of(3.0))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("metric.unit");
        assertThat(habits().get(person.id(), walk.id()).metric()).isEqualTo(Metric.yesNo());
    }

    @Test
    void anArchivedHabitIsRestoredWithItsHistory() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        habits().skip(person.id(), habit.id(), TODAY.minusDays(1));
        habits().archive(person.id(), habit.id());

        Habit restored = habits().unarchive(person.id(), habit.id());

        assertThat(restored).isEqualTo(habit);
        assertThat(habits().list(person.id())).containsExactly(habit);
        assertThat(habits().details(person.id(), habit.id()).skipped()).containsExactly(TODAY.minusDays(1));
        assertThat(habits().unarchive(person.id(), habit.id()))
                .as("again: nothing changes")
                .isEqualTo(habit);
        assertThatThrownBy(() -> habits().unarchive(newPerson().id(), habit.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDescriptionLongerThanANameNeedsANameOfItsOwn() {
        Person person = newPerson();
        String long201 = "walk ".repeat(40) + "a";

        assertThatThrownBy(() -> habits().create(person.id(), NewHabit.custom(long201)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("habit name must be 1 to 200 characters, was 201");
        assertThat(habits().create(person.id(), NewHabit.custom(long201).named("Long walk"))
                        .name())
                .isEqualTo("Long walk");
        assertThat(habits().create(person.id(), NewHabit.custom("x".repeat(200)))
                        .name())
                .hasSize(200);
    }

    @Test
    void archivedHabitLeavesTheActiveListButKeepsItsHistory() {
        Person person = newPerson();
        Habit kept = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        Habit dropped = habits().create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        habits().skip(person.id(), dropped.id(), TODAY.minusDays(1));

        Habit archived = habits().archive(person.id(), dropped.id());

        assertThat(archived.status()).isEqualTo(HabitStatus.ARCHIVED);
        assertThat(habits().list(person.id())).containsExactly(kept);
        assertThat(habits().listAll(person.id())).containsExactly(kept, archived);
        assertThat(habits().details(person.id(), dropped.id()).skipped()).containsExactly(TODAY.minusDays(1));
    }

    @Test
    void aNamesakeIsAnActiveHabitOfTheSameNameIgnoringCaseAndSpaces() {
        Person person = newPerson();
        Person other = newPerson();
        Habit neck = habits().create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        Habit plank = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        habits().archive(person.id(), plank.id());

        assertThat(habits().namesake(person.id(), "  neck ROLL ")).contains(neck);
        assertThat(habits().namesake(person.id(), plank.name())).as("archived").isEmpty();
        assertThat(habits().namesake(person.id(), "Neck rolls")).isEmpty();
        assertThat(habits().namesake(person.id(), " ")).isEmpty();
        assertThat(habits().namesake(other.id(), "Neck roll"))
                .as("another person's")
                .isEmpty();
    }

    @Test
    void skippingADayTwiceSkipsItOnce() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));

        habits().skip(person.id(), habit.id(), TODAY);
        habits().skip(person.id(), habit.id(), TODAY);
        habits().skip(person.id(), habit.id(), TODAY.minusDays(2));

        assertThat(habits().details(person.id(), habit.id()).skipped()).containsExactly(TODAY.minusDays(2), TODAY);
    }

    @Test
    void aDayWithACheckInCannotBeSkipped() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        bean(CheckInService.class).record(person.id(), CheckInRequest.of(habit.id()));

        assertThatThrownBy(() -> habits().skip(person.id(), habit.id(), TODAY))
                .isInstanceOf(ConflictException.class)
                .hasMessage("'" + habit.name() + "' already has a check-in on " + TODAY
                        + ", so that day cannot be skipped; undo the check-in first to skip it");
        habits().skip(person.id(), habit.id(), TODAY.minusDays(1));

        assertThat(habits().details(person.id(), habit.id()).skipped()).containsExactly(TODAY.minusDays(1));
    }

    @Test
    void pausesAreKeptPerHabitOrForAllActiveHabits() {
        Person person = newPerson();
        Habit plank = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        Habit neck = habits().create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        Habit archived = habits().archive(
                        person.id(),
                        habits().create(person.id(), NewHabit.technique(TestPlugin.DESK_WALK))
                                .id());
        DateRange illness = new DateRange(TODAY.minusDays(10), TODAY.minusDays(8));
        DateRange holiday = new DateRange(TODAY.plusDays(5), TODAY.plusDays(19));

        habits().pause(person.id(), plank.id(), illness);
        List<Habit> paused = habits().pauseAll(person.id(), holiday);

        assertThat(paused).containsExactly(plank, neck);
        assertThat(habits().details(person.id(), plank.id()).pauses()).containsExactly(illness, holiday);
        assertThat(habits().details(person.id(), neck.id()).pauses()).containsExactly(holiday);
        assertThat(habits().detailsOfAll(person.id()))
                .extracting(HabitDetails::pauses)
                .containsExactly(List.of(illness, holiday), List.of(holiday), List.of());
        assertThat(habits().details(person.id(), archived.id()).pauses()).isEmpty();
    }

    @Test
    void aSkipTakenBackCountsTheDayAgain() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        habits().skip(person.id(), habit.id(), TODAY);
        habits().skip(person.id(), habit.id(), TODAY.minusDays(1));

        assertThat(habits().unskip(person.id(), habit.id(), TODAY)).isTrue();
        assertThat(habits().unskip(person.id(), habit.id(), TODAY))
                .as("not skipped any more")
                .isFalse();
        assertThat(habits().unskip(person.id(), habit.id(), TODAY.minusDays(5)))
                .as("never skipped")
                .isFalse();

        assertThat(habits().details(person.id(), habit.id()).skipped()).containsExactly(TODAY.minusDays(1));
    }

    @Test
    void resumingCutsThePauseThatRunsAndRemovesTheLaterOnesOnly() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        Habit other = habits().create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        DateRange past = new DateRange(TODAY.minusDays(10), TODAY.minusDays(8));
        DateRange running = new DateRange(TODAY.minusDays(2), TODAY.plusDays(4));
        DateRange later = new DateRange(TODAY.plusDays(20), TODAY.plusDays(30));
        habits().pause(person.id(), habit.id(), past);
        habits().pause(person.id(), habit.id(), running);
        habits().pause(person.id(), habit.id(), later);
        habits().pause(person.id(), other.id(), running);

        assertThat(habits().resume(person.id(), habit.id(), TODAY)).isTrue();

        assertThat(habits().details(person.id(), habit.id()).pauses())
                .containsExactly(past, new DateRange(TODAY.minusDays(2), TODAY.minusDays(1)));
        assertThat(habits().details(person.id(), other.id()).pauses())
                .as("another habit")
                .containsExactly(running);
        assertThat(habits().resume(person.id(), habit.id(), TODAY))
                .as("nothing left to resume")
                .isFalse();
    }

    @Test
    void aPauseStartingOnTheDayOfResumingIsRemovedWhole() {
        Person person = newPerson();
        Habit habit = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        habits().pause(person.id(), habit.id(), new DateRange(TODAY, TODAY.plusDays(3)));

        assertThat(habits().resume(person.id(), habit.id(), TODAY)).isTrue();

        assertThat(habits().details(person.id(), habit.id()).pauses()).isEmpty();
    }

    @Test
    void resumingAllReportsTheHabitsWhosePausesChanged() {
        Person person = newPerson();
        Habit plank = habits().create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        Habit neck = habits().create(person.id(), NewHabit.technique(TestPlugin.NECK_ROLL));
        Habit walk = habits().create(person.id(), NewHabit.technique(TestPlugin.DESK_WALK));
        habits().pauseAll(person.id(), new DateRange(TODAY.minusDays(1), TODAY.plusDays(6)));
        habits().resume(person.id(), neck.id(), TODAY);
        habits().pause(person.id(), walk.id(), new DateRange(TODAY.minusDays(9), TODAY.minusDays(8)));
        Person other = newPerson();
        Habit theirs = habits().create(other.id(), NewHabit.technique(TestPlugin.PLANK));
        habits().pause(other.id(), theirs.id(), new DateRange(TODAY, TODAY.plusDays(2)));

        assertThat(habits().resumeAll(person.id(), TODAY)).containsExactly(plank, walk);

        DateRange yesterday = new DateRange(TODAY.minusDays(1), TODAY.minusDays(1));
        assertThat(habits().details(person.id(), plank.id()).pauses()).containsExactly(yesterday);
        assertThat(habits().details(person.id(), neck.id()).pauses()).containsExactly(yesterday);
        assertThat(habits().details(person.id(), walk.id()).pauses())
                .containsExactlyInAnyOrder(yesterday, new DateRange(TODAY.minusDays(9), TODAY.minusDays(8)));
        assertThat(habits().details(other.id(), theirs.id()).pauses())
                .as("another person's")
                .hasSize(1);
    }

    @Test
    void anotherPersonsHabitIsIndistinguishableFromAnUnknownOne() {
        Person owner = newPerson();
        Person other = newPerson();
        Habit habit = habits().create(owner.id(), NewHabit.technique(TestPlugin.PLANK));
        HabitId unknown = new HabitId(999_999);

        for (HabitId id : List.of(habit.id(), unknown)) {
            assertThatThrownBy(() -> habits().get(other.id(), id))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("no habit " + id);
            assertThatThrownBy(() ->
                            habits().edit(other.id(), id, HabitChanges.none().name("Mine")))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("no habit " + id);
            assertThatThrownBy(() -> habits().archive(other.id(), id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> habits().skip(other.id(), id, TODAY)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> habits().pause(other.id(), id, new DateRange(TODAY, TODAY)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> habits().details(other.id(), id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> habits().unskip(other.id(), id, TODAY)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> habits().resume(other.id(), id, TODAY)).isInstanceOf(NotFoundException.class);
        }
        assertThat(habits().listAll(other.id())).isEmpty();
        assertThat(habits().get(owner.id(), habit.id())).isEqualTo(habit);
        assertThat(habits().details(owner.id(), habit.id()).skipped()).isEmpty();
    }

    @Test
    void restoreKeepsAHabitWhosePluginIsGone() {
        Person person = newPerson();
        Habit gone = new Habit(
                new HabitId(77),
                "Downward dog",
                HabitTarget.technique("yoga/downward-dog"),
                Schedule.timesPerWeek(2),
                Metric.yesNo(),
                TODAY.minusDays(30),
                HabitStatus.ARCHIVED);

        Habit restored = habits().restore(
                        person.id(),
                        HabitDetails.of(
                                gone,
                                java.util.Optional.of(TemplateId.of("yoga/weekly-flow")),
                                java.util.Set.of(TODAY.minusDays(3)),
                                List.of(new DateRange(TODAY.minusDays(9), TODAY.minusDays(7)))));

        HabitDetails details = habits().details(person.id(), restored.id());
        assertThat(details.habit())
                .isEqualTo(new Habit(
                        restored.id(),
                        gone.name(),
                        gone.target(),
                        gone.schedule(),
                        gone.metric(),
                        gone.startsOn(),
                        gone.status()));
        assertThat(details.template()).contains(TemplateId.of("yoga/weekly-flow"));
        assertThat(details.skipped()).containsExactly(TODAY.minusDays(3));
        assertThat(details.pauses()).containsExactly(new DateRange(TODAY.minusDays(9), TODAY.minusDays(7)));
    }
}
