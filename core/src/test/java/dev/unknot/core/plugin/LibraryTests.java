package dev.unknot.core.plugin;

import static dev.unknot.core.Samples.pillar;
import static dev.unknot.core.Samples.routine;
import static dev.unknot.core.Samples.technique;
import static dev.unknot.core.Samples.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.HabitTemplate;
import dev.unknot.core.library.Dose;
import dev.unknot.core.library.Pillar;
import dev.unknot.core.library.PillarId;
import dev.unknot.core.library.Routine;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.Technique;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.library.TemplateId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LibraryTests {

    private final Pillar stretching = pillar("stretching", "Stretching");
    private final Pillar breathing = pillar("breathing", "Breathing");
    private final Pillar heat = pillar("heat", "Warmth");
    private final Technique childsPose = technique("stretching/childs-pose", "stretching");
    private final Technique catCow = technique("stretching/cat-cow", "stretching");
    private final Technique boxBreathing = technique("breathing/box", "breathing");
    private final Technique heatPad = technique("heat/pad", "heat");
    private final Routine windDown = routine("breathing/wind-down", boxBreathing, childsPose);
    private final Routine morning = routine("stretching/morning", catCow);
    private final HabitTemplate breathe = template("breathing/daily", HabitTarget.technique("breathing/box"));
    private final HabitTemplate stretch = template("stretching/daily", HabitTarget.routine("stretching/morning"));

    private Library library() {
        return Library.of(
                List.of(stretching, breathing, heat),
                List.of(childsPose, catCow, boxBreathing, heatPad),
                List.of(windDown, morning),
                List.of(stretch, breathe));
    }

    @Test
    void addsAPersonsOwnContentWithoutReplacingThePlugins() {
        Technique own = technique("my/wall-slide", "stretching");
        Technique impostor = technique("stretching/cat-cow", "heat");
        Routine ownRoutine = routine("my/evening", own, childsPose);

        Library mine = library().plus(List.of(own, impostor), List.of(ownRoutine));

        assertThat(mine.technique(TechniqueId.of("my/wall-slide"))).contains(own);
        assertThat(mine.technique(TechniqueId.of("stretching/cat-cow"))).contains(catCow);
        assertThat(mine.routine(RoutineId.of("my/evening"))).contains(ownRoutine);
        assertThat(mine.techniques(stretching.id())).contains(own);
        assertThat(mine.pillars()).isEqualTo(library().pillars());
        assertThat(mine.habitTemplates()).isEqualTo(library().habitTemplates());
        assertThat(library().technique(TechniqueId.of("my/wall-slide"))).isEmpty();
    }

    @Test
    void findsEachKindOfContentById() {
        Library library = library();

        assertThat(library.pillar(PillarId.of("heat"))).contains(heat);
        assertThat(library.technique(TechniqueId.of("stretching/cat-cow"))).contains(catCow);
        assertThat(library.routine(RoutineId.of("breathing/wind-down"))).contains(windDown);
        assertThat(library.habitTemplate(TemplateId.of("stretching/daily"))).contains(stretch);
    }

    @Test
    void unknownIdsFindNothing() {
        Library library = library();

        assertThat(library.pillar(PillarId.of("yoga"))).isEmpty();
        assertThat(library.technique(TechniqueId.of("stretching/splits"))).isEmpty();
        assertThat(library.routine(RoutineId.of("stretching/evening"))).isEmpty();
        assertThat(library.habitTemplate(TemplateId.of("heat/daily"))).isEmpty();
    }

    @Test
    void listsTheTechniquesOfAPillarById() {
        Library library = library();

        assertThat(library.techniques(PillarId.of("stretching"))).containsExactly(catCow, childsPose);
        assertThat(library.techniques(PillarId.of("heat"))).containsExactly(heatPad);
        assertThat(library.techniques(PillarId.of("yoga"))).isEmpty();
    }

    @Test
    void listsPillarsByNameAndEverythingElseById() {
        Library library = library();

        assertThat(library.pillars()).containsExactly(breathing, stretching, heat);
        assertThat(library.techniques()).containsExactly(boxBreathing, heatPad, catCow, childsPose);
        assertThat(library.routines()).containsExactly(windDown, morning);
        assertThat(library.habitTemplates()).containsExactly(breathe, stretch);
    }

    @Test
    void pillarsWithTheSameNameAreOrderedById() {
        Pillar b = pillar("b", "Same");
        Pillar a = pillar("a", "Same");

        assertThat(Library.of(List.of(b, a), List.of(), List.of(), List.of()).pillars())
                .containsExactly(a, b);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void orderDoesNotDependOnTheInputOrder(long seed) {
        Library expected = library();
        Random random = new Random(seed);

        Library shuffled = Library.of(
                shuffled(expected.pillars(), random), shuffled(expected.techniques(), random),
                shuffled(expected.routines(), random), shuffled(expected.habitTemplates(), random));

        assertThat(shuffled.pillars()).isEqualTo(expected.pillars());
        assertThat(shuffled.techniques()).isEqualTo(expected.techniques());
        assertThat(shuffled.routines()).isEqualTo(expected.routines());
        assertThat(shuffled.habitTemplates()).isEqualTo(expected.habitTemplates());
    }

    @Test
    void firstTechniqueRoutineAndTemplateWinOnDuplicateIds() {
        Technique first = technique("stretching/childs-pose", "stretching", Dose.hold(20, 30));
        Technique second = technique("stretching/childs-pose", "heat", Dose.minutes(1));
        Routine firstRoutine = routine("stretching/morning", catCow);
        Routine secondRoutine = routine("stretching/morning", childsPose);
        HabitTemplate firstTemplate = template("stretching/daily", HabitTarget.custom("First"));
        HabitTemplate secondTemplate = template("stretching/daily", HabitTarget.custom("Second"));

        Library library = Library.of(
                List.of(),
                List.of(first, catCow, second),
                List.of(firstRoutine, secondRoutine),
                List.of(firstTemplate, secondTemplate));

        assertThat(library.techniques()).containsExactly(catCow, first);
        assertThat(library.technique(first.id())).containsSame(first);
        assertThat(library.techniques(PillarId.of("heat"))).isEmpty();
        assertThat(library.routines()).containsExactly(firstRoutine);
        assertThat(library.habitTemplates()).containsExactly(firstTemplate);
    }

    @Test
    void firstPillarWinsOnDuplicateIdsWhateverItsName() {
        Pillar first = pillar("stretching", "Stretching");
        Pillar second = pillar("stretching", "Another stretching");

        Library library = Library.of(List.of(first, second), List.of(), List.of(), List.of());

        assertThat(library.pillars()).containsExactly(first);
        assertThat(library.pillar(PillarId.of("stretching"))).containsSame(first);
    }

    @Test
    void firstPillarWinsAndKeepsItsPlaceInTheOrder() {
        Pillar heatFirst = pillar("heat", "Zzz heat");
        Pillar heatSecond = pillar("heat", "Aaa heat");

        Library library = Library.of(List.of(heatFirst, stretching, heatSecond), List.of(), List.of(), List.of());

        assertThat(library.pillars()).containsExactly(stretching, heatFirst);
    }

    @Test
    void listsAreImmutable() {
        Library library = library();

        assertThatThrownBy(() -> library.pillars().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> library.techniques().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> library.techniques(PillarId.of("heat")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> library.routines().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> library.habitTemplates().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void changingTheInputListsLaterChangesNothing() {
        List<Technique> techniques = new ArrayList<>(List.of(childsPose));
        Library library = Library.of(List.of(), techniques, List.of(), List.of());

        techniques.add(catCow);

        assertThat(library.techniques()).containsExactly(childsPose);
    }

    @Test
    void emptyLibraryHoldsNothing() {
        Library empty = Library.empty();

        assertThat(empty.pillars()).isEmpty();
        assertThat(empty.techniques()).isEmpty();
        assertThat(empty.routines()).isEmpty();
        assertThat(empty.habitTemplates()).isEmpty();
        assertThat(empty.technique(childsPose.id())).isEmpty();
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
