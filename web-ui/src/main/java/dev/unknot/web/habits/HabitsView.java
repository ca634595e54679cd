package dev.unknot.web.habits;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.unknot.app.catalogue.Catalogue;
import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.Technique;
import dev.unknot.core.plugin.Library;
import dev.unknot.web.form.FieldErrors;
import dev.unknot.web.layout.MainLayout;
import dev.unknot.web.session.Libraries;
import dev.unknot.web.session.SignedIn;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The person's habits: a form to create one, and each habit with skip (or take it back), pause (or resume) and archive. */
@Route(value = "habits", layout = MainLayout.class)
@PageTitle("Habits · Unknot")
@Menu(title = "Habits", order = 10, icon = "vaadin:list")
@Prototype
public class HabitsView extends Div implements BeforeEnterObserver {

    static final String TEMPLATE = "From a suggestion";
    static final String TECHNIQUE = "A technique";
    static final String ROUTINE = "A routine";
    static final String CUSTOM = "In my own words";
    static final String YES_NO = "Done or not done";
    static final String MEASURED = "An amount a day";
    static final String SUGGESTED = "As suggested";

    private final HabitService habits;
    private final ReminderService reminders;
    private final PersonService people;
    private final Clock clock;

    final RadioButtonGroup<String> source = new RadioButtonGroup<>("What to do");
    final ComboBox<HabitTemplate> template = new ComboBox<>("Suggestion");
    final ComboBox<Technique> technique = new ComboBox<>("Technique");
    final ComboBox<Routine> routine = new ComboBox<>("Routine");
    final TextField text = new TextField("What will you do?");
    final TextField name = new TextField("Name (optional)");
    final ScheduleEditor schedule = new ScheduleEditor();
    final Select<String> metric = new Select<>();
    final TextField unit = new TextField("Unit");
    final NumberField dailyTarget = new NumberField("Daily target");
    final Button create = new Button("Create habit");
    private final Div list = new Div();
    private final FieldErrors formErrors;

