package dev.unknot.plugin.specialist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.HabitId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedFlagRuleTests {

    private static final PersonalCalendar CALENDAR = PersonalCalendar.startingAtMidnight(ZoneId.of("Europe/Berlin"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private final RedFlagRule rule = new RedFlagRule();

    @Test
    void aQuietHistoryGivesNoAdvice() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int daysAgo = 30; daysAgo >= 0; daysAgo--) {
            checkIns.add(checkIn(daysAgo, 6 - Math.min(5, (30 - daysAgo) / 6), 2, "", Set.of()));
        }

        assertThat(rule.assess(history(checkIns))).isEmpty();
    }

    @Test
    void aReportedSymptomIsUrgent() {
        List<Advisory> advice = rule.assess(history(List.of(checkIn(2, 5, 4, "", EnumSet.of(Symptom.NUMBNESS)))));

        assertThat(advice).singleElement().satisfies(advisory -> {
            assertThat(advisory.severity()).isEqualTo(Advisory.Severity.URGENT);
            assertThat(advisory.rule()).isEqualTo("specialist/red-flags");
            assertThat(advisory.message()).contains("numbness").contains("without delay");
        });
    }

    @Test
    void aNoteThatDescribesWeaknessCountsLikeAFlag() {
        List<Advisory> advice =
                rule.assess(history(List.of(checkIn(1, 4, 3, "Left leg felt weak on the stairs", Set.of()))));

        assertThat(advice).extracting(Advisory::severity).containsExactly(Advisory.Severity.URGENT);
        assertThat(advice.get(0).message()).contains("weakness");
    }

    @Test
    void symptomsOlderThanTwoWeeksNoLongerRaiseTheFlag() {
        assertThat(rule.assess(history(List.of(checkIn(14, 4, 3, "", EnumSet.of(Symptom.PAIN))))))
                .isEmpty();
        assertThat(rule.assess(history(List.of(checkIn(13, 4, 3, "", EnumSet.of(Symptom.PAIN))))))
                .hasSize(1);
    }

    @Test
    void severeTightnessOnThreeDaysCallsForASpecialist() {
        List<CheckIn> twoDays =
                List.of(checkIn(1, 8, 7, "", Set.of()), checkIn(3, 9, 8, "", Set.of()), checkIn(3, 8, 8, "", Set.of()));
        assertThat(rule.assess(history(twoDays))).isEmpty();

        List<CheckIn> threeDays = new ArrayList<>(twoDays);
        threeDays.add(checkIn(5, 7, 8, "", Set.of()));
        assertThat(rule.assess(history(threeDays)))
                .singleElement()
                .satisfies(advisory -> assertThat(advisory.message()).contains("on 3 days"));
    }

    @Test
    void threeWeeksOfSteadyPracticeWithoutImprovementCallsForASpecialist() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int daysAgo = 20; daysAgo >= 0; daysAgo -= 2) {
            checkIns.add(checkIn(daysAgo, 6, 5, "", Set.of()));
        }

        assertThat(rule.assess(history(checkIns))).singleElement().satisfies(advisory -> {
            assertThat(advisory.title()).isEqualTo("Three weeks without improvement");
            assertThat(advisory.message()).contains("6.0/10");
        });
    }

    @Test
    void improvingPracticeOrTooFewDaysGiveNoPlateauAdvice() {
        List<CheckIn> improving = new ArrayList<>();
        List<CheckIn> sparse = new ArrayList<>();
        for (int daysAgo = 20; daysAgo >= 0; daysAgo -= 2) {
            improving.add(checkIn(daysAgo, daysAgo > 10 ? 7 : 4, 3, "", Set.of()));
        }
        for (int daysAgo = 20; daysAgo >= 0; daysAgo -= 3) {
            sparse.add(checkIn(daysAgo, 6, 5, "", Set.of()));
        }

        assertThat(rule.assess(history(improving))).isEmpty();
        assertThat(rule.assess(history(sparse))).isEmpty();
    }

    @Test
    void thePluginProvidesTheRule() {
        assertThat(new SpecialistPlugin().adviceRules())
                .extracting(rule -> rule.id())
                .containsExactly("specialist/red-flags");
    }

    private static History history(List<CheckIn> checkIns) {
        return new History(TODAY, CALENDAR, List.of(), checkIns);
    }

    private static CheckIn checkIn(int daysAgo, int before, int after, String note, Set<Symptom> symptoms) {
        return new CheckIn(
                "c-" + daysAgo + "-" + before + "-" + after,
                new HabitId(1),
                CALENDAR.startOf(TODAY.minusDays(daysAgo))
                        .plusSeconds(LocalTime.of(18, 0).toSecondOfDay()),
                1,
                Optional.empty(),
                Optional.of(Tightness.of(before)),
                Optional.of(Tightness.of(after)),
                note,
                symptoms);
    }
}
