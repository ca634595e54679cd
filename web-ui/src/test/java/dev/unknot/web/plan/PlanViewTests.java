package dev.unknot.web.plan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.Person;
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