    public HabitsView(
            HabitService habits, ReminderService reminders, PersonService people, Catalogue catalogue, Clock clock) {
        Library library = Libraries.current(catalogue);
        this.habits = habits;
        this.reminders = reminders;
        this.people = people;
        this.clock = clock;
        addClassNames("page", "habits-page");
        source.setItems(TEMPLATE, TECHNIQUE, ROUTINE, CUSTOM);
        source.setValue(TEMPLATE);
        source.addClassName("habit-source");
        template.setItems(library.habitTemplates());
        template.setItemLabelGenerator(HabitTemplate::name);
        template.addClassName("habit-template");
        template.setWidthFull();
        template.addValueChangeListener(change -> template.setHelperText(
                change.getValue() == null
                        ? null
                        : change.getValue().description() + " ("
                                + change.getValue().schedule().describe() + ")"));
        technique.setItems(library.techniques());
        technique.setItemLabelGenerator(Technique::name);
        technique.addClassName("habit-technique");
        technique.setWidthFull();
        routine.setItems(library.routines());
        routine.setItemLabelGenerator(Routine::name);
        routine.addClassName("habit-routine");
        routine.setWidthFull();
        text.addClassName("habit-text");
        text.setWidthFull();
        name.addClassName("habit-name");
        name.setWidthFull();
        metric.setLabel("Measure");
        metric.setItems(SUGGESTED, YES_NO, MEASURED);
        metric.setValue(SUGGESTED);
        metric.addClassName("habit-metric");
        unit.addClassName("habit-unit");
        unit.setPlaceholder("glasses");
        dailyTarget.addClassName("habit-target");
        dailyTarget.setMin(0);
        formErrors = new FieldErrors()
                .on("suggestion", template)
                .on("technique", technique)
                .on("routine", routine)
                .on("habit description", text)
                .on("habit name", name)
                .on("schedule", schedule.kind)
                .on("metric", dailyTarget)
                .on("unit", unit);
        source.addValueChangeListener(change -> showSourceFields());
        metric.addValueChangeListener(change -> showSourceFields());
        create.setId("create-habit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        Div measure = new Div(metric, unit, dailyTarget);
        measure.addClassName("metric-editor");
        Div form = new Div(source, template, technique, routine, text, name, schedule, measure, create);
        form.addClassName("habit-form");
        Details newHabit = new Details("New habit", form);
        newHabit.addClassName("new-habit");
        newHabit.setOpened(true);
        list.addClassName("habit-list");
        add(new H1("Habits"), newHabit, list);
        showSourceFields();
    }

    private void showSourceFields() {
        String chosen = source.getValue();
        template.setVisible(TEMPLATE.equals(chosen));
        technique.setVisible(TECHNIQUE.equals(chosen));
        routine.setVisible(ROUTINE.equals(chosen));
        text.setVisible(CUSTOM.equals(chosen));
        unit.setVisible(MEASURED.equals(metric.getValue()));
        dailyTarget.setVisible(MEASURED.equals(metric.getValue()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // habits?template=<id> starts from that suggestion (the library and tests link here).
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("template")
                .ifPresent(id -> template.getListDataView()
                        .getItems()
                        .filter(t -> t.id().toString().equals(id))
                        .findFirst()
                        .ifPresent(chosen -> {
                            source.setValue(TEMPLATE);
                            template.setValue(chosen);
                        }));
        // habits?technique=<id> and habits?routine=<id> start from that technique or routine (My exercises links here).
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("technique")
                .ifPresent(id -> technique
                        .getListDataView()
                        .getItems()
                        .filter(t -> t.id().toString().equals(id))
                        .findFirst()
                        .ifPresent(chosen -> {
                            source.setValue(TECHNIQUE);
                            technique.setValue(chosen);
                        }));
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("routine")
                .ifPresent(id -> routine.getListDataView()
                        .getItems()
                        .filter(r -> r.id().toString().equals(id))
                        .findFirst()
                        .ifPresent(chosen -> {
                            source.setValue(ROUTINE);
                            routine.setValue(chosen);
                        }));
        showHabits();
    }

    void showHabits() {
        PersonId person = SignedIn.person();
        list.removeAll();
        List<HabitDetails> details = habits.detailsOfAll(person);
        List<Habit> all = details.stream().map(HabitDetails::habit).toList();
        List<HabitDetails> active = details.stream()
                .filter(habit -> habit.habit().status() == HabitStatus.ACTIVE)
                .toList();
        if (active.isEmpty()) {
            Paragraph empty = new Paragraph(
                    "No habits yet. Start with a suggestion above: each comes from a pillar of the library.");
            empty.addClassName("empty-state");
            list.add(empty);
        }
        LocalDate today = today();
        active.forEach(habit -> list.add(card(habit, today)));
        List<Habit> archived = all.stream()
                .filter(habit -> habit.status() == HabitStatus.ARCHIVED)
                .sorted(Comparator.comparing(Habit::name))
                .toList();
        if (!archived.isEmpty()) {
            Section section = new Section(new H3("Archived"));
            section.addClassName("archived-habits");
            archived.forEach(habit -> {
                Span text = new Span(habit.name() + " · " + habit.schedule().describe());
                Button restore = new Button("Restore", click -> restore(habit.id()));
                restore.addClassName("restore-habit");
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                Div line = new Div(text, restore);
                line.addClassName("archived-habit");
                line.getElement()
                        .setAttribute("data-habit-id", Long.toString(habit.id().value()));
                section.add(line);
            });
            list.add(section);
        }
    }

    private Component card(HabitDetails details, LocalDate today) {
        Habit habit = details.habit();
        Div card = new Div();
        card.addClassName("habit-card");
        card.getElement().setAttribute("data-habit-id", Long.toString(habit.id().value()));
        Span kind = new Span(
                habit.target() instanceof HabitTarget.OfTechnique
                        ? "Technique"
                        : habit.target() instanceof HabitTarget.OfRoutine ? "Routine" : "Own habit");
        kind.addClassName("habit-status");
        Div head = new Div(new H3(habit.name()), kind);
        head.addClassName("habit-card-head");
        Paragraph schedule = new Paragraph(habit.schedule().describe()
                + (habit.metric() instanceof Metric.Measured m
                        ? " · " + format(m.dailyTarget()) + " " + m.unit() + " a day"
                        : ""));
        schedule.addClassName("habit-schedule");
        Button skip;
        if (details.skipped().contains(today)) {
            skip = new Button("Take back today's skip", click -> unskip(habit.id()));
            skip.addClassName("unskip");
        } else {
            skip = new Button("Skip today", click -> skip(habit.id()));
            skip.addClassName("skip");
        }
        DatePicker pauseFrom = new DatePicker("From");
        DatePicker pauseUntil = new DatePicker("Until");
        pauseFrom.setValue(today);
        pauseUntil.setValue(today.plusDays(6));
        pauseFrom.addClassName("pause-from");
        pauseUntil.addClassName("pause-until");
        Button pause = new Button("Pause", click -> pause(habit.id(), pauseFrom.getValue(), pauseUntil.getValue()));
        pause.addClassName("pause");
        Details pausing = new Details("Pause for a while", new Div(pauseFrom, pauseUntil, pause));
        pausing.addClassName("pausing");
        Button edit = new Button("Edit", click -> edit(habit));
        edit.addClassName("edit-habit");
        Anchor progress = new Anchor("progress/" + habit.id().value(), "Progress and journal");
        progress.addClassName("habit-progress-link");
        Button archive = new Button("Archive", click -> confirmArchive(habit));
        archive.addClassName("archive");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(skip, edit, progress, archive);
        actions.addClassName("habit-actions");
        card.add(head, schedule);
        pausedNowOrLater(details, today).ifPresent(planned -> {
            Span paused = new Span(
                    planned.first().isAfter(today)
                            ? "Pause planned from " + planned.first() + " to " + planned.last()
                            : "Paused until " + planned.last());
            paused.addClassName("paused-until");
            Button resume = new Button("Resume now", click -> resume(habit.id()));
            resume.addClassName("resume");
            resume.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div pauseLine = new Div(paused, resume);
            pauseLine.addClassName("habit-pause");
            card.add(pauseLine);
        });
        card.add(actions, pausing);
        return card;
    }

    /** The first pause of the habit that runs today or starts later. */
    private static Optional<DateRange> pausedNowOrLater(HabitDetails details, LocalDate today) {
        return details.pauses().stream()
                .filter(pause -> !pause.last().isBefore(today))
                .min(Comparator.comparing(DateRange::first));
    }

    private LocalDate today() {
        return people.get(SignedIn.person()).calendar().today(clock);
    }

    /** Creates the habit; a name the person already uses asks first, as two alike are easily confused. */
    void create() {
        try {
            Optional<Habit> namesake = habits.namesake(SignedIn.person(), intendedName());
            if (namesake.isPresent()) {
                confirmNamesake(namesake.get());
                return;
            }
        } catch (InvalidInputException e) {
            error(e.getMessage());
            return;
        }
        createAnyway();
    }

    /** The name the new habit will have: the one typed, else the suggestion's, technique's or routine's. */
    private String intendedName() {
        if (!name.getValue().isBlank()) {
            return name.getValue();
        }
        return switch (source.getValue()) {
            case TEMPLATE ->
                template.getValue() == null ? "" : template.getValue().name();
            case TECHNIQUE ->
                technique.getValue() == null ? "" : technique.getValue().name();
            case ROUTINE -> routine.getValue() == null ? "" : routine.getValue().name();
            default -> text.getValue();
        };
    }

    private void confirmNamesake(Habit namesake) {
        Dialog dialog = new Dialog();
        dialog.addClassName("namesake-warning");
        dialog.setHeaderTitle("You already have “" + namesake.name() + "”");
        dialog.add(new Paragraph("Two habits with one name are easy to mix up on Today and in Progress."
                + " Give the new one a name of its own, or create it anyway."));
        Button rename = new Button("Choose another name", click -> {
            dialog.close();
            name.focus();
        });
        rename.addClassName("rename-habit");
        Button anyway = new Button("Create anyway", click -> {
            dialog.close();
            createAnyway();
        });
        anyway.addClassName("create-anyway");
        anyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(rename, anyway);
        dialog.open();
    }

    void createAnyway() {
        try {
            NewHabit request = switch (source.getValue()) {
                case TEMPLATE ->
                    NewHabit.fromTemplate(chosen(template, "suggestion").id().toString());
                case TECHNIQUE ->
                    NewHabit.technique(chosen(technique, "technique").id().toString());
                case ROUTINE -> NewHabit.routine(chosen(routine, "routine").id().toString());
                default -> NewHabit.custom(text.getValue());
            };
            if (!name.getValue().isBlank()) {
                request = request.named(name.getValue());
            }
            Optional<dev.unknot.core.habit.Schedule> chosenSchedule = schedule.schedule();
            if (chosenSchedule.isPresent()) {
                request = request.on(chosenSchedule.get());
            }
            if (YES_NO.equals(metric.getValue())) {
                request = request.measured(Metric.yesNo());
            } else if (MEASURED.equals(metric.getValue())) {
                request = request.measured(measured());
            }
            Habit created = habits.create(SignedIn.person(), request);
            Notification.show("Created “" + created.name() + "”.", 3000, Notification.Position.BOTTOM_CENTER);
            name.clear();
            text.clear();
            formErrors.clear();
        } catch (InvalidInputException e) {
            formErrors.show(e);
            return;
        }
        showHabits();
    }

    private Metric measured() {
        try {
            return Metric.measured(unit.getValue(), dailyTarget.getValue() == null ? 0 : dailyTarget.getValue());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("metric", e.getMessage());
        }
    }

    private static <T> T chosen(ComboBox<T> box, String what) {
        if (box.getValue() == null) {
            throw new InvalidInputException(what, "choose a " + what);
        }
        return box.getValue();
    }

    void skip(HabitId habit) {
        act(() -> habits.skip(SignedIn.person(), habit, today()), "Skipped today.");
    }

    void unskip(HabitId habit) {
        act(() -> habits.unskip(SignedIn.person(), habit, today()), "Today counts again.");
    }

    /** Due again from today: a running pause ends yesterday, later ones are dropped. */
    void resume(HabitId habit) {
        act(() -> habits.resume(SignedIn.person(), habit, today()), "Resumed: due again from today.");
    }

    void pause(HabitId habit, LocalDate from, LocalDate until) {
        act(
                () -> {
                    if (from == null || until == null || until.isBefore(from)) {
                        throw new InvalidInputException("pause", "choose a first and a last day, in that order");
                    }
                    habits.pause(SignedIn.person(), habit, new DateRange(from, until));
                },
                "Paused.");
    }

    void edit(Habit habit) {
        new HabitEditor(habit, habits, reminders, edited -> {
                    Notification.show("Saved “" + edited.name() + "”.", 3000, Notification.Position.BOTTOM_CENTER);
                    showHabits();
                })
                .open();
    }

    /** Archiving asks first: the habit leaves Today, though its history stays and it can be restored. */
    void confirmArchive(Habit habit) {
        Dialog dialog = new Dialog();
        dialog.addClassName("confirm-archive");
        dialog.setHeaderTitle("Archive “" + habit.name() + "”?");
        dialog.add(new Paragraph("It leaves Today and Progress. Its check-ins are kept, and you can restore it"
                + " from the archive at the bottom of this page."));
        Button keep = new Button("Keep it", click -> dialog.close());
        keep.addClassName("keep-habit");
        Button archive = new Button("Archive", click -> {
            dialog.close();
            archive(habit.id());
        });
        archive.addClassName("confirm-archive-button");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(keep, archive);
        dialog.open();
    }

    void archive(HabitId habit) {
        act(() -> habits.archive(SignedIn.person(), habit), "Archived.");
    }

    void restore(HabitId habit) {
        act(() -> habits.unarchive(SignedIn.person(), habit), "Restored: due again as before.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done, 2000, Notification.Position.BOTTOM_CENTER);
        } catch (InvalidInputException | ConflictException e) {
            error(e.getMessage());
        } catch (NotFoundException e) {
            error("That habit is not one of yours.");
        }
        showHabits();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static void error(String message) {
        Notification notification = Notification.show(
                Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".",
                5000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("error-notification");
    }
}
