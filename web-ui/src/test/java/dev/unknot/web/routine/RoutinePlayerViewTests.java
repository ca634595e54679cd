package dev.unknot.web.routine;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.web.layout.NotFoundView;
import dev.unknot.web.testing.UnknotUi;
import dev.unknot.web.today.TodayView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RoutinePlayerViewTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    RoutinePlayerView player() {
        return (RoutinePlayerView) ui.currentView();
    }

    @Test
    void boxBreathingCountsDownFourSecondPhases() {
        ui.open("player.breathing", "routine/breathing/stress-reset");
        RoutinePlayerView view = player();
        assertThat(view.session.phases())
                .extracting(Session.Phase::label)
                .startsWith("Inhale", "Hold", "Exhale", "Hold");

        _click(view.start);
        assertThat(view.phaseLabel.getText()).isEqualTo("Inhale");
        assertThat(view.countdown.getText()).isEqualTo("0:04");
        view.tick();
        assertThat(view.countdown.getText()).isEqualTo("0:03");
        view.tick();
        view.tick();
        view.tick();
        assertThat(view.phaseLabel.getText()).isEqualTo("Hold");
        assertThat(view.countdown.getText()).isEqualTo("0:04");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(RoutinePlayerView.POLL_MILLIS);
    }

    @Test
    void pauseStopsTheClockAndSkipMovesOn() {
        ui.open("player.pause", "routine/breathing/stress-reset");
        RoutinePlayerView view = player();
        _click(view.start);

        _click(view.pause);
        view.tick();
        assertThat(view.countdown.getText()).isEqualTo("0:04");
        assertThat(view.pause.getText()).isEqualTo("Resume");

        _click(view.skip);
        assertThat(view.position.getText()).as("skip leaves the whole step").startsWith("Step 2 of ");
    }

    @Test
    void breathingCountsItsCyclesAndTheTimeLeftAndBackReturnsToTheStep() {
        ui.open("player.cycles", "routine/breathing/stress-reset");
        RoutinePlayerView view = player();
        _click(view.start);
        long before = view.session.secondsLeft();

        assertThat(view.cycle.getText()).matches("Cycle 1 of \\d+");
        assertThat(view.timeLeft.getText()).isEqualTo(RoutinePlayerView.clock(before) + " left");
        assertThat(view.breath.isVisible()).isTrue();
        for (int second = 0; second < 16; second++) {
            view.tick();
        }
        assertThat(view.cycle.getText()).startsWith("Cycle 2 of ");
        assertThat(view.session.secondsLeft()).isEqualTo(before - 16);

        _click(view.back);
        assertThat(view.cycle.getText()).startsWith("Cycle 1 of ");
        assertThat(view.countdown.getText()).isEqualTo("0:04");
        assertThat(_get(ListItem.class, spec -> spec.withClasses("routine-step current"))
                        .getText())
                .as("the current step is marked")
                .startsWith(view.session.phase().technique());
        assertThat(view.howTo.getChildren().count()).as("with its how-to").isPositive();
        assertThat(view.sound.getValue()).as("sound is on unless turned off").isTrue();
    }

    @Test
    void mutingTheSoundIsKeptForThePersonAndIsWhereTheirNextPlayerStarts() {
        Person person = ui.open("player.mute", "routine/breathing/stress-reset");
        assertThat(player().sound.getValue()).as("sound until muted").isTrue();

        _setValue(player().sound, false);

        assertThat(ui.bean(PersonService.class).cuesMuted(person.id())).isTrue();
        // Another browser: a new UI and session, signed in as the same person.
        ui.open("player.mute", "routine/movement/desk-break");
        assertThat(player().sound.getValue()).as("muted in the next player").isFalse();
        ui.open("player.unmuted", "routine/movement/desk-break");
        assertThat(player().sound.getValue())
                .as("another person's sound is theirs")
                .isTrue();

        ui.open("player.mute", "routine/movement/desk-break");
        _setValue(player().sound, true);
        ui.open("player.mute", "routine/breathing/stress-reset");
        assertThat(player().sound.getValue()).isTrue();
    }

    @Test
    void aRoutineStartedFromTheLibraryOffersACheckInOnTheHabitThatKeepsIt() {
        Person person = ui.open("player.library");
        Habit habit = ui.bean(HabitService.class).create(person.id(), NewHabit.routine("movement/desk-break"));
        ui.navigate("routine/movement/desk-break");
        RoutinePlayerView view = player();
        _click(view.start);

        while (!view.session.finished()) {
            _click(view.skip);
        }
        _click(_get(Button.class, spec -> spec.withId("routine-check-in")));

        assertThat(ui.bean(CheckInHistory.class).all(person.id()))
                .singleElement()
                .satisfies(recorded -> assertThat(recorded.checkIn().habit()).isEqualTo(habit.id()));
    }

    @Test
    void runsToTheEndThenChecksInOnTheHabit() {
        Person person = ui.open("player.end");
        Habit habit = ui.bean(HabitService.class).create(person.id(), NewHabit.routine("movement/desk-break"));
        UI.getCurrent()
                .navigate(
                        "routine/movement/desk-break",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                                "habit", Long.toString(habit.id().value()), "pace", "fast")));
        RoutinePlayerView view = player();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(RoutinePlayerView.FAST_POLL_MILLIS);
        _click(view.start);

        for (int poll = 0;
                poll < 1000
                        && _find(H3.class, spec -> spec.withClasses("routine-finished"))
                                .isEmpty();
                poll++) {
            if (view.player.hasClassName("untimed")) {
                _click(view.skip);
            } else {
                view.tick();
            }
        }

        assertThat(_get(H3.class, spec -> spec.withClasses("routine-finished")).getText())
                .contains("Desk break");
        _setValue(_get(IntegerField.class, spec -> spec.withId("routine-before")), 6);
        _setValue(_get(IntegerField.class, spec -> spec.withId("routine-after")), 3);
        _setValue(_get(IntegerField.class, spec -> spec.withId("routine-pain-before")), 5);
        _setValue(_get(IntegerField.class, spec -> spec.withId("routine-pain-after")), 2);
        _click(_get(Button.class, spec -> spec.withId("routine-check-in")));

        List<RecordedCheckIn> stored = ui.bean(CheckInHistory.class).all(person.id());
        assertThat(stored).singleElement().satisfies(recorded -> {
            assertThat(recorded.checkIn().habit()).isEqualTo(habit.id());
            assertThat(recorded.checkIn().before()).contains(Tightness.of(6));
            assertThat(recorded.checkIn().painBefore()).contains(Pain.of(5));
            assertThat(recorded.checkIn().painAfter()).contains(Pain.of(2));
            assertThat(recorded.checkIn().duration())
                    .hasValueSatisfying(d -> assertThat(d).isPositive());
        });
        assertThat(ui.currentView()).isInstanceOf(TodayView.class);
    }

    @Test
    void painOutOfRangeIsSaidNextToItsFieldAndRecordsNothing() {
        Person person = ui.open("player.pain");
        ui.bean(HabitService.class).create(person.id(), NewHabit.routine("movement/desk-break"));
        ui.navigate("routine/movement/desk-break");
        RoutinePlayerView view = player();
        _click(view.start);
        while (!view.session.finished()) {
            _click(view.skip);
        }
        IntegerField painBefore = _get(IntegerField.class, spec -> spec.withId("routine-pain-before"));
        IntegerField painAfter = _get(IntegerField.class, spec -> spec.withId("routine-pain-after"));

        assertThat(painBefore.getLabel()).isEqualTo("Pain before");
        assertThat(painBefore.getHelperText()).isEqualTo("0 none – 10 the worst imaginable");
        assertThat(painBefore.getI18n().getBadInputErrorMessage())
                .isEqualTo("Pain is a whole number from 0 (none) to 10 (the worst imaginable).");
        _setValue(painBefore, 4);
        _setValue(painAfter, 11);
        _click(_get(Button.class, spec -> spec.withId("routine-check-in")));

        assertThat(painAfter.isInvalid()).isTrue();
        assertThat(painAfter.getErrorMessage())
                .isEqualTo("Pain after goes from 0 (none) to 10 (the worst imaginable), not 11.");
        assertThat(painBefore.isInvalid()).isFalse();
        assertThat(ui.bean(CheckInHistory.class).all(person.id())).isEmpty();

        _setValue(painAfter, 1);
        assertThat(painAfter.isInvalid())
                .as("a corrected field is no longer wrong")
                .isFalse();
        _click(_get(Button.class, spec -> spec.withId("routine-check-in")));
        assertThat(ui.bean(CheckInHistory.class).all(person.id()))
                .singleElement()
                .satisfies(
                        recorded -> assertThat(recorded.checkIn().painAfter()).contains(Pain.of(1)));
    }

    @Test
    void anotherPersonsHabitGetsNoCheckIn() {
        Person ada = ui.open("player.ada");
        Habit adas = ui.bean(HabitService.class).create(ada.id(), NewHabit.routine("movement/desk-break"));
        ui.open("player.bob");
        UI.getCurrent()
                .navigate(
                        "routine/movement/desk-break",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                                "habit", Long.toString(adas.id().value()))));
        RoutinePlayerView view = player();
        _click(view.start);

        while (!view.session.finished()) {
            _click(view.skip);
        }

        assertThat(_find(Button.class, spec -> spec.withId("routine-check-in"))).isEmpty();
        assertThat(ui.bean(CheckInHistory.class).all(ada.id())).isEmpty();
    }

    @Test
    void unknownRoutineIsNotFound() {
        ui.open("player.unknown", "routine/movement/no-such-routine");

        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
    }
}
