package dev.unknot.web.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.unknot.app.advice.AdviceService;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.plan.AppliedPlan;
import dev.unknot.app.plan.PlanService;
import dev.unknot.app.safety.SafetyScreens;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.plan.Assessment;
import dev.unknot.core.plan.Plan;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.safety.SafetyScreenDialog;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.annotation.Prototype;

/** A short assessment of the causes of tightness, the starter plan it suggests, applied with one click. */
@Route(value = "plan", layout = MainLayout.class)
@PageTitle("Plan · Unknot")
@Menu(title = "Plan", order = 30, icon = "vaadin:clipboard-check")
@Prototype
public class PlanView extends Div implements BeforeEnterObserver {

    private final PlanService plans;
    private final SafetyScreens screens;
    private final AdviceService advice;
    final Section safety = new Section();

    final IntegerField sittingHours = number("Hours sitting on a normal day", 0, 24, 8);
    final IntegerField stress = number("Stress on most days (0 calm – 10)", 0, 10, 5);
    final IntegerField strengthSessions = number("Strength or core sessions a week", 0, 14, 0);
    final IntegerField glassesOfWater = number("Glasses of water a day", 0, 30, 6);
    final Checkbox slouches = new Checkbox("I often catch myself slouching or craning at a screen");
    final Checkbox strain = new Checkbox("Work or training means heavy lifting or the same movement over and over");
    final Button propose = new Button("Suggest a plan");
    final Div proposal = new Div();
    Plan plan;

    public PlanView(PlanService plans, SafetyScreens screens, AdviceService advice) {
        this.plans = plans;
        this.screens = screens;
        this.advice = advice;
        addClassNames("page", "plan-page");
        Paragraph lead = new Paragraph(
                "Six questions about what tightens your back; the answers pick a starter plan of habits and a routine.");
        lead.addClassName("lead");
        propose.setId("propose-plan");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(click -> propose());
        Div form = new Div(sittingHours, stress, strengthSessions, glassesOfWater, slouches, strain, propose);
        form.addClassName("assessment");
        proposal.addClassName("proposal");
        safety.addClassName("plan-safety");
        add(new H1("Your plan"), safety, lead, form, proposal);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showSafety();
    }

    /** The safety screen comes first: what the person answered last, and a button to take it (again). */
    void showSafety() {
        PersonId person = SignedIn.person();
        safety.removeAll();
        SafetyScreens.State state = screens.state(person);
        Paragraph summary = new Paragraph("Safety screen: " + SafetyScreenDialog.summary(state.answers()));
        summary.addClassName("safety-summary");
        Button take = new Button(
                state.answers().isPresent() ? "Retake the safety screen" : "Take the safety screen",
                click -> new SafetyScreenDialog(screens, advice, person, this::showSafety).open());
        take.addClassName("take-safety-screen");
        safety.add(summary, take);
    }

    private static IntegerField number(String label, int min, int max, int value) {
        IntegerField field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        // A field turned red says why, beside it.
        String range = "Answer with a whole number from " + min + " to " + max + ".";
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range)
                .setBadInputErrorMessage(range)
                .setRequiredErrorMessage(range));
        return field;
    }

    void propose() {
        proposal.removeAll();
        try {
            plan = plans.propose(new Assessment(
                    value(sittingHours),
                    value(stress),
                    value(strengthSessions),
                    slouches.getValue(),
                    strain.getValue(),
                    value(glassesOfWater)));
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            return;
        }
        Section causes = new Section(new H3("What weighs most"));
        UnorderedList causeList = new UnorderedList();
        plan.causes()
                .forEach((cause, weight) -> causeList.add(new ListItem(cause.label() + ": " + cause.explanation())));
        causes.add(
                plan.causes().isEmpty()
                        ? new Paragraph("None of the usual causes stands out: keep moving.")
                        : causeList);
        Section habits = new Section(new H3("Habits to adopt"));
        UnorderedList habitList = new UnorderedList();
        habitList.addClassName("plan-habits");
        for (HabitTemplate template : plan.habits()) {
            habitList.add(
                    new ListItem(template.name() + " · " + template.schedule().describe()));
        }
        plan.routine().ifPresent(routine -> habitList.add(new ListItem("Daily routine: " + routine.name())));
        habits.add(habitList);
        Button apply = new Button("Apply this plan", click -> apply());
        apply.setId("apply-plan");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proposal.add(causes, habits, apply);
    }

    void apply() {
        try {
            AppliedPlan applied = plans.apply(SignedIn.person(), plan);
            proposal.removeAll();
            Paragraph done = new Paragraph(applied.created().size() + " new habits"
                    + (applied.alreadyKept().isEmpty()
                            ? ""
                            : ", " + applied.alreadyKept().size() + " you already keep")
                    + ". ");
            done.add(new Anchor("", "See today"));
            done.addClassName("plan-applied");
            proposal.add(done);
        } catch (InvalidInputException e) {
            error(e.getMessage());
        }
    }

    private static int value(IntegerField field) {
        if (field.getValue() == null) {
            field.setErrorMessage("This answer is missing: a whole number from " + (int) field.getMin() + " to "
                    + (int) field.getMax() + ".");
            field.setInvalid(true);
            throw new IllegalArgumentException("answer: " + field.getLabel().toLowerCase());
        }
        return field.getValue();
    }

    private static void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
