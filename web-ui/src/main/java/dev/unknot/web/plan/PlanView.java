package dev.unknot.web.plan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
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
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.plan.Assessment;
import dev.unknot.core.plan.Plan;
import dev.unknot.core.plan.PlanItem;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.safety.SafetyScreenDialog;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.context.annotation.Prototype;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A short assessment of the causes of tightness (the last answers filled in), the starter plan it
 * suggests with a reason per habit, shaped by unticking and choosing schedules, then applied.
 */
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
    final Paragraph remembered = new Paragraph();
    final Button apply = new Button("Apply", click -> apply());
    final List<ItemRow> items = new ArrayList<>();
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
        remembered.addClassName("plan-remembered");
        remembered.setVisible(false);
        add(new H1("Your plan"), safety, lead, remembered, form, proposal);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showSafety();
        showRemembered();
    }

    /** The last answers fill the form, and the plan they give is shown again. */
    void showRemembered() {
        plans.answers(SignedIn.person()).ifPresent(last -> {
            Assessment answers = last.answers();
            sittingHours.setValue(answers.sittingHours());
            stress.setValue(answers.stress());
            strengthSessions.setValue(answers.strengthSessions());
            glassesOfWater.setValue(answers.glassesOfWater());
            slouches.setValue(answers.slouches());
            strain.setValue(answers.strain());
            remembered.setText("Your answers from last time are filled in; change any and suggest again.");
            remembered.setVisible(true);
            show(plans.propose(answers));
        });
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

    /** Shows the plan for the answers in the form, and remembers them; a missing or wrong answer is named beside its field. */
    void propose() {
        proposal.removeAll();
        boolean complete = true;
        for (IntegerField field : List.of(sittingHours, stress, strengthSessions, glassesOfWater)) {
            complete &= checked(field);
        }
        if (!complete) {
            return;
        }
        Assessment assessment = new Assessment(
                sittingHours.getValue(),
                stress.getValue(),
                strengthSessions.getValue(),
                slouches.getValue(),
                strain.getValue(),
                glassesOfWater.getValue());
        show(plans.propose(SignedIn.person(), assessment));
    }

    /** The plan with a line per item: a box to untick it, its schedule, why it is proposed, and whether the person has it. */
    void show(Plan proposed) {
        plan = proposed;
        proposal.removeAll();
        items.clear();
        Section causes = new Section(new H2("What weighs most"));
        UnorderedList causeList = new UnorderedList();
        plan.causes()
                .forEach((cause, weight) -> causeList.add(new ListItem(cause.label() + ": " + cause.explanation())));
        causes.add(
                plan.causes().isEmpty()
                        ? new Paragraph("None of the usual causes stands out: keep moving.")
                        : causeList);
        Section habits = new Section(new H2("Habits to adopt"));
        Paragraph hint = new Paragraph("Untick what you do not want and choose when each is due, then apply.");
        hint.addClassName("lead");
        Div list = new Div();
        list.addClassName("plan-habits");
        Map<String, Habit> existing = plans.existing(SignedIn.person(), plan);
        for (PlanItem item : plan.items()) {
            ItemRow row = new ItemRow(item, Optional.ofNullable(existing.get(item.id())));
            items.add(row);
            list.add(row.layout);
        }
        habits.add(hint, list);
        apply.setId("apply-plan");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        updateApply();
        proposal.add(causes, habits, apply);
    }

    /** One item of the plan as the person shapes it. */
    final class ItemRow {
        final PlanItem item;
        final Checkbox ticked;
        final Select<Schedule> schedule = new Select<>();
        final Optional<Habit> existing;
        final Div layout = new Div();

        ItemRow(PlanItem item, Optional<Habit> existing) {
            this.item = item;
            this.existing = existing;
            ticked = new Checkbox((item.routine() ? "Daily routine: " : "") + item.name());
            ticked.addClassName("plan-item-tick");
            ticked.setValue(existing.isEmpty());
            ticked.setEnabled(existing.isEmpty());
            ticked.addValueChangeListener(change -> {
                schedule.setEnabled(change.getValue());
                updateApply();
            });
            schedule.setAriaLabel("When " + item.name() + " is due");
            schedule.addClassName("plan-item-schedule");
            schedule.setItems(choices(item.schedule()));
            schedule.setItemLabelGenerator(Schedule::describe);
            schedule.setValue(item.schedule());
            schedule.setEnabled(existing.isEmpty());
            Paragraph reason = new Paragraph(item.reason());
            reason.addClassName("plan-reason");
            layout.addClassName("plan-item");
            layout.add(new Div(ticked, schedule), reason);
            existing.ifPresent(habit -> {
                Paragraph note = new Paragraph("You have this already as '" + habit.name() + "'"
                        + (habit.status() == HabitStatus.ARCHIVED ? " (archived)" : "")
                        + ": it will be left out.");
                note.addClassName("plan-existing");
                layout.add(note);
            });
        }
    }

    /** The item's own schedule first, then the usual ones. */
    static List<Schedule> choices(Schedule own) {
        Set<Schedule> choices = new LinkedHashSet<>();
        choices.add(own);
        choices.add(Schedule.daily());
        choices.add(Schedule.on(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        choices.add(Schedule.timesPerWeek(3));
        choices.add(Schedule.timesPerWeek(2));
        choices.add(Schedule.timesPerWeek(1));
        choices.add(Schedule.everyHours(1, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        choices.add(Schedule.everyHours(2, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        return List.copyOf(choices);
    }

    private void updateApply() {
        long ticked = items.stream().filter(row -> row.ticked.getValue()).count();
        apply.setText(ticked == 1 ? "Apply 1 habit" : "Apply " + ticked + " habits");
        apply.setEnabled(ticked > 0);
    }

    void apply() {
        try {
            Set<String> untick = new LinkedHashSet<>();
            Map<String, Schedule> schedules = new LinkedHashMap<>();
            for (ItemRow row : items) {
                if (row.existing.isPresent()) {
                    continue;
                }
                if (!row.ticked.getValue()) {
                    untick.add(row.item.id());
                } else if (!row.schedule.getValue().equals(row.item.schedule())) {
                    schedules.put(row.item.id(), row.schedule.getValue());
                }
            }
            AppliedPlan applied = plans.apply(SignedIn.person(), plans.shape(plan, untick, schedules));
            proposal.removeAll();
            items.clear();
            int created = applied.created().size();
            Paragraph done = new Paragraph((created == 1 ? "1 new habit" : created + " new habits")
                    + (applied.skipped().isEmpty()
                            ? ""
                            : "; left out what you have already: "
                                    + applied.skipped().stream()
                                            .map(skipped -> skipped.existing().name())
                                            .collect(Collectors.joining(", ")))
                    + ". ");
            done.add(new Anchor("", "See today"));
            done.addClassName("plan-applied");
            proposal.add(done);
        } catch (InvalidInputException e) {
            error(e.getMessage());
        }
    }

    /** Whether the field holds an answer in range; if not, it says so beside itself. */
    private static boolean checked(IntegerField field) {
        int min = (int) field.getMin();
        int max = (int) field.getMax();
        Integer value = field.getValue();
        if (value == null) {
            field.setErrorMessage("This answer is missing: a whole number from " + min + " to " + max + ".");
            field.setInvalid(true);
            return false;
        }
        if (value < min || value > max) {
            field.setErrorMessage("Answer with a whole number from " + min + " to " + max + ".");
            field.setInvalid(true);
            return false;
        }
        field.setInvalid(false);
        return true;
    }

    private static void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
