package dev.unknot.web.habits;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.progress.ProgressService;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.progress.AgendaItem;
import dev.unknot.web.testing.UnknotUi;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HabitsViewTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    HabitsView open(String username) {
        ui.open(username, "habits");
        return (HabitsView) ui.currentView();
    }

    Person person(String username) {
        return ui.bean(dev.unknot.app.person.PersonService.class)
                .findByUsername(username)
                .orElseThrow();
    }

    List<Habit> habits(String username) {
        return ui.bean(HabitService.class).listAll(person(username).id());
    }

    @Test
    void createsAHabitFromASuggestion() {
        HabitsView view = open("from.template");
        view.source.setValue(HabitsView.TEMPLATE);
        view.template.setValue(view.template
                .getListDataView()
                .getItems()
                .filter(t -> t.id().toString().equals("breathing/daily-box-breathing"))
                .findFirst()
                .orElseThrow());

        _click(view.create);

        assertThat(habits("from.template")).singleElement().satisfies(habit -> {
            assertThat(habit.name()).isEqualTo("Daily box breathing");
            assertThat(habit.schedule()).isEqualTo(Schedule.daily());
        });
        assertThat(_find(Div.class, spec -> spec.withClasses("habit-card"))).hasSize(1);
    }

    @Test
    void anAddressCanStartFromASuggestion() {
        ui.open("from.address");
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "habits",
                        com.vaadin.flow.router.QueryParameters.of("template", "breathing/daily-box-breathing"));
        HabitsView view = (HabitsView) ui.currentView();

        assertThat(view.template.getValue().name()).isEqualTo("Daily box breathing");
        _click(view.create);
        assertThat(habits("from.address")).extracting(Habit::name).containsExactly("Daily box breathing");
    }

    @Test
    void createsARoutineHabitOnWeekdays() {
        HabitsView view = open("from.routine");
        view.source.setValue(HabitsView.ROUTINE);
        view.routine.setValue(view.routine
                .getListDataView()
                .getItems()
                .filter(r -> r.id().toString().equals("movement/desk-break"))
                .findFirst()
                .orElseThrow());
        view.schedule.kind.setValue(ScheduleEditor.WEEKDAYS);
        view.schedule.weekdays.setValue(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));

        _click(view.create);

        assertThat(habits("from.routine")).singleElement().satisfies(habit -> {
            assertThat(habit.target()).isEqualTo(HabitTarget.routine("movement/desk-break"));
            assertThat(habit.schedule()).isEqualTo(Schedule.on(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
        });
    }

    @Test
    void createsAMeasuredHabitInOwnWordsEveryFewHours() {
        HabitsView view = open("own.words");
        view.source.setValue(HabitsView.CUSTOM);
        view.text.setValue("Drink a glass of water");
        view.schedule.kind.setValue(ScheduleEditor.EVERY_HOURS);
        view.schedule.hours.setValue(2);
        view.schedule.from.setValue(LocalTime.of(9, 0));
        view.schedule.until.setValue(LocalTime.of(17, 0));
        view.metric.setValue(HabitsView.MEASURED);
        view.unit.setValue("glasses");
        view.dailyTarget.setValue(8.0);

        _click(view.create);

        assertThat(habits("own.words")).singleElement().satisfies(habit -> {
            assertThat(habit.name()).isEqualTo("Drink a glass of water");
            assertThat(habit.schedule()).isEqualTo(Schedule.everyHours(2, LocalTime.of(9, 0), LocalTime.of(17, 0)));
            assertThat(habit.metric()).isEqualTo(Metric.measured("glasses", 8));
        });
    }

    @Test
    void createsATechniqueHabitNTimesAWeek() {
        HabitsView view = open("technique");
        view.source.setValue(HabitsView.TECHNIQUE);
        view.technique.setValue(view.technique
                .getListDataView()
                .getItems()
                .filter(t -> t.id().toString().equals("stretching/childs-pose"))
                .findFirst()
                .orElseThrow());
        view.schedule.kind.setValue(ScheduleEditor.PER_WEEK);
        view.schedule.timesPerWeek.setValue(4);
        view.name.setValue("Child's pose at night");

        _click(view.create);

        assertThat(habits("technique")).singleElement().satisfies(habit -> {
            assertThat(habit.name()).isEqualTo("Child's pose at night");
            assertThat(habit.schedule()).isEqualTo(Schedule.timesPerWeek(4));
        });
    }

    @Test
    void badInputCreatesNothing() {
        HabitsView view = open("bad.input");
        view.source.setValue(HabitsView.TEMPLATE);
        _click(view.create);

        view.source.setValue(HabitsView.CUSTOM);
        view.text.setValue("  ");
        _click(view.create);

        view.text.setValue("Water");
        view.metric.setValue(HabitsView.MEASURED);
        view.unit.setValue("glasses");
        view.dailyTarget.setValue(-1.0);
        _click(view.create);

        view.metric.setValue(HabitsView.YES_NO);
        view.schedule.kind.setValue(ScheduleEditor.WEEKDAYS);
        view.schedule.weekdays.clear();
        _click(view.create);

        assertThat(habits("bad.input")).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state")))
                .isNotNull();
    }

    @Test
    void skipPauseAndArchive() {
        HabitsView view = open("lifecycle");
        Person person = person("lifecycle");
        HabitService service = ui.bean(HabitService.class);
        Habit skipped = service.create(person.id(), NewHabit.custom("Skipped one"));
        Habit paused = service.create(person.id(), NewHabit.custom("Paused one"));
        Habit archived = service.create(person.id(), NewHabit.custom("Archived one"));
        ui.navigate("habits");
        view = (HabitsView) ui.currentView();

        _click(_get(card(skipped), com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("skip")));
        _click(_get(card(paused), com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("pause")));
        _click(_get(
                card(archived), com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("archive")));
        assertThat(service.get(person.id(), archived.id()).status())
                .as("archiving asks first")
                .isEqualTo(HabitStatus.ACTIVE);
        _click(_get(Button.class, spec -> spec.withClasses("confirm-archive-button")));

        List<AgendaItem> agenda =
                ui.bean(ProgressService.class).today(person.id()).agenda();
        assertThat(agenda)
                .extracting(item -> item.habit().name(), AgendaItem::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Skipped one", AgendaItem.Status.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple("Paused one", AgendaItem.Status.PAUSED));
        assertThat(service.get(person.id(), archived.id()).status()).isEqualTo(HabitStatus.ARCHIVED);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("archived-habit"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Archived one");

        _click(_get(Button.class, spec -> spec.withClasses("restore-habit")));
        assertThat(service.get(person.id(), archived.id()).status())
                .as("restored from the archive")
                .isEqualTo(HabitStatus.ACTIVE);
    }

    @Test
    void theEditorChangesWhatWasChangedAndSaysWhatIsWrongNextToTheField() {
        HabitsView view = open("editor");
        Person person = person("editor");
        HabitService service = ui.bean(HabitService.class);
        Habit water =
                service.create(person.id(), NewHabit.custom("Drink water").measured(Metric.measured("glasses", 8)));
        ui.navigate("habits");

        _click(_get(card(water), Button.class, spec -> spec.withClasses("edit-habit")));
        HabitEditor editor = _get(HabitEditor.class);
        assertThat(editor.name.getValue()).isEqualTo("Drink water");
        assertThat(editor.schedule.kind.getValue()).isEqualTo(ScheduleEditor.DAILY);
        _setValue(editor.name, "");
        _click(editor.save);
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).startsWith("Habit name must be 1 to");
        assertThat(editor.isOpened()).isTrue();

        _setValue(editor.name, "Water");
        _setValue(editor.dailyTarget, 6.0);
        editor.schedule.kind.setValue(ScheduleEditor.PER_WEEK);
        editor.schedule.timesPerWeek.setValue(5);
        _click(editor.save);

        Habit edited = service.get(person.id(), water.id());
        assertThat(edited.name()).isEqualTo("Water");
        assertThat(edited.metric()).isEqualTo(Metric.measured("glasses", 6));
        assertThat(edited.schedule()).isEqualTo(Schedule.timesPerWeek(5));
        assertThat(edited.startsOn()).isEqualTo(water.startsOn());
        assertThat(editor.isOpened()).isFalse();
    }

    @Test
    void aNewHabitWithANameInUseAsksFirst() {
        HabitsView view = open("namesake");
        Person person = person("namesake");
        ui.bean(HabitService.class).create(person.id(), NewHabit.custom("Evening walk"));
        ui.navigate("habits");
        view = (HabitsView) ui.currentView();
        view.source.setValue(HabitsView.CUSTOM);
        view.text.setValue("evening walk ");

        _click(view.create);
        assertThat(habits("namesake")).hasSize(1);
        assertThat(_get(Dialog.class, spec -> spec.withClasses("namesake-warning"))
                        .getHeaderTitle())
                .isEqualTo("You already have “Evening walk”");

        _click(_get(Button.class, spec -> spec.withClasses("create-anyway")));
        assertThat(habits("namesake")).hasSize(2);
    }

    @Test
    void badInputIsShownNextToItsField() {
        HabitsView view = open("inline.errors");
        view.source.setValue(HabitsView.CUSTOM);
        view.text.setValue("  ");

        _click(view.create);

        assertThat(view.text.isInvalid()).isTrue();
        assertThat(view.text.getErrorMessage()).isNotBlank().endsWith(".");
    }

    @Test
    void aSkipIsTakenBackAndAPauseEndedFromTheCard() {
        open("second-thoughts");
        Person person = person("second-thoughts");
        HabitService service = ui.bean(HabitService.class);
        Habit walk = service.create(person.id(), NewHabit.custom("Walk"));
        Habit stretch = service.create(person.id(), NewHabit.custom("Stretch"));
        ui.navigate("habits");

        _click(_get(card(walk), Button.class, spec -> spec.withClasses("skip")));
        assertThat(_find(card(stretch), Span.class, spec -> spec.withClasses("paused-until")))
                .isEmpty();
        _click(_get(card(stretch), Button.class, spec -> spec.withClasses("pause")));
        assertThat(_get(card(stretch), Span.class, spec -> spec.withClasses("paused-until"))
                        .getText())
                .startsWith("Paused until ");

        _click(_get(card(walk), Button.class, spec -> spec.withClasses("unskip")));
        _click(_get(card(stretch), Button.class, spec -> spec.withClasses("resume")));

        assertThat(ui.bean(ProgressService.class).today(person.id()).agenda())
                .extracting(AgendaItem::status)
                .containsOnly(AgendaItem.Status.DUE);
        assertThat(_get(card(walk), Button.class, spec -> spec.withClasses("skip"))
                        .getText())
                .isEqualTo("Skip today");
        assertThat(_find(card(stretch), Span.class, spec -> spec.withClasses("paused-until")))
                .isEmpty();
    }

    @Test
    void anotherPersonsHabitCannotBeChanged() {
        Person ada = ui.open("ada.habits");
        Habit adas = ui.bean(HabitService.class).create(ada.id(), NewHabit.custom("Ada's walk"));
        java.time.LocalDate adasSkip = java.time.LocalDate.now().minusDays(1);
        DateRange adasPause = new DateRange(
                java.time.LocalDate.now().plusDays(30),
                java.time.LocalDate.now().plusDays(40));
        ui.bean(HabitService.class).skip(ada.id(), adas.id(), adasSkip);
        ui.bean(HabitService.class).pause(ada.id(), adas.id(), adasPause);
        HabitsView bobs = open("bob.habits");

        assertThat(_find(Div.class, spec -> spec.withClasses("habit-card"))).isEmpty();
        bobs.archive(adas.id());
        bobs.skip(adas.id());
        bobs.pause(
                adas.id(), java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(1));
        bobs.unskip(adas.id());
        bobs.resume(adas.id());

        HabitService service = ui.bean(HabitService.class);
        assertThat(service.get(ada.id(), adas.id()).status()).isEqualTo(HabitStatus.ACTIVE);
        assertThat(service.details(ada.id(), adas.id()).skipped()).containsExactly(adasSkip);
        assertThat(service.details(ada.id(), adas.id()).pauses()).containsExactly(adasPause);
    }

    private static Div card(Habit habit) {
        return _get(
                Div.class,
                spec -> spec.withClasses("habit-card")
                        .withAttribute("data-habit-id", Long.toString(habit.id().value())));
    }
}
