package dev.unknot.web.today;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.progress.ProgressService;
import dev.unknot.app.safety.SafetyScreens;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Metric;
import dev.unknot.web.safety.SafetyScreenDialog;
import dev.unknot.web.testing.UnknotUi;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TodayViewTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    Habit habit(Person person, NewHabit request) {
        return ui.bean(HabitService.class).create(person.id(), request);
    }

    Div card(Habit habit) {
        return _get(
                Div.class,
                spec -> spec.withClasses("habit-card")
                        .withAttribute("data-habit-id", Long.toString(habit.id().value())));
    }

    @Test
    void withoutHabitsPointsToCreatingOne() {
        ui.open("empty", "");

        assertThat(ui.currentView()).isInstanceOf(TodayView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state"))
                        .getElement()
                        .getTextRecursively())
                .contains("Create your first habit");
    }

    @Test
    void oneClickChecksInAndShowsTheStreak() {
        Person person = ui.open("oneclick");
        Habit habit = habit(person, NewHabit.fromTemplate("breathing/daily-box-breathing"));
        ui.navigate("");

        assertThat(_get(card(habit), Span.class, spec -> spec.withClasses("habit-status"))
                        .getText())
                .isEqualTo("Due");
        _click(_get(card(habit), Button.class, spec -> spec.withClasses("check-in")));

        assertThat(_get(card(habit), Span.class, spec -> spec.withClasses("habit-status"))
                        .getText())
                .isEqualTo("Done");
        assertThat(_get(card(habit), Span.class, spec -> spec.withClasses("streak"))
                        .getText())
                .isEqualTo("1-day streak");
        assertThat(_get(card(habit), Span.class, spec -> spec.withClasses("strength"))
                        .getText())
                .startsWith("strength ");
        assertThat(checkIns(person)).hasSize(1);
    }

    @Test
    void checkInWithTightnessAndANote() {
        Person person = ui.open("detailed");
        Habit habit = habit(person, NewHabit.custom("Walk around the block"));
        ui.navigate("");
        assertThat(_find(card(habit), IntegerField.class))
                .as("the form is built when opened")
                .isEmpty();
        _get(card(habit), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);

        _setValue(_get(card(habit), IntegerField.class, spec -> spec.withClasses("tightness-before")), 7);
        _setValue(_get(card(habit), IntegerField.class, spec -> spec.withClasses("tightness-after")), 4);
        _setValue(_get(card(habit), IntegerField.class, spec -> spec.withClasses("pain-before")), 5);
        _setValue(_get(card(habit), IntegerField.class, spec -> spec.withClasses("pain-after")), 2);
        _setValue(_get(card(habit), TextArea.class, spec -> spec.withClasses("note")), "after the long meeting");
        _click(_get(card(habit), Button.class, spec -> spec.withClasses("check-in-details")));

        List<RecordedCheckIn> stored = checkIns(person);
        assertThat(stored).singleElement().satisfies(recorded -> {
            assertThat(recorded.checkIn().before()).contains(Tightness.of(7));
            assertThat(recorded.checkIn().after()).contains(Tightness.of(4));
            assertThat(recorded.checkIn().painBefore()).contains(Pain.of(5));
            assertThat(recorded.checkIn().painAfter()).contains(Pain.of(2));
            assertThat(recorded.checkIn().note()).isEqualTo("after the long meeting");
        });
    }

    @Test
    void tightnessOutOfRangeIsRefusedAndNothingIsStored() {
        Person person = ui.open("outofrange");
        Habit habit = habit(person, NewHabit.custom("Stretch"));
        ui.navigate("");
        _get(card(habit), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);

        _get(card(habit), IntegerField.class, spec -> spec.withClasses("tightness-before"))
                .setValue(12);
        _click(_get(card(habit), Button.class, spec -> spec.withClasses("check-in-details")));

        assertThat(checkIns(person)).isEmpty();
        assertThat(_get(card(habit), Span.class, spec -> spec.withClasses("habit-status"))
                        .getText())
                .isEqualTo("Due");
    }

    @Test
    void painOutOfRangeIsSaidNextToTheFieldInAPersonsWords() {
        Person person = ui.open("inline.pain");
        Habit habit = habit(person, NewHabit.custom("Stretch"));
        ui.navigate("");
        _get(card(habit), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);
        IntegerField painBefore = _get(card(habit), IntegerField.class, spec -> spec.withClasses("pain-before"));

        painBefore.setValue(11);
        _click(_get(card(habit), Button.class, spec -> spec.withClasses("check-in-details")));

        assertThat(painBefore.isInvalid()).isTrue();
        assertThat(painBefore.getErrorMessage())
                .isEqualTo("Pain before goes from 0 (none) to 10 (the worst imaginable), not 11.");
        assertThat(checkIns(person)).isEmpty();
    }

    @Test
    void tightnessOutOfRangeIsSaidNextToTheFieldInAPersonsWords() {
        Person person = ui.open("inline.tightness");
        Habit habit = habit(person, NewHabit.custom("Stretch"));
        ui.navigate("");
        _get(card(habit), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);
        IntegerField after = _get(card(habit), IntegerField.class, spec -> spec.withClasses("tightness-after"));

        after.setValue(15);
        _click(_get(card(habit), Button.class, spec -> spec.withClasses("check-in-details")));

        assertThat(after.isInvalid()).isTrue();
        assertThat(after.getErrorMessage())
                .isEqualTo("Tightness after goes from 0 (loose) to 10 (very tight), not 15.");
        assertThat(checkIns(person)).isEmpty();
    }

    @Test
    void overdueComesFirstThenDueThenDoneAndSkippedOnesAreNotToDo() {
        Person person = ui.open("order");
        HabitService habits = ui.bean(HabitService.class);
        Habit done = habit(person, NewHabit.custom("Already done"));
        Habit skipped = habit(person, NewHabit.custom("Skipped today"));
        Habit due = habit(person, NewHabit.custom("Still due"));
        ui.bean(dev.unknot.app.checkin.CheckInService.class).record(person.id(), CheckInRequest.of(done.id()));
        habits.skip(
                person.id(),
                skipped.id(),
                ui.bean(ProgressService.class).today(person.id()).day());
        ui.navigate("");

        assertThat(_find(Div.class, spec -> spec.withClasses("habit-card")))
                .extracting(card -> card.getElement().getAttribute("data-habit-id"))
                .containsExactly(
                        Long.toString(due.id().value()),
                        Long.toString(done.id().value()),
                        Long.toString(skipped.id().value()));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("today-summary"))
                        .getText())
                .as("the skipped habit is not to do")
                .isEqualTo("1 of 2 done");
    }

    @Test
    void aMeasuredHabitSaysWhatDoneRecordsAndAddsOneOrAnExactAmount() {
        Person person = ui.open("measured");
        Habit water = habit(person, NewHabit.custom("Drink water").measured(Metric.measured("glasses", 8)));
        ui.navigate("");

        Button done = _get(card(water), Button.class, spec -> spec.withClasses("check-in"));
        assertThat(done.getText()).as("what is left of the target").isEqualTo("+8 glasses");
        _click(_get(card(water), Button.class, spec -> spec.withClasses("check-in-one")));
        assertThat(checkIns(person))
                .singleElement()
                .satisfies(recorded -> assertThat(recorded.checkIn().amount()).isEqualTo(1.0));
        assertThat(_get(card(water), Button.class, spec -> spec.withClasses("check-in"))
                        .getText())
                .isEqualTo("+7 glasses");

        _get(card(water), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);
        NumberField amount = _get(card(water), NumberField.class, spec -> spec.withClasses("amount"));
        amount.setValue(-2.0);
        _click(_get(card(water), Button.class, spec -> spec.withClasses("check-in-details")));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("The amount goes from 0 to 1000000, not -2.");
        assertThat(checkIns(person)).hasSize(1);

        amount.setValue(2.5);
        _click(_get(card(water), Button.class, spec -> spec.withClasses("check-in-details")));
        assertThat(checkIns(person))
                .extracting(recorded -> recorded.checkIn().amount())
                .containsExactly(1.0, 2.5);
    }

    @Test
    void theBrowsersTimeZoneIsOfferedAndTakenWhenChosen() {
        Person person = ui.open("zone.offer", "");
        TodayView view = (TodayView) ui.currentView();
        String other = person.calendar().zone().getId().equals("Asia/Tokyo") ? "Europe/Lisbon" : "Asia/Tokyo";

        assertThat(_find(Div.class, spec -> spec.withClasses("zone-offer")))
                .as("the browser's zone is asked for and offered on entering Today")
                .hasSize(1);
        view.offerZone(other);
        _click(_get(Button.class, spec -> spec.withClasses("use-browser-zone").withText("Use " + other)));

        assertThat(ui.bean(dev.unknot.app.person.PersonService.class)
                        .get(person.id())
                        .calendar()
                        .zone()
                        .getId())
                .isEqualTo(other);
        view.offerZone("Not/AZone");
        assertThat(_find(Div.class, spec -> spec.withClasses("zone-offer"))).isEmpty();
    }

    @Test
    void showsOnlyTheSignedInPersonsHabits() {
        Person ada = ui.open("ada.today");
        Habit adas = habit(ada, NewHabit.custom("Ada's stretch"));

        Person bob = ui.open("bob.today", "");
        habit(bob, NewHabit.custom("Bob's walk"));
        ui.navigate("");

        assertThat(_find(Div.class, spec -> spec.withClasses("habit-card")))
                .extracting(card -> card.getElement().getAttribute("data-habit-id"))
                .doesNotContain(Long.toString(adas.id().value()))
                .hasSize(1);
    }

    @Test
    void aCheckInForSomeoneElsesHabitIsRefused() {
        Person ada = ui.open("ada.guard");
        Habit adas = habit(ada, NewHabit.custom("Ada's stretch"));
        ui.open("bob.guard", "");
        TodayView view = (TodayView) ui.currentView();

        // A crafted request: Bob's session, Ada's habit id.
        view.record(CheckInRequest.of(adas.id()));

        assertThat(checkIns(ada)).isEmpty();
    }

    @Test
    void doneOffersAnUndoThatTakesTheCheckInBack() {
        Person person = ui.open("undo");
        Habit habit = habit(person, NewHabit.custom("Cat-cow before lunch"));
        ui.navigate("");
        _click(_get(card(habit), Button.class, spec -> spec.withClasses("check-in")));
        assertThat(checkIns(person)).hasSize(1);
        Notification confirmation = _get(Notification.class, spec -> spec.withClasses("check-in-confirmation"));
        assertThat(confirmation.getDuration()).isEqualTo(TodayView.UNDO_MILLIS);
        assertThat(confirmation.getElement().getTextRecursively()).contains("Checked in: Cat-cow before lunch.");

        _click(_get(confirmation, Button.class, spec -> spec.withClasses("undo-check-in")));

        assertThat(checkIns(person)).isEmpty();
        assertThat(_get(card(habit), Span.class, spec -> spec.withClasses("habit-status"))
                        .getText())
                .isEqualTo("Due");
    }

    @Test
    void aCheckInThatRaisesARedFlagShowsItAtOnceBesideTheCardAndAsksForAcknowledgement() {
        Person person = ui.open("redflag");
        Habit habit = habit(person, NewHabit.custom("Evening stretch"));
        ui.navigate("");
        _get(card(habit), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);
        _setValue(_get(card(habit), TextArea.class, spec -> spec.withClasses("note")), "numbness in both legs");

        _click(_get(card(habit), Button.class, spec -> spec.withClasses("check-in-details")));

        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("urgent-advice"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Emergency: get care now");
        assertThat(dialog.getClassNames()).contains("emergency-advice");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.isCloseOnEsc()).isFalse();
        assertThat(dialog.isCloseOnOutsideClick()).isFalse();
        assertThat(_get(card(habit), Div.class, spec -> spec.withClasses("card-advice"))
                        .getElement()
                        .getTextRecursively())
                .as("beside the card it came from")
                .containsIgnoringCase("numbness");
        _click(_get(dialog, Button.class, spec -> spec.withClasses("acknowledge-advice")));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void oneSignAloneIsWorthCheckingBesideTheCardWithoutADialog() {
        Person person = ui.open("onesign");
        Habit habit = habit(person, NewHabit.custom("Evening stretch"));
        ui.navigate("");
        _get(card(habit), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);
        _setValue(_get(card(habit), TextArea.class, spec -> spec.withClasses("note")), "numbness down my left leg");

        _click(_get(card(habit), Button.class, spec -> spec.withClasses("check-in-details")));

        assertThat(_find(Dialog.class, spec -> spec.withClasses("urgent-advice")))
                .isEmpty();
        assertThat(_get(card(habit), Div.class, spec -> spec.withClasses("card-advice"))
                        .getElement()
                        .getTextRecursively())
                .contains("Take care")
                .contains("Worth checking with a doctor");
    }

    @Test
    void symptomsChosenInTheFormAreStoredAndAnEmergencyIsAcknowledged() {
        Person person = ui.open("chosen");
        Habit habit = habit(person, NewHabit.custom("Evening stretch"));
        ui.navigate("");
        _get(card(habit), Details.class, spec -> spec.withClasses("check-in-more"))
                .setOpened(true);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Symptom> symptoms =
                _get(card(habit), MultiSelectComboBox.class, spec -> spec.withClasses("symptoms"));
        _setValue(symptoms, Set.of(Symptom.BLADDER_BOWEL, Symptom.FEVER));

        _click(_get(card(habit), Button.class, spec -> spec.withClasses("check-in-details")));

        assertThat(checkIns(person))
                .singleElement()
                .satisfies(recorded -> assertThat(recorded.checkIn().symptoms())
                        .containsExactlyInAnyOrder(Symptom.BLADDER_BOWEL, Symptom.FEVER));
        Dialog dialog = _get(Dialog.class, spec -> spec.withClasses("emergency-advice"));
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Seek emergency care now")
                .contains("new trouble passing or holding urine or stool")
                .as("one sign alone stays beside the card, out of the dialog")
                .doesNotContain("Worth checking with a doctor");
        _click(_get(dialog, Button.class, spec -> spec.withClasses("acknowledge-advice")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withClasses("card-advice"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Emergency");
    }

    @Test
    void theSafetyScreenIsOfferedOnceAtTheStartAndAnEmergencyAnswerIsAcknowledged() {
        Person person = ui.open("screened");
        ui.navigate("");
        assertThat(_find(Div.class, spec -> spec.withClasses("safety-offer"))).hasSize(1);

        _click(_get(Button.class, spec -> spec.withClasses("take-safety-screen")));
        SafetyScreenDialog screen = _get(SafetyScreenDialog.class);
        assertThat(_find(screen, Checkbox.class, spec -> spec.withClasses("safety-question")))
                .hasSize(10);
        _setValue(_get(screen, Checkbox.class, spec -> spec.withClasses("safety-saddle-numbness")), true);
        _click(_get(screen, Button.class, spec -> spec.withClasses("save-safety-screen")));

        assertThat(ui.bean(SafetyScreens.class).answers(person.id()))
                .map(answers -> answers.yes())
                .contains(Set.of(Symptom.SADDLE_NUMBNESS));
        Dialog emergency = _get(Dialog.class, spec -> spec.withClasses("emergency-advice"));
        assertThat(emergency.isOpened()).isTrue();
        _click(_get(emergency, Button.class, spec -> spec.withClasses("acknowledge-advice")));
        assertThat(_find(Div.class, spec -> spec.withClasses("safety-offer"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withClasses("advisory-emergency"))
                        .getElement()
                        .getTextRecursively())
                .contains("Seek emergency care now");
    }

    @Test
    void puttingTheScreenOffStopsTheOffer() {
        Person person = ui.open("later");
        ui.navigate("");

        _click(_get(
                _get(Div.class, spec -> spec.withClasses("safety-offer")),
                Button.class,
                spec -> spec.withClasses("later-safety-screen")));

        assertThat(_find(Div.class, spec -> spec.withClasses("safety-offer"))).isEmpty();
        assertThat(ui.bean(SafetyScreens.class).state(person.id()).toOffer()).isFalse();
        ui.navigate("");
        assertThat(_find(Div.class, spec -> spec.withClasses("safety-offer"))).isEmpty();
    }

    @Test
    void anAdviceAlreadyShownIsNotRaisedAgainByTheNextCheckIn() {
        Person person = ui.open("redflagagain");
        Habit habit = habit(person, NewHabit.custom("Evening stretch"));
        ui.bean(dev.unknot.app.checkin.CheckInService.class)
                .record(person.id(), CheckInRequest.of(habit.id()).note("tingling in my foot"));
        ui.navigate("");

        _click(_get(card(habit), Button.class, spec -> spec.withClasses("check-in")));

        assertThat(_find(Dialog.class, spec -> spec.withClasses("urgent-advice")))
                .as("the advice was at the top of the page already")
                .isEmpty();
        assertThat(_find(card(habit), Div.class, spec -> spec.withClasses("card-advice")))
                .isEmpty();
    }

    private List<RecordedCheckIn> checkIns(Person person) {
        return ui.bean(CheckInHistory.class).all(person.id());
    }
}
