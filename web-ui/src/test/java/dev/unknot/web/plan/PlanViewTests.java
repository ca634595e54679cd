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
import com.vaadin.flow.component.html.UnorderedList;
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
        assertThat(_get(UnorderedList.class, spec -> spec.withClasses("plan-habits"))
                        .getChildren()
                        .count())
                .isPositive();
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
        _click(_get(Button.class, spec -> spec.withId("apply-plan")));
        assertThat(ui.bean(HabitService.class).list(person.id())).hasSize(habits);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("plan-applied"))
                        .getText())
                .startsWith("0 new habits, " + habits + " you already keep");
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
}
