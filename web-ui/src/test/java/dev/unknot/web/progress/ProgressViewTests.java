package dev.unknot.web.progress;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.Metric;
import dev.unknot.web.layout.NotFoundView;
import dev.unknot.web.testing.UnknotUi;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
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
        for (int i = 0; i < 4; i++) {
            ui.bean(CheckInService.class)
                    .record(
                            person.id(),
                            CheckInRequest.of(habit.id()).tightness(7, 3).pain(6, 2));
        }
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
                .contains("−4 on average, 5 check-ins")
                .contains("Tightness after Evening stretch: 3.0/10 vs. 7.0/10 before, over 5 check-ins: better.")
                .as("pain rated on four check-ins: too few to say")
                .doesNotContain("Pain after");
        Section pain = _get(Section.class, spec -> spec.withClasses("pain-section"));
        assertThat(pain.getElement().toString()).contains("point before");
        assertThat(pain.getElement().getTextRecursively())
                .contains("0 none – 10 the worst imaginable")
                .contains("Rate your pain before practice for two weeks or more");
    }

    @Test
    void whatHelpsSaysWhatHelpsPainOnceFiveCheckInsRatedIt() {
        Person person = ui.open("progress.pain");
        Habit habit = habitWithACheckIn(person, "Morning stretch");
        for (int i = 0; i < 6; i++) {
            ui.bean(CheckInService.class)
                    .record(
                            person.id(),
                            CheckInRequest.of(habit.id()).tightness(6, 4).pain(i < 3 ? 5 : 4, i < 5 ? 2 : 3));
        }
        ui.navigate("progress");

        // Pain before 5, 5, 5, 4, 4, 4 and after 2 on five, 3 on one.
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("relief-pain-sentence"))
                        .getText())
                .isEqualTo("Pain after Morning stretch: 2.2/10 vs. 4.5/10 before, over 6 check-ins: better.");

        ui.navigate("progress/" + habit.id().value());
        assertThat(_get(DescriptionList.class, spec -> spec.withClasses("habit-summary"))
                        .getElement()
                        .getTextRecursively())
                .contains("Pain relief", "−2.3 on average, 6 check-ins: better");
    }

    @Test
    void whatHelpsWaitsForFiveCheckIns() {
        Person person = ui.open("progress.few");
        habitWithACheckIn(person, "Morning walk");
        ui.navigate("progress");

        assertThat(_get(Section.class, spec -> spec.withClasses("relief-section"))
                        .getElement()
                        .getTextRecursively())
                .contains("Once 5 check-ins of a habit record tightness before and after")
                .doesNotContain("Morning walk");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("tightness-change"))
                        .getText())
                .startsWith("Rate your tightness before practice for two weeks or more");
    }

    @Test
    void oneHabitHasItsOwnAddress() {
        Person person = ui.open("progress.one");
        Habit habit = habitWithACheckIn(person, "Walk");
        ui.navigate("progress/" + habit.id().value());

        HabitProgressView view = (HabitProgressView) ui.currentView();
        assertThat(view.habit()).isEqualTo(habit);
        assertThat(_get(H1.class).getText()).isEqualTo("Walk");
        assertThat(_get(DescriptionList.class, spec -> spec.withClasses("habit-summary"))
                        .getElement()
                        .getTextRecursively())
                .as("summary first: streak, best, strength, adherence, relief")
                .contains("Streak", "Best", "Strength", "Adherence", "Relief", "−4 on average, 1 check-in")
                .as("no check-in rated pain")
                .doesNotContain("Pain relief");
        assertThat(_get(Section.class, spec -> spec.withClasses("tightness-section"))
                        .getElement()
                        .toString())
                .contains("point before")
                .contains("Before")
                .contains("After");
    }

    @Test
    void theOverviewLinksACompactCardToEachHabitsPage() {
        Person person = ui.open("progress.cards");
        Habit habit = habitWithACheckIn(person, "Cat-cow");
        ui.navigate("progress");

        Anchor link = _get(Anchor.class, spec -> spec.withClasses("progress-card-link"));
        assertThat(link.getHref()).isEqualTo("progress/" + habit.id().value());
        assertThat(_find(Section.class, spec -> spec.withClasses("habit-calendar")))
                .as("the calendar is on the habit's page")
                .isEmpty();
    }

    @Test
    void theCalendarGoesByMonthAndYearAndADayAddsChangesAndDeletesCheckIns() {
        Person person = ui.open("progress.calendar");
        Habit habit = ui.bean(HabitService.class)
                .create(
                        person.id(),
                        NewHabit.custom("Drink water")
                                .measured(Metric.measured("glasses", 8))
                                .startingOn(
                                        LocalDate.now(java.time.ZoneOffset.UTC).minusDays(60)));
        LocalDate today =
                ui.bean(PersonService.class).get(person.id()).calendar().today(java.time.Clock.systemUTC());
        LocalDate past = today.minusDays(3);
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "progress/" + habit.id().value(),
                        com.vaadin.flow.router.QueryParameters.of(
                                "month", YearMonth.from(past).toString()));

        assertThat(_get(Span.class, spec -> spec.withClasses("calendar-month")).getText())
                .isEqualTo(past.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                        + " " + past.getYear());
        assertThat(_get(Anchor.class, spec -> spec.withClasses("previous-year")).getHref())
                .endsWith("?month=" + YearMonth.from(past).minusYears(1));
        assertThat(_get(Anchor.class, spec -> spec.withClasses("previous-month"))
                        .getHref())
                .endsWith("?month=" + YearMonth.from(past).minusMonths(1));
        assertThat(_find(Section.class, spec -> spec.withClasses("amounts-section")))
                .as("a measured habit has its amounts charted")
                .hasSize(1);

        _click(_get(Button.class, spec -> spec.withClasses("calendar-day").withAttribute("data-day", past.toString())));
        DayDialog day = _get(DayDialog.class);
        day.time.setValue(LocalTime.of(8, 30));
        _setValue(day.amount, 3.0);
        _setValue(day.before, 6);
        _setValue(day.after, 4);
        _setValue(day.painBefore, 3);
        _setValue(day.note, "water before the train");
        _click(day.save);

        List<RecordedCheckIn> stored = ui.bean(CheckInHistory.class).all(person.id());
        assertThat(stored).singleElement().satisfies(recorded -> {
            assertThat(recorded.checkIn().amount()).isEqualTo(3.0);
            assertThat(recorded.checkIn().painBefore()).contains(Pain.of(3));
            assertThat(recorded.checkIn().painAfter()).isEmpty();
            assertThat(ui.bean(PersonService.class)
                            .get(person.id())
                            .calendar()
                            .dayOf(recorded.checkIn().at()))
                    .isEqualTo(past);
        });
        assertThat(_get(Section.class, spec -> spec.withClasses("journal-section"))
                        .getElement()
                        .getTextRecursively())
                .as("the note is in the habit's journal")
                .contains("water before the train");

        _setValue(day.before, 15);
        _click(day.save);
        assertThat(day.before.isInvalid()).isTrue();
        assertThat(day.before.getErrorMessage())
                .isEqualTo("Tightness before goes from 0 (loose) to 10 (very tight), not 15.");
        day.before.setValue(6);
        _setValue(day.painAfter, 12);
        _click(day.save);
        assertThat(day.painAfter.isInvalid()).isTrue();
        assertThat(day.painAfter.getErrorMessage())
                .isEqualTo("Pain after goes from 0 (none) to 10 (the worst imaginable), not 12.");
        day.painAfter.clear();

        _click(_get(day, Button.class, spec -> spec.withClasses("edit-check-in")));
        _setValue(day.amount, 5.0);
        _click(day.save);
        assertThat(ui.bean(CheckInHistory.class).all(person.id()))
                .singleElement()
                .satisfies(recorded -> assertThat(recorded.checkIn().amount()).isEqualTo(5.0));

        _click(_get(day, Button.class, spec -> spec.withClasses("delete-check-in")));
        assertThat(ui.bean(CheckInHistory.class).all(person.id())).isEmpty();
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
