package dev.unknot.web.progress;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.person.Person;
import dev.unknot.core.habit.Habit;
import dev.unknot.web.layout.NotFoundView;
import dev.unknot.web.testing.LoggedIn;
import dev.unknot.web.testing.MockUnknot;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressViewTests {

    @TempDir
    static Path home;

    static ApplicationContext context;

    @BeforeAll
    static void startContext() {
        context = MockUnknot.context(home);
    }

    @AfterAll
    static void closeContext() {
        context.close();
    }

    @AfterEach
    void closeUi() {
        MockUnknot.tearDown();
    }

    Person signIn(String username) {
        MockUnknot.setUp(context);
        return LoggedIn.as(context, username);
    }

    Habit habitWithACheckIn(Person person, String name) {
        Habit habit = context.getBean(HabitService.class).create(person.id(), NewHabit.custom(name));
        context.getBean(CheckInService.class)
                .record(person.id(), CheckInRequest.of(habit.id()).tightness(7, 3));
        return habit;
    }

    @Test
    void withoutHabitsSaysWhatWillAppear() {
        signIn("progress.empty");
        MockUnknot.navigate("progress");

        assertThat(MockUnknot.currentView()).isInstanceOf(ProgressView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state"))
                        .getText())
                .contains("No habits yet");
    }

    @Test
    void showsStreakHeatMapTrendAndRelief() {
        Person person = signIn("progress.full");
        Habit habit = habitWithACheckIn(person, "Evening stretch");
        MockUnknot.navigate("progress");

        Section section = _get(Section.class, spec -> spec.withClasses("habit-progress"));
        assertThat(section.getElement().getAttribute("data-habit-id"))
                .isEqualTo(Long.toString(habit.id().value()));
        assertThat(facts(section, "current-streak")).isEqualTo("1 day");
        assertThat(facts(section, "strength")).endsWith("%");
        assertThat(_find(section, Chart.class))
                .singleElement()
                .satisfies(map -> assertThat(map.svg()).contains("class=\"day done\""));
        assertThat(_get(Section.class, spec -> spec.withClasses("tightness-section"))
                        .getElement()
                        .toString())
                .contains("polyline")
                .contains("point before");
        assertThat(_get(Section.class, spec -> spec.withClasses("relief-section"))
                        .getElement()
                        .getTextRecursively())
                .contains("Evening stretch")
                .contains("−4 on average, 1 check-in");
    }

    @Test
    void oneHabitHasItsOwnAddress() {
        Person person = signIn("progress.one");
        Habit habit = habitWithACheckIn(person, "Walk");
        MockUnknot.navigate("progress/" + habit.id().value());

        assertThat(MockUnknot.currentView()).isInstanceOf(ProgressView.class);
        assertThat(_find(Section.class, spec -> spec.withClasses("habit-progress")))
                .hasSize(1);
    }

    @Test
    void anotherPersonsHabitIsNotFoundEvenByItsId() {
        Person ada = signIn("progress.ada");
        Habit adas = habitWithACheckIn(ada, "Ada's private stretch");
        MockUnknot.tearDown();
        signIn("progress.bob");

        MockUnknot.navigate("progress/" + adas.id().value());

        assertThat(MockUnknot.currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("not-found-message"))
                        .getText())
                .isEqualTo("You have no habit " + adas.id().value() + ".");
        MockUnknot.navigate("progress");
        assertThat(_find(Section.class, spec -> spec.withClasses("habit-progress")))
                .isEmpty();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getElement().toString())
                .doesNotContain("Ada's private stretch");
    }

    @Test
    void aNonsenseIdIsNotFound() {
        signIn("progress.nonsense");
        MockUnknot.navigate("progress/-5");

        assertThat(MockUnknot.currentView()).isInstanceOf(NotFoundView.class);
    }

    private static String facts(Section section, String className) {
        return _get(
                        section,
                        com.vaadin.flow.component.html.DescriptionList.Description.class,
                        spec -> spec.withClasses(className))
                .getElement()
                .getTextRecursively();
    }
}
