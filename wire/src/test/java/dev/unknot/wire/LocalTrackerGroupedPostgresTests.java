package dev.unknot.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.store.checkin.CheckInService;
import dev.unknot.store.person.PersonService;
import dev.unknot.store.testing.EnabledIfPostgres;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.checkin.CheckInResult;
import dev.unknot.wire.habit.HabitChangesBody;
import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.habit.NewHabitBody;
import dev.unknot.wire.settings.SettingsChange;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every tracker test again on PostgreSQL for a person known by id, as the API's tracker for a
 * token is: there new check-ins are written in groups against the person's kept habit book page
 * (see {@code CheckInWriter}), and must answer exactly as the ordinary path does.
 */
@EnabledIfPostgres
class LocalTrackerGroupedPostgresTests extends LocalTrackerPostgresTests {

    @Override
    protected LocalTracker tracker(ApplicationContext context) {
        return context.getBean(LocalTrackers.class)
                .forPerson(context.getBean(PersonService.class).local().id());
    }

    @Test
    void checkInsHereAreWrittenInGroups() {
        assertThat(context.getBean(CheckInService.class).canRecordGrouped()).isTrue();
    }

    @Test
    void anAnswerAfterAChangeOfHabitOrCalendarShowsTheChange() {
        HabitEntry habit =
                tracker.addHabit(new NewHabitBody("technique", "stretching/cat-cow", null, null, null, null, null));
        tracker.checkIn(new CheckInBody("first", habit.id(), null, null, null, null, null, null, List.of()));

        tracker.editHabit(habit.id(), new HabitChangesBody("Cat-cow at lunch", null, null, null));
        tracker.changeSettings(new SettingsChange("Pacific/Kiritimati", null));
        CheckInResult second =
                tracker.checkIn(new CheckInBody("second", habit.id(), null, null, null, null, null, null, List.of()));

        assertThat(second.created()).isTrue();
        assertThat(second.recorded().checkIn().habit().name()).isEqualTo("Cat-cow at lunch");
        // The day is the person's new calendar's (UTC+14), as today's is.
        assertThat(second.recorded().checkIn().day()).isEqualTo(tracker.today().day());
        assertThat(second.recorded().streak().current())
                .isEqualTo(tracker.checkIn(
                                new CheckInBody("second", habit.id(), null, null, null, null, null, null, List.of()))
                        .recorded()
                        .streak()
                        .current());
    }
}
