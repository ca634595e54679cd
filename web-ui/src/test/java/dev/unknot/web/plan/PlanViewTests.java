package dev.unknot.web.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.Person;
import dev.unknot.web.safety.SafetyScreenDialog;
import dev.unknot.web.testing.UnknotUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PlanViewTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    PlanView open(String username) {
        ui.open(username, "plan");
        return (PlanView) ui.currentView();
    }

    @Test
    void proposesAPlanThenAppliesItOnceWithOneClick() {
        PlanView view = open("plan.person");
        view.sittingHours.setValue(10);
        view.stress.setValue(8);
        view.slouches.setValue(true);

        _click(view.propose);
        assertThat(view.items).isNotEmpty();
        _click(_get(Button.class, spec -> spec.withId("apply-plan")));

        Person person = ui.bean(dev.unknot.app.person.PersonService.class)
                .findByUsername("plan.person")
                .orElseThrow();
        int habits = ui.bean(HabitService.class).list(person.id()).size();
        assertThat(habits).isPositive();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("plan-applied"))
                        .getText())
                .startsWith(habits + " new habits");

        _click(view.propose);
        assertThat(view.items).allSatisfy(row -> {
            assertThat(row.existing).isPresent();
            assertThat(row.ticked.isEnabled()).isFalse();
        });
        assertThat(view.apply.isEnabled()).as("nothing left to apply").isFalse();
        view.apply();
        assertThat(ui.bean(HabitService.class).list(person.id())).hasSize(habits);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("plan-applied"))
                        .getText())
                .startsWith("0 new habits; left out what you have already: ");
    }

    @Test
    void theSafetyScreenIsTakenAndRetakenFromThePlanAndItsAnswersShown() {
        PlanView view = open("plan.safety");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("safety-summary"))
                        .getText())
                .isEqualTo("Safety screen: Not taken yet.");

        _click(_get(view.safety, Button.class, spec -> spec.withClasses("take-safety-screen")));
        SafetyScreenDialog screen = _get(SafetyScreenDialog.class);
        _setValue(_get(screen, Checkbox.class, spec -> spec.withClasses("safety-cancer")), true);
        _click(_get(screen, Button.class, spec -> spec.withClasses("save-safety-screen")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("safety-summary"))
                        .getText())
                .isEqualTo("Safety screen: Last answered yes to: a history of cancer.");
        assertThat(_find(Dialog.class, spec -> spec.withClasses("urgent-advice")))
                .as("one sign alone is worth checking, not urgent")
                .isEmpty();
        Button retake = _get(view.safety, Button.class, spec -> spec.withClasses("take-safety-screen"));
        assertThat(retake.getText()).isEqualTo("Retake the safety screen");

        _click(retake);
        SafetyScreenDialog again = _get(SafetyScreenDialog.class);
        assertThat(_get(again, Checkbox.class, spec -> spec.withClasses("safety-cancer"))
                        .getValue())
                .as("the last answers are ticked")
                .isTrue();
        _setValue(_get(again, Checkbox.class, spec -> spec.withClasses("safety-cancer")), false);
        _click(_get(again, Button.class, spec -> spec.withClasses("save-safety-screen")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("safety-summary"))
                        .getText())
                .isEqualTo("Safety screen: Last answered: no to every question.");
    }

    @Test
    void anAnswerOutOfRangeProposesNothing() {
        PlanView view = open("plan.bad");
        view.sittingHours.setValue(30);

        _click(view.propose);

        assertThat(_find(Button.class, spec -> spec.withId("apply-plan"))).isEmpty();
        assertThat(view.sittingHours.getErrorMessage()).isEqualTo("Answer with a whole number from 0 to 24.");
    }

    @Test
    void aMissingAnswerIsNamedBesideItsField() {
        PlanView view = open("plan.missing");
        view.stress.clear();

        _click(view.propose);

        assertThat(view.stress.isInvalid()).isTrue();
        assertThat(view.stress.getErrorMessage()).isEqualTo("This answer is missing: a whole number from 0 to 10.");
        assertThat(_find(Button.class, spec -> spec.withId("apply-plan"))).isEmpty();
    }

    @Test
    void nineHoursSittingAndThreeGlassesShowMovementBreaksAndWaterEachWithItsReason() {
        PlanView view = open("plan.reasons");
        view.sittingHours.setValue(9);
        view.stress.setValue(3);
        view.strengthSessions.setValue(3);
        view.glassesOfWater.setValue(3);

        _click(view.propose);

        assertThat(view.items)
                .extracting(row -> row.item.name(), row -> row.item.reason())
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "10-minute walk after each hour of sitting", "You sit 9 hours a day."),
                        org.assertj.core.groups.Tuple.tuple(
                                "8 glasses of water a day", "You drink 3 glasses of water a day."));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("plan-reason")))
                .hasSameSizeAs(view.items)
                .allSatisfy(reason -> assertThat(reason.getText()).isNotBlank());
    }

    @Test
    void theLastAnswersAreFilledInNextTimeWithTheirPlan() {
        PlanView view = open("plan.again");
        view.sittingHours.setValue(11);
        view.stress.setValue(9);
        view.slouches.setValue(true);
        _click(view.propose);

        PlanView again = open("plan.again");

        assertThat(again.sittingHours.getValue()).isEqualTo(11);
        assertThat(again.stress.getValue()).isEqualTo(9);
        assertThat(again.slouches.getValue()).isTrue();
        assertThat(again.remembered.isVisible()).isTrue();
        assertThat(again.items).isNotEmpty();
        assertThat(open("plan.fresh").remembered.isVisible()).isFalse();
    }

    @Test
    void untickedItemsAreLeftOutAndTheChosenScheduleIsKept() {
        PlanView view = open("plan.shape");
        view.sittingHours.setValue(9);
        _click(view.propose);
        PlanView.ItemRow first = view.items.get(0);
        PlanView.ItemRow second = view.items.get(1);
        dev.unknot.core.habit.Schedule weekly = dev.unknot.core.habit.Schedule.timesPerWeek(1);

        _setValue(second.ticked, false);
        _setValue(first.schedule, weekly);
        int ticked = view.items.size() - 1;
        assertThat(view.apply.getText()).isEqualTo("Apply " + ticked + " habits");
        _click(view.apply);

        Person person = ui.bean(dev.unknot.app.person.PersonService.class)
                .findByUsername("plan.shape")
                .orElseThrow();
        assertThat(ui.bean(HabitService.class).list(person.id()))
                .hasSize(ticked)
                .extracting(dev.unknot.core.habit.Habit::name)
                .doesNotContain(second.item.name())
                .contains(first.item.name());
        assertThat(ui.bean(HabitService.class).list(person.id()))
                .filteredOn(habit -> habit.name().equals(first.item.name()))
                .singleElement()
                .satisfies(habit -> assertThat(habit.schedule()).isEqualTo(weekly));
    }

    @Test
    void aHabitOfTheSameNameIsShownAndLeftOut() {
        PlanView view = open("plan.namesake");
        Person person = ui.bean(dev.unknot.app.person.PersonService.class)
                .findByUsername("plan.namesake")
                .orElseThrow();
        ui.bean(HabitService.class)
                .create(
                        person.id(),
                        dev.unknot.app.habit.NewHabit.custom("Water").named("8 GLASSES of water a day"));
        view.glassesOfWater.setValue(2);

        _click(view.propose);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("plan-existing"))
                        .getText())
                .isEqualTo("You have this already as '8 GLASSES of water a day': it will be left out.");
        _click(view.apply);
        assertThat(ui.bean(HabitService.class).list(person.id()))
                .extracting(habit -> habit.name().toLowerCase())
                .doesNotHaveDuplicates();
    }

    @Test
    void everyMissingAnswerIsNamedAtOnce() {
        PlanView view = open("plan.missing.all");
        view.sittingHours.clear();
        view.glassesOfWater.clear();

        _click(view.propose);

        assertThat(view.sittingHours.isInvalid()).isTrue();
        assertThat(view.glassesOfWater.getErrorMessage())
                .isEqualTo("This answer is missing: a whole number from 0 to 30.");
        assertThat(view.stress.isInvalid()).isFalse();
        assertThat(view.items).isEmpty();
    }
}
