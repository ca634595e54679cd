package dev.unknot.web.own;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.own.DoseInput;
import dev.unknot.app.own.OwnExercises;
import dev.unknot.app.own.OwnRoutine;
import dev.unknot.app.own.OwnTechnique;
import dev.unknot.app.person.Person;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.web.habits.HabitsView;
import dev.unknot.web.layout.NotFoundView;
import dev.unknot.web.library.LibraryView;
import dev.unknot.web.library.TechniqueView;
import dev.unknot.web.routine.RoutinePlayerView;
import dev.unknot.web.testing.UnknotUi;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MyExercisesViewTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    static OwnTechnique wallSlide() {
        return new OwnTechnique(
                "Wall slide",
                "",
                "stretching",
                List.of("Stand with your back to a wall.", "Slide your arms up and down."),
                DoseInput.hold(20, 30, 1),
                false,
                List.of("upper-back"),
                List.of("Stop if your shoulder pinches."),
                List.of());
    }

    MyExercisesView view() {
        return (MyExercisesView) ui.currentView();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @Test
    void aTechniqueMadeInTheEditorIsListedWithItsId() {
        ui.open("own.editor", "my-exercises");
        assertThat(text(view().techniques)).contains("No techniques of your own yet");

        TechniqueEditor editor = view().edit(Optional.empty());
        editor.name.setValue("Wall slide");
        editor.steps.setValue("Stand with your back to a wall.\nSlide your arms up and down.");
        editor.doseKind.setValue("reps");
        editor.from.setValue(10);
        editor.count.setValue(2);
        editor.areas.setValue(Set.of(BodyArea.UPPER_BACK));
        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        assertThat(text(view().techniques)).contains("Wall slide", "my/wall-slide", "10 reps × 2 sets", "upper back");
    }

    @Test
    void aBadDoseOrNoBodyAreaShowsNextToItsField() {
        ui.open("own.errors", "my-exercises");
        TechniqueEditor editor = view().edit(Optional.empty());
        editor.name.setValue("Plank");
        editor.steps.setValue("Hold.");
        editor.doseKind.setValue("hold");
        editor.from.setValue(600);
        editor.areas.setValue(Set.of(BodyArea.CORE));
        _click(editor.save);

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.from.isInvalid()).isTrue();
        assertThat(editor.from.getErrorMessage()).startsWith("That dose has a hold longer than 5 min");

        editor.from.setValue(30);
        editor.areas.setValue(Set.of());
        _click(editor.save);
        assertThat(editor.areas.isInvalid()).isTrue();
        assertThat(editor.areas.getErrorMessage()).containsIgnoringCase("say where it works");
        assertThat(ui.bean(OwnExercises.class)
                        .list(ui.account("own.errors").id())
                        .techniques())
                .isEmpty();
    }

    @Test
    void anOwnRoutinePlaysInThePlayerAndAnOwnTechniqueOpensInTheLibrary() {
        Person person = ui.open("own.player");
        OwnExercises own = ui.bean(OwnExercises.class);
        own.createTechnique(person.id(), wallSlide());
        own.createRoutine(
                person.id(),
                new OwnRoutine(
                        "Evening",
                        "",
                        List.of(OwnRoutine.Step.of("my/wall-slide"), OwnRoutine.Step.of("stretching/childs-pose"))));
        ui.bean(HabitService.class).create(person.id(), NewHabit.routine("my/evening"));

        ui.navigate("routine/my/evening");
        assertThat(ui.currentView()).isInstanceOf(RoutinePlayerView.class);
        assertThat(text((Component) ui.currentView())).contains("Evening", "Wall slide", "Child");

        ui.navigate("library/my/wall-slide");
        assertThat(ui.currentView()).isInstanceOf(TechniqueView.class);
        assertThat(text((Component) ui.currentView())).contains("Stop if your shoulder pinches.");

        ui.navigate("library");
        assertThat(text((LibraryView) ui.currentView())).contains("My exercises", "Evening");

        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("habits", com.vaadin.flow.router.QueryParameters.of("technique", "my/wall-slide"));
        HabitsView habits = (HabitsView) ui.currentView();
        assertThat(text(habits)).contains("Evening");
    }

    @Test
    void anotherPersonsOwnIdsAreNotFoundLikeUnknownOnes() {
        Person anna = ui.account("own.anna");
        OwnExercises own = ui.bean(OwnExercises.class);
        own.createTechnique(anna.id(), wallSlide());
        own.createRoutine(anna.id(), new OwnRoutine("Evening", "", List.of(OwnRoutine.Step.of("my/wall-slide"))));

        ui.open("own.ben", "library/my/wall-slide");
        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
        ui.navigate("routine/my/evening");
        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
        ui.navigate("library/my/never-made");
        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
        ui.navigate("my-exercises");
        assertThat(text(view().techniques)).doesNotContain("Wall slide");
        ui.openSignedOut("library/my/wall-slide");
        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void oneInUseIsKeptWithANoticeAndAnImportSaysWhatWasAddedAndSkipped() {
        Person anna = ui.account("own.sharer");
        OwnExercises own = ui.bean(OwnExercises.class);
        own.createTechnique(anna.id(), wallSlide());
        String file = own.export(anna.id(), Optional.of("anna-physio")).text();
        Person ben = ui.open("own.importer", "my-exercises");

        view().importFile(file);
        assertThat(text(view().report)).contains("Added 1, skipped 0.", "Added technique Wall slide as my/wall-slide");
        assertThat(text(view().techniques)).contains("my/wall-slide");
        view().importFile(file);
        assertThat(text(view().report))
                .contains("Skipped technique Wall slide: you already have a technique 'my/wall-slide'");
        view().importFile("not: [a plugin");
        assertThat(text(view().report)).contains("this is not a data plugin file Unknot can read");

        ui.bean(HabitService.class).create(ben.id(), NewHabit.technique("my/wall-slide"));
        view().remove("my/wall-slide", "Wall slide");
        assertThat(NotificationsKt.getNotifications())
                .extracting(Notification::getElement)
                .anySatisfy(element -> assertThat(element.getProperty("text", element.toString()))
                        .isNotNull());
        assertThat(ui.bean(OwnExercises.class).list(ben.id()).techniques())
                .extracting(technique -> technique.id())
                .containsExactly(TechniqueId.of("my/wall-slide"));
    }
}
