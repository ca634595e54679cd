package dev.unknot.web.today;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.reminder.ReminderActions;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.web.testing.UnknotUi;
import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The banner on Today for a reminder that is reminding now, with "Done" and two snoozes. */
class TodayRemindersTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    /** A person with a habit that reminds at this very minute, on the Today page. */
    Habit remindingNow(String username) {
        Person person = ui.open(username, "");
        Habit habit = ui.bean(HabitService.class).create(person.id(), NewHabit.custom("Walk"));
        LocalTime now = LocalTime.now(
                        ui.bean(Clock.class).withZone(person.calendar().zone()))
                .truncatedTo(ChronoUnit.MINUTES);
        ui.bean(ReminderService.class).changeTimes(person.id(), habit.id(), ReminderTimes.at(now));
        ui.navigate("");
        return habit;
    }

    Div banner(Habit habit) {
        return _get(
                Div.class,
                spec -> spec.withClasses("reminder-banner")
                        .withAttribute("data-habit-id", Long.toString(habit.id().value())));
    }

    @Test
    void aReminderDueNowShowsABannerAndTheOpenPagePollsOnceAMinute() {
        Habit habit = remindingNow("banner.shows");

        assertThat(_get(banner(habit), Span.class, spec -> spec.withClasses("reminder-title"))
                        .getText())
                .isEqualTo("Time for: Walk");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(TodayView.REMINDER_POLL_MILLIS);
    }

    @Test
    void doneFromTheBannerIsAnOrdinaryCheckIn() {
        Habit habit = remindingNow("banner.done");
        Person person = ui.account("banner.done");

        _click(_get(banner(habit), Button.class, spec -> spec.withClasses("reminder-done")));

        assertThat(_find(Div.class, spec -> spec.withClasses("reminder-banner")))
                .isEmpty();
        assertThat(ui.bean(CheckInHistory.class).all(person.id()))
                .singleElement()
                .satisfies(recorded -> {
                    assertThat(recorded.checkIn().habit()).isEqualTo(habit.id());
                    assertThat(recorded.checkIn().amount()).isEqualTo(1.0);
                });
        assertThat(_get(
                                Div.class,
                                spec -> spec.withClasses("habit-card")
                                        .withAttribute(
                                                "data-habit-id",
                                                Long.toString(habit.id().value())))
                        .getClassNames())
                .contains("status-done");
    }

    @Test
    void snoozeHidesTheBannerUntilItEnds() {
        Habit habit = remindingNow("banner.snooze");
        Person person = ui.account("banner.snooze");

        _click(_get(banner(habit), Button.class, spec -> spec.withClasses("reminder-snooze-10")));

        assertThat(_find(Div.class, spec -> spec.withClasses("reminder-banner")))
                .isEmpty();
        assertThat(NotificationsKt.getNotifications())
                .extracting(shown -> shown.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).startsWith("Snoozed: it reminds you again at "));
        assertThat(ui.bean(ReminderActions.class).remindingNow(person.id())).isEmpty();
        ((TodayView) ui.currentView()).showReminders();
        assertThat(_find(Div.class, spec -> spec.withClasses("reminder-banner")))
                .isEmpty();
    }

    @Test
    void withTheOpenAppOffOnlyAReminderLinkShowsTheBanner() {
        Habit habit = remindingNow("banner.off");
        Person person = ui.account("banner.off");
        ReminderService reminders = ui.bean(ReminderService.class);
        reminders.changeSettings(person.id(), reminders.settings(person.id()).inApp(false));

        ui.navigate("");
        assertThat(_find(Div.class, spec -> spec.withClasses("reminder-banner")))
                .isEmpty();

        UI.getCurrent()
                .navigate(
                        "",
                        com.vaadin.flow.router.QueryParameters.of(
                                "remind", Long.toString(habit.id().value())));
        assertThat(banner(habit).isVisible()).isTrue();
        assertThat(_get(
                                Div.class,
                                spec -> spec.withClasses("habit-card")
                                        .withAttribute(
                                                "data-habit-id",
                                                Long.toString(habit.id().value())))
                        .getClassNames())
                .contains("requested");
    }
}
