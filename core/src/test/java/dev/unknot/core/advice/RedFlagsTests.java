package dev.unknot.core.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.property.RandomCases;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedFlagsTests {

    private static final PersonalCalendar CALENDAR = PersonalCalendar.startingAtMidnight(ZoneId.of("Europe/Berlin"));
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private static final Instant TAKEN = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aQuietHistoryGivesNoAdvice() {
        List<CheckIn> checkIns = new ArrayList<>();
        for (int daysAgo = 40; daysAgo >= 0; daysAgo--) {
            checkIns.add(checkIn(daysAgo, 7 - Math.min(5, (40 - daysAgo) / 6), "", Set.of()));
        }

        assertThat(RedFlags.assess(history(checkIns), Optional.empty())).isEmpty();
        assertThat(RedFlags.assess(history(checkIns), screen())).isEmpty();
    }

    @Test
    void eachSignOfCaudaEquinaIsAnEmergency() {
        for (Symptom sign :
                List.of(Symptom.SADDLE_NUMBNESS, Symptom.BLADDER_BOWEL, Symptom.BOTH_LEGS, Symptom.SEXUAL_FUNCTION)) {
            List<Advisory> fromCheckIn =
                    RedFlags.assess(history(List.of(checkIn(3, 5, "", EnumSet.of(sign)))), Optional.empty());
            List<Advisory> fromScreen = RedFlags.assess(history(List.of()), screen(sign));

            for (List<Advisory> advice : List.of(fromCheckIn, fromScreen)) {
                assertThat(advice).singleElement().satisfies(advisory -> {
                    assertThat(advisory.severity()).isEqualTo(Advisory.Severity.EMERGENCY);
                    assertThat(advisory.rule()).isEqualTo("unknot/red-flags");
                    assertThat(advisory.title()).isEqualTo("Seek emergency care now");
                    assertThat(advisory.message()).contains(sign.label()).contains("emergency");
                });
            }
        }
    }

    @Test
    void oneUrgentSignIsWorthCheckingAndSeveralAreUrgent() {
        List<Advisory> one = RedFlags.assess(history(List.of()), screen(Symptom.CANCER));
        assertThat(one).singleElement().satisfies(advisory -> {
            assertThat(advisory.severity()).isEqualTo(Advisory.Severity.CAUTION);
            assertThat(advisory.title()).isEqualTo("Worth checking with a doctor");
            assertThat(advisory.message()).startsWith("You reported a history of cancer. On its own");
        });

        List<Advisory> two = RedFlags.assess(
                history(List.of(checkIn(2, 4, "", EnumSet.of(Symptom.FEVER)))), screen(Symptom.WEIGHT_LOSS));
        assertThat(two).singleElement().satisfies(advisory -> {
            assertThat(advisory.severity()).isEqualTo(Advisory.Severity.URGENT);
            assertThat(advisory.title()).isEqualTo("See a doctor soon");
            assertThat(advisory.message())
                    .startsWith("You reported fever or feeling unwell and unexplained weight loss. Together");
        });
    }

    @Test
    void anEmergencyAndOtherSignsGiveBothTiersEachSignInItsOwn() {
        List<Advisory> advice = RedFlags.assess(
                history(List.of(checkIn(1, 5, "", EnumSet.of(Symptom.BLADDER_BOWEL, Symptom.NIGHT_PAIN)))),
                screen(Symptom.AGE));

        assertThat(advice)
                .extracting(Advisory::severity)
                .containsExactly(Advisory.Severity.EMERGENCY, Advisory.Severity.URGENT);
        assertThat(advice.get(0).message()).contains("urine or stool").doesNotContain("all night");
        assertThat(advice.get(1).message())
                .contains("all night")
                .contains("under 20")
                .doesNotContain("urine");
    }

    @Test
    void notesAreReadAsAFallback() {
        assertThat(RedFlags.inNote("Numb around the groin since this morning"))
                .containsExactly(Symptom.SADDLE_NUMBNESS);
        assertThat(RedFlags.inNote("both legs feel weak")).containsExactly(Symptom.BOTH_LEGS);
        assertThat(RedFlags.inNote("Couldn’t hold my bladder")).containsExactly(Symptom.BLADDER_BOWEL);
        assertThat(RedFlags.inNote("left leg felt weak on the stairs")).containsExactly(Symptom.WEAKNESS);
        assertThat(RedFlags.inNote("tight after the long drive, some pain")).isEmpty();
        assertThat(RedFlags.inNote("")).isEmpty();

        List<Advisory> advice = RedFlags.assess(
                history(List.of(checkIn(1, 4, "tingling in the saddle area", Set.of()))), Optional.empty());
        assertThat(advice).extracting(Advisory::severity).containsExactly(Advisory.Severity.EMERGENCY);
    }

    @Test
    void checkInsOlderThanTwoWeeksNoLongerRaiseAFlagButTheScreenStands() {
        assertThat(RedFlags.assess(history(List.of(checkIn(14, 4, "", EnumSet.of(Symptom.PAIN)))), Optional.empty()))
                .isEmpty();
        assertThat(RedFlags.assess(history(List.of(checkIn(13, 4, "", EnumSet.of(Symptom.PAIN)))), Optional.empty()))
                .hasSize(1);
        assertThat(RedFlags.assess(history(List.of()), screen(Symptom.BOTH_LEGS)))
                .extracting(Advisory::severity)
                .containsExactly(Advisory.Severity.EMERGENCY);
    }

    @Test
    void fourWeeksAboutTheSameSaysSoWithTheWindowsCompared() {
        // First two weeks (days 29..16 ago, every other day): 7,6,7,6,7,6,7 -> 6.571; last two: 6.0.
        List<CheckIn> checkIns = new ArrayList<>();
        for (int daysAgo = 29; daysAgo >= 0; daysAgo -= 2) {
            checkIns.add(checkIn(daysAgo, daysAgo >= 16 ? (daysAgo % 4 == 1 ? 7 : 6) : 6, "", Set.of()));
        }

        assertThat(RedFlags.assess(history(checkIns), Optional.empty()))
                .singleElement()
                .satisfies(advisory -> {
                    assertThat(advisory.severity()).isEqualTo(Advisory.Severity.CAUTION);
                    assertThat(advisory.title()).isEqualTo("Not improving");
                    assertThat(advisory.message())
                            .startsWith(
                                    "Your tightness before practice averaged 6.0/10 in the last two weeks and 6.6/10 in"
                                            + " your first two weeks: about the same, 4 weeks after you began.");
                });
    }

    @Test
    void theIssuesExampleComparesLikeWithLike() {
        // The very first rating was 4.8-ish (5); the first two weeks averaged 7; the last two 5.6 or so.
        List<CheckIn> checkIns = new ArrayList<>();
        checkIns.add(checkIn(34, 5, "", Set.of()));
        for (int daysAgo = 33; daysAgo >= 21; daysAgo -= 2) {
            checkIns.add(checkIn(daysAgo, 7, "", Set.of()));
        }
        for (int daysAgo = 13; daysAgo >= 0; daysAgo -= 1) {
            checkIns.add(checkIn(daysAgo, daysAgo % 5 < 3 ? 6 : 5, "", Set.of()));
        }
        // First two weeks: 5 and seven 7s = 54/8 = 6.75; last two weeks: 6,6,6,5,5 repeating ≈ 5.64.
        List<Advisory> advice = RedFlags.assess(history(checkIns), Optional.empty());

        assertThat(advice)
                .singleElement()
                .satisfies(advisory -> assertThat(advisory.message())
                        .contains("5.6/10 in the last two weeks and 6.8/10 in your first two weeks: about the same"));
    }

    @Test
    void aMeaningfulDropOrTooLittlePracticeGivesNoPlateauAdvice() {
        List<CheckIn> improving = new ArrayList<>();
        List<CheckIn> sparse = new ArrayList<>();
        List<CheckIn> young = new ArrayList<>();
        for (int daysAgo = 29; daysAgo >= 0; daysAgo -= 2) {
            improving.add(checkIn(daysAgo, daysAgo > 15 ? 7 : 5, "", Set.of()));
        }
        for (int daysAgo = 29; daysAgo >= 0; daysAgo -= 3) {
            sparse.add(checkIn(daysAgo, 6, "", Set.of()));
        }
        for (int daysAgo = 26; daysAgo >= 0; daysAgo--) {
            young.add(checkIn(daysAgo, 6, "", Set.of()));
        }

        assertThat(RedFlags.assess(history(improving), Optional.empty())).isEmpty();
        assertThat(RedFlags.assess(history(sparse), Optional.empty())).isEmpty();
        assertThat(RedFlags.assess(history(young), Optional.empty())).isEmpty();
    }

    @Test
    void tightnessGettingWorseIsSaid() {
        List<CheckIn> worse = new ArrayList<>();
        for (int daysAgo = 29; daysAgo >= 0; daysAgo -= 2) {
            worse.add(checkIn(daysAgo, daysAgo > 15 ? 2 : 4, "", Set.of()));
        }

        assertThat(RedFlags.assess(history(worse), Optional.empty()))
                .singleElement()
                .satisfies(advisory -> {
                    assertThat(advisory.title()).isEqualTo("Tightness getting worse");
                    assertThat(advisory.message())
                            .contains("4.0/10 in the last two weeks and 2.0/10")
                            .contains(": worse,");
                });
    }

    @Test
    void someoneWhoBeganLongAgoIsComparedWithTheFirstTwoWeeksHeld() {
        List<CheckIn> checkIns = new ArrayList<>();
        checkIns.add(checkIn(200, 9, "", Set.of()));
        for (int daysAgo = 55; daysAgo >= 0; daysAgo -= 2) {
            checkIns.add(checkIn(daysAgo, 6, "", Set.of()));
        }

        assertThat(RedFlags.assess(history(checkIns), Optional.empty()))
                .singleElement()
                .satisfies(advisory -> assertThat(advisory.message())
                        .contains("6.0/10 in the two weeks from 4 February (the start of the last eight weeks)"));
    }

    @Test
    void theScreenAsksOnlyItsQuestionsEmergencyFirst() {
        assertThat(SafetyScreen.QUESTIONS).hasSize(10);
        assertThat(SafetyScreen.QUESTIONS.subList(0, 4)).allMatch(symptom -> symptom.tier() == Symptom.Tier.EMERGENCY);
        assertThat(SafetyScreen.QUESTIONS).doesNotContain(Symptom.PAIN, Symptom.NUMBNESS, Symptom.WEAKNESS);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SafetyScreen(TAKEN, EnumSet.of(Symptom.PAIN)))
                .withMessage("the safety screen does not ask about pain");
    }

    @Test
    void noEmergencySignIsEverReportedAsLessThanAnEmergency() {
        List<Symptom> all = Arrays.asList(Symptom.values());
        RandomCases.forAll(
                500,
                20261206L,
                random -> {
                    List<CheckIn> checkIns = new ArrayList<>();
                    int count = random.nextInt(0, 30);
                    for (int i = 0; i < count; i++) {
                        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
                        int felt = random.nextInt(0, 3);
                        for (int j = 0; j < felt; j++) {
                            symptoms.add(RandomCases.pick(random, all));
                        }
                        checkIns.add(checkIn(random.nextInt(0, 60), random.nextInt(0, 11), "", symptoms));
                    }
                    Set<Symptom> yes = EnumSet.noneOf(Symptom.class);
                    if (random.nextBoolean()) {
                        int answered = random.nextInt(0, 4);
                        for (int j = 0; j < answered; j++) {
                            yes.add(RandomCases.pick(random, SafetyScreen.QUESTIONS));
                        }
                    }
                    return new Object[] {checkIns, yes};
                },
                drawn -> {
                    @SuppressWarnings("unchecked")
                    List<CheckIn> checkIns = (List<CheckIn>) drawn[0];
                    @SuppressWarnings("unchecked")
                    Set<Symptom> yes = (Set<Symptom>) drawn[1];
                    History history = history(checkIns);
                    Optional<SafetyScreen> screen = Optional.of(new SafetyScreen(TAKEN, yes));
                    List<Advisory> advice = RedFlags.assess(history, screen);
                    Set<Symptom> reported = RedFlags.reported(history, screen);
                    for (Symptom sign : reported) {
                        List<Advisory> naming = advice.stream()
                                .filter(advisory -> advisory.message().contains(sign.label()))
                                .toList();
                        assertThat(naming).as(sign.id()).isNotEmpty();
                        if (sign.tier() == Symptom.Tier.EMERGENCY) {
                            assertThat(naming)
                                    .as(sign.id())
                                    .allMatch(advisory -> advisory.severity() == Advisory.Severity.EMERGENCY);
                        }
                    }
                    boolean emergency = reported.stream().anyMatch(sign -> sign.tier() == Symptom.Tier.EMERGENCY);
                    assertThat(advice.stream().anyMatch(advisory -> advisory.severity() == Advisory.Severity.EMERGENCY))
                            .isEqualTo(emergency);
                });
    }

    private static Optional<SafetyScreen> screen(Symptom... yes) {
        return Optional.of(new SafetyScreen(TAKEN, yes.length == 0 ? Set.of() : EnumSet.copyOf(List.of(yes))));
    }

    private static History history(List<CheckIn> checkIns) {
        return new History(TODAY, CALENDAR, List.of(), checkIns);
    }

    private static CheckIn checkIn(int daysAgo, int before, String note, Set<Symptom> symptoms) {
        return new CheckIn(
                "c-" + daysAgo + "-" + before + "-" + note.hashCode() + "-" + symptoms,
                new HabitId(1),
                CALENDAR.startOf(TODAY.minusDays(daysAgo))
                        .plusSeconds(LocalTime.of(18, 0).toSecondOfDay()),
                1,
                Optional.empty(),
                Optional.of(Tightness.of(before)),
                Optional.of(Tightness.of(Math.max(0, before - 1))),
                note,
                symptoms);
    }
}
