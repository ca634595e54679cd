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
import dev.unknot.web.testing.UnknotUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProgressViewTests {

    @RegisterExtension
    static final UnknotUi ui = new UnknotUi();

    Habit habitWithACheckIn(Person person, String name) {
        Habit habit = ui.bean(HabitService.class).create(person.id(), NewHabit.custom(name));
        ui.bean(CheckInService.class)
                .record(person.id(), CheckInRequest.of(habit.id()).tightness(7, 3));
        return habit;
    }

    @Test
    void withoutHabitsSaysWhatWillAppear() {
        ui.open("progress.empty", "progress");

        assertThat(ui.currentView()).isInstanceOf(ProgressView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("empty-state"))
                        .getText())
                .contains("No habits yet");
    }

    @Test
    void showsStreakHeatMapTrendAndRelief() {
        Person person = ui.open("progress.full");
        Habit habit = habitWithACheckIn(person, "Evening stretch");
        ui.navigate("progress");

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
        Person person = ui.open("progress.one");
        Habit habit = habitWithACheckIn(person, "Walk");
        ui.navigate("progress/" + habit.id().value());

        assertThat(ui.currentView()).isInstanceOf(ProgressView.class);
        assertThat(_find(Section.class, spec -> spec.withClasses("habit-progress")))
                .hasSize(1);
    }

    @Test
    void anotherPersonsHabitIsNotFoundEvenByItsId() {
        Person ada = ui.open("progress.ada");
        Habit adas = habitWithACheckIn(ada, "Ada's private stretch");
        ui.open("progress.bob");

        ui.navigate("progress/" + adas.id().value());

        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("not-found-message"))
                        .getText())
                .isEqualTo("You have no habit " + adas.id().value() + ".");
        ui.navigate("progress");
        assertThat(_find(Section.class, spec -> spec.withClasses("habit-progress")))
                .isEmpty();
        assertThat(com.vaadin.flow.component.UI.getCurrent().getElement().toString())
                .doesNotContain("Ada's private stretch");
    }

    @Test
    void aNonsenseIdIsNotFound() {
        ui.open("progress.nonsense", "progress/-5");

        assertThat(ui.currentView()).isInstanceOf(NotFoundView.class);
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
