package dev.unknot.app.own;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.catalogue.Catalogue;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.library.BodyArea;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.Sides;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.plugin.PluginCheck;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.plugindata.DataPlugins;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class OwnExercisesTests extends AppTest {

    static OwnTechnique wallSlide() {
        return new OwnTechnique(
                "Wall slide",
                "",
                "",
                List.of("Stand with your back to a wall.", "Slide your arms up and down."),
                DoseInput.reps(10, 2),
                false,
                List.of("upper-back", "shoulders"),
                List.of("Stop if your shoulder pinches."),
                List.of());
    }

    OwnExercises own() {
        return bean(OwnExercises.class);
    }

    @Test
    void aTechniqueOfOnesOwnGetsAnIdInTheOwnNamespaceAndAllItsFields() {
        Person person = newPerson();

        Technique technique = own().createTechnique(person.id(), wallSlide());

        assertThat(technique.id()).isEqualTo(TechniqueId.of("my/wall-slide"));
        assertThat(technique.pillar().value()).isEqualTo("testkit");
        assertThat(technique.summary()).isEqualTo("Stand with your back to a wall.");
        assertThat(technique.dose()).isEqualTo(Dose.reps(10, 2));
        assertThat(technique.sides()).isEqualTo(Sides.NONE);
        assertThat(technique.bodyAreas()).containsExactlyInAnyOrder(BodyArea.UPPER_BACK, BodyArea.SHOULDERS);
        assertThat(technique.cautions()).containsExactly("Stop if your shoulder pinches.");
        assertThat(own().list(person.id()).techniques()).containsExactly(technique);
        assertThat(bean(Catalogue.class).of(person.id()).technique(technique.id()))
                .contains(technique);
    }

    @Test
    void aSecondOfTheSameNameGetsAnIdOfItsOwnAndTheIdStaysWhenRenamed() {
        Person person = newPerson();
        Technique first = own().createTechnique(person.id(), wallSlide());
        Technique second = own().createTechnique(person.id(), wallSlide());

        OwnTechnique renamed = new OwnTechnique(
                "Slides à la wall",
                "Opens the chest.",
                "testkit",
                List.of("Slide."),
                DoseInput.hold(20, 30, 1),
                true,
                List.of("upper back"),
                List.of(),
                List.of());
        Technique edited = own().editTechnique(person.id(), first.id().value(), renamed);

        assertThat(second.id().value()).isEqualTo("my/wall-slide-2");
        assertThat(edited.id()).isEqualTo(first.id());
        assertThat(edited.name()).isEqualTo("Slides à la wall");
        assertThat(edited.sides()).isEqualTo(Sides.EACH_SIDE);
        assertThat(own().technique(person.id(), "my/wall-slide")).isEqualTo(edited);
    }

    @Test
    void oneNeverSeesAnothersOwnTechniques() {
        Person anna = newPerson();
        Person ben = newPerson();
        Technique annas = own().createTechnique(anna.id(), wallSlide());

        assertThat(own().list(ben.id()).techniques()).isEmpty();
        assertThat(bean(Catalogue.class).of(ben.id()).technique(annas.id())).isEmpty();
        assertThat(bean(Catalogue.class).shared().technique(annas.id())).isEmpty();
        assertThatThrownBy(() -> own().technique(ben.id(), "my/wall-slide"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no technique my/wall-slide");
        assertThatThrownBy(() -> own().editTechnique(ben.id(), "my/wall-slide", wallSlide()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no technique my/wall-slide");
        assertThatThrownBy(() -> own().remove(ben.id(), "my/wall-slide")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bean(HabitService.class).create(ben.id(), NewHabit.technique("my/wall-slide")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(own().list(anna.id()).techniques()).containsExactly(annas);
    }

    @Test
    void everyFieldIsCheckedInAPersonsWords() {
        Person person = newPerson();

        assertField(with(wallSlide(), "name", " "), "name", "give it a name of 1 to 100 characters, was 0");
        assertField(with(wallSlide(), "steps", List.of()), "steps", "say how to do it: at least one step");
        assertField(with(wallSlide(), "dose", null), "dose", "give a dose, e.g. hold 20-30 seconds, or 10 reps");
        assertField(
                with(wallSlide(), "dose", DoseInput.reps(60, 1)),
                "dose",
                "that dose has more than 50 reps in a set (60) (see the sane doses in docs/plugins.md)");
        assertField(
                with(wallSlide(), "dose", DoseInput.hold(30, 20, 1)),
                "dose",
                "the dose's least (30) is above its most (20)");
        assertField(
                with(wallSlide(), "body areas", List.of()),
                "body areas",
                "say where it works: at least one body area, from neck, shoulders, upper-back, mid-back, lower-back,"
                        + " spine, hips, glutes, core, legs, whole-body");
        assertField(with(wallSlide(), "pillar", "yoga"), "pillar", "there is no pillar 'yoga'; choose one of testkit");
        assertThat(own().list(person.id()).techniques()).isEmpty();
    }

    @Test
    void aDoseIsTypedAsAPersonSaysIt() {
        assertThat(DoseInput.parse("hold 20-30 x3").dose())
                .isEqualTo(Dose.hold(20, 30).times(3));
        assertThat(DoseInput.parse("reps 10 x2").dose()).isEqualTo(Dose.reps(10, 2));
        assertThat(DoseInput.parse("Minutes 2-5").dose()).isEqualTo(Dose.minutes(2, 5));
        assertThat(DoseInput.parse("daily 8 glasses").dose()).isEqualTo(Dose.daily(8, "glasses"));
        assertThat(DoseInput.parse("once").dose()).isEqualTo(Dose.once());
        assertThat(DoseInput.text(Dose.hold(20, 30).times(3))).isEqualTo("hold 20-30 x3");
        assertThatThrownBy(() -> DoseInput.parse("a lot"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("dose is written like 'hold 20-30'");
    }

    @Test
    void aRoutineOfOnesOwnMixesBuiltInAndOwnTechniquesAndServesAHabit() {
        Person person = newPerson();
        Technique slide = own().createTechnique(person.id(), wallSlide());

        Routine routine = own().createRoutine(
                        person.id(),
                        new OwnRoutine(
                                "Evening",
                                "",
                                List.of(
                                        OwnRoutine.Step.of("my/wall-slide"),
                                        new OwnRoutine.Step(
                                                TestPlugin.NECK_ROLL, new DoseInput("minutes", 1, null, null, null)))));
        Habit habit = bean(HabitService.class).create(person.id(), NewHabit.routine("my/evening"));
        Habit ofTechnique = bean(HabitService.class).create(person.id(), NewHabit.technique("my/wall-slide"));

        assertThat(routine.id()).isEqualTo(RoutineId.of("my/evening"));
        assertThat(routine.summary()).isEqualTo("Wall slide, Neck roll.");
        assertThat(routine.steps().get(0).dose()).isEqualTo(slide.dose());
        assertThat(routine.steps().get(1).dose()).isEqualTo(Dose.minutes(1));
        assertThat(habit.name()).isEqualTo("Evening");
        assertThat(habit.target()).isEqualTo(HabitTarget.routine("my/evening"));
        assertThat(ofTechnique.name()).isEqualTo("Wall slide");
        assertThatThrownBy(() -> own().createRoutine(
                                person.id(), new OwnRoutine("Bad", "", List.of(OwnRoutine.Step.of("testkit/nothing")))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("there is no technique 'testkit/nothing' in the library or your own exercises");
    }

    @Test
    void oneInUseIsNotRemovedAndSaysWhatUsesIt() {
        Person person = newPerson();
        own().createTechnique(person.id(), wallSlide());
        own().createRoutine(person.id(), new OwnRoutine("Evening", "", List.of(OwnRoutine.Step.of("my/wall-slide"))));
        Habit habit = bean(HabitService.class).create(person.id(), NewHabit.routine("my/evening"));

        assertThatThrownBy(() -> own().remove(person.id(), "my/evening"))
                .isInstanceOf(ConflictException.class)
                .hasMessage(
                        "'Evening' is what your habit 'Evening' does; archive that habit first, then remove 'Evening'");
        assertThatThrownBy(() -> own().remove(person.id(), "my/wall-slide"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("'Wall slide' is a step of your routine 'Evening'; take it out of that routine first,"
                        + " then remove 'Wall slide'");

        bean(HabitService.class).archive(person.id(), habit.id());
        own().remove(person.id(), "my/evening");
        own().remove(person.id(), "my/wall-slide");

        assertThat(own().list(person.id()).techniques()).isEmpty();
        assertThat(own().list(person.id()).routines()).isEmpty();
    }

    @Test
    void aChangeOfSidesIsFollowedByTheRoutinesThatDoIt() {
        Person person = newPerson();
        own().createTechnique(person.id(), wallSlide());
        own().createRoutine(person.id(), new OwnRoutine("Evening", "", List.of(OwnRoutine.Step.of("my/wall-slide"))));

        own().editTechnique(person.id(), "my/wall-slide", with(wallSlide(), "eachSide", true));

        assertThat(own().routine(person.id(), "my/evening").steps().get(0).sides())
                .isEqualTo(Sides.EACH_SIDE);
    }

    @Test
    void anExportPassesThePluginCheckAndImportsIntoAnotherAccount(@TempDir Path directory) throws Exception {
        Person anna = newPerson();
        Person ben = newPerson();
        own().createTechnique(anna.id(), wallSlide());
        own().createRoutine(
                        anna.id(),
                        new OwnRoutine(
                                "Evening",
                                "Before bed.",
                                List.of(
                                        OwnRoutine.Step.of("my/wall-slide"),
                                        OwnRoutine.Step.of(TestPlugin.NECK_ROLL))));

        OwnExport export = own().export(anna.id(), Optional.of("anna-physio"));
        Path file = directory.resolve(export.fileName());
        Files.writeString(file, export.text());
        PluginCheck check = PluginRegistry.check(getClass().getClassLoader(), Optional.empty(), file);
        OwnImport imported = own().importFile(ben.id(), export.text());
        OwnImport again = own().importFile(ben.id(), export.text());

        assertThat(export.fileName()).isEqualTo("anna-physio.yaml");
        assertThat(export.techniques()).isEqualTo(1);
        assertThat(DataPlugins.read(export.text()).techniques().get(0).id().value())
                .isEqualTo("anna-physio/wall-slide");
        assertThat(check.failed()).isEmpty();
        assertThat(check.passes()).isTrue();
        assertThat(imported.added()).extracting(OwnImport.Item::id).containsExactly("my/wall-slide", "my/evening");
        assertThat(imported.skipped()).isEmpty();
        assertThat(own().list(ben.id()).techniques())
                .singleElement()
                .satisfies(technique ->
                        assertThat(technique.steps()).isEqualTo(wallSlide().steps()));
        assertThat(own().routine(ben.id(), "my/evening").steps())
                .extracting(step -> step.technique().value())
                .containsExactly("my/wall-slide", TestPlugin.NECK_ROLL);
        assertThat(again.added()).isEmpty();
        assertThat(again.skipped())
                .extracting(OwnImport.Item::reason)
                .containsExactly(
                        "you already have a technique 'my/wall-slide'", "you already have a routine 'my/evening'");
    }

    @Test
    void theExportsIdIsMadeFromTheNameAndABrokenFileIsRefusedWithEveryProblem() {
        Person person = newPerson();
        own().createTechnique(person.id(), wallSlide());

        assertThat(own().export(person.id(), Optional.empty()).fileName())
                .isEqualTo(person.username() + "-exercises.yaml");
        assertThatThrownBy(() -> own().export(person.id(), Optional.of("my")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("other than 'my'");
        assertThatThrownBy(() -> own().importFile(person.id(), "unknot-plugin: 1\nid: x\ntechniques: [{id: a}]\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("this is not a data plugin file Unknot can read: line ")
                .hasMessageNotContaining("\n")
                .hasMessageContaining("line ");
    }

    private void assertField(OwnTechnique input, String field, String message) {
        Person person = newPerson();
        assertThatThrownBy(() -> own().createTechnique(person.id(), input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }

    private static OwnTechnique with(OwnTechnique t, String field, Object value) {
        return new OwnTechnique(
                field.equals("name") ? (String) value : t.name(),
                t.summary(),
                field.equals("pillar") ? (String) value : t.pillar(),
                field.equals("steps") ? cast(value) : t.steps(),
                field.equals("dose") ? (DoseInput) value : t.dose(),
                field.equals("eachSide") ? (Boolean) value : t.eachSide(),
                field.equals("body areas") ? cast(value) : t.bodyAreas(),
                t.cautions(),
                t.equipment());
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object value) {
        return (List<String>) value;
    }

    static Set<String> unused() {
        return Set.of();
    }
}
