package dev.unknot.plugin.specialist;

import static org.assertj.core.api.Assertions.assertThat;

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

class SevereTightnessRuleTests {

    private static final PersonalCalendar CALENDAR = PersonalCalendar.startingAtMidnight(ZoneId.of("Europe/Berlin"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private final SevereTightnessRule rule = new SevereTightnessRule();

    @Test
    void aQuietHistoryGivesNoAdvice() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int daysAgo = 30; daysAgo >= 0; daysAgo--) {
            checkIns.add(checkIn(daysAgo, 6 - Math.min(5, (30 - daysAgo) / 6), 2, "", Set.of()));
        }

        assertThat(rule.assess(history(checkIns))).isEmpty();
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
    void symptomsAndPlateausAreLeftToUnknotsOwnRule() {
        List<CheckIn> flat = new ArrayList<>();
        for (int daysAgo = 30; daysAgo >= 0; daysAgo -= 2) {
            flat.add(checkIn(daysAgo, 6, 5, "numb in both legs", EnumSet.of(Symptom.BLADDER_BOWEL)));
        }

        assertThat(rule.assess(history(flat))).isEmpty();
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
