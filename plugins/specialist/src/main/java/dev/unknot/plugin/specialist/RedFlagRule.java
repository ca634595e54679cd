package dev.unknot.plugin.specialist;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.spi.AdviceRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The red flags that mean seeing a specialist rather than carrying on alone.
 *
 * <ul>
 *   <li><b>Symptoms</b> (urgent): a check-in of the last {@value #RECENT_DAYS} days reports pain,
 *       numbness or weakness, as a flag or in its note.
 *   <li><b>Severe tightness</b>: tightness of {@value #SEVERE} or more on at least
 *       {@value #SEVERE_DAYS} different days of the last {@value #RECENT_DAYS}.
 *   <li><b>No improvement</b>: three weeks of steady practice (check-ins with a tightness on at
 *       least {@value #STEADY_DAYS} of the last 21 days, the first of them 21 or more days ago),
 *       and the mean tightness before practice in the last week is no lower than in the first
 *       week of the three, and still {@value #STILL_TIGHT} or more.
 * </ul>
 */
final class RedFlagRule implements AdviceRule {

    static final String ID = "specialist/red-flags";
    static final int RECENT_DAYS = 14;
    static final int SEVERE = 8;
    static final int SEVERE_DAYS = 3;
    static final int STEADY_DAYS = 10;
    static final int STILL_TIGHT = 3;

    /** Words in a note that report a red flag; "pain" alone is too common in notes about tightness. */
    private static final Map<Symptom, List<String>> NOTE_WORDS = Map.of(
            Symptom.PAIN, List.of("severe pain", "sharp pain", "shooting pain", "pain down", "radiating"),
            Symptom.NUMBNESS, List.of("numb", "tingl", "pins and needles"),
            Symptom.WEAKNESS, List.of("weak", "gave way", "giving way", "foot drop"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Advisory> assess(History history) {
        List<Advisory> advice = new ArrayList<>();
        symptoms(history).ifPresent(advice::add);
        severeTightness(history).ifPresent(advice::add);
        noImprovement(history).ifPresent(advice::add);
        return advice;
    }

    private Optional<Advisory> symptoms(History history) {
        Set<Symptom> reported = EnumSet.noneOf(Symptom.class);
        // Only check-ins that say how the back was can hold a red flag; most say nothing of it.
        for (CheckIn checkIn : history.reportsOfLastDays(RECENT_DAYS)) {
            reported.addAll(checkIn.symptoms());
            if (checkIn.note().isBlank()) {
                continue;
            }
            String note = checkIn.note().toLowerCase(Locale.ROOT);
            NOTE_WORDS.forEach((symptom, words) -> {
                if (words.stream().anyMatch(note::contains)) {
                    reported.add(symptom);
                }
            });
        }
        if (reported.isEmpty()) {
            return Optional.empty();
        }
        String what = reported.stream().map(symptom -> symptom.id()).collect(Collectors.joining(", "));
        return Optional.of(new Advisory(
                ID,
                Advisory.Severity.URGENT,
                "See a specialist now",
                "You reported " + what + " in the last " + RECENT_DAYS + " days. Pain, numbness or weakness "
                        + "are red flags: stop the exercises that bring them on and get checked by a doctor or "
                        + "physiotherapist without delay."));
    }

    private Optional<Advisory> severeTightness(History history) {
        Set<LocalDate> severeDays = new TreeSet<>();
        for (CheckIn checkIn : history.reportsOfLastDays(RECENT_DAYS)) {
            int worst = Math.max(level(checkIn.before()), level(checkIn.after()));
            if (worst >= SEVERE) {
                severeDays.add(history.calendar().dayOf(checkIn.at()));
            }
        }
        if (severeDays.size() < SEVERE_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new Advisory(
                ID,
                Advisory.Severity.CAUTION,
                "See a specialist about severe tightness",
                "Your back was at " + SEVERE + "/10 or tighter on " + severeDays.size() + " days in the last "
                        + RECENT_DAYS + " days. Tightness that severe deserves a professional's look: book a "
                        + "physiotherapist or your doctor."));
    }

    private Optional<Advisory> noImprovement(History history) {
        // A tightness before practice makes a check-in a report.
        List<CheckIn> threeWeeks = history.reportsOfLastDays(21);
        long practiceDays = threeWeeks.stream()
                .filter(checkIn -> checkIn.before().isPresent())
                .map(checkIn -> history.calendar().dayOf(checkIn.at()))
                .distinct()
                .count();
        if (practiceDays < STEADY_DAYS) {
            return Optional.empty();
        }
        // Only now: without steady practice, turning every check-in's time into a day is wasted.
        boolean threeWeeksOld = history.checkIns().stream()
                .anyMatch(checkIn -> !history.calendar()
                        .dayOf(checkIn.at())
                        .isAfter(history.today().minusDays(20)));
        if (!threeWeeksOld) {
            return Optional.empty();
        }
        OptionalDouble firstWeek = meanBefore(history, threeWeeks, 20, 14);
        OptionalDouble lastWeek = meanBefore(history, threeWeeks, 6, 0);
        if (firstWeek.isEmpty()
                || lastWeek.isEmpty()
                || lastWeek.getAsDouble() < firstWeek.getAsDouble()
                || lastWeek.getAsDouble() < STILL_TIGHT) {
            return Optional.empty();
        }
        return Optional.of(new Advisory(
                ID,
                Advisory.Severity.CAUTION,
                "Three weeks without improvement",
                String.format(
                        Locale.ROOT,
                        "After three weeks of steady practice your tightness is %.1f/10, "
                                + "no better than the %.1f/10 you started with. When steady practice does not help, a "
                                + "physiotherapist can find out why.",
                        lastWeek.getAsDouble(),
                        firstWeek.getAsDouble())));
    }

    /** Mean tightness before practice on the days from {@code fromDaysAgo} to {@code toDaysAgo}. */
    private static OptionalDouble meanBefore(History history, List<CheckIn> checkIns, int fromDaysAgo, int toDaysAgo) {
        LocalDate first = history.today().minusDays(fromDaysAgo);
        LocalDate last = history.today().minusDays(toDaysAgo);
        return checkIns.stream()
                .filter(checkIn -> checkIn.before().isPresent())
                .filter(checkIn -> {
                    LocalDate day = history.calendar().dayOf(checkIn.at());
                    return !day.isBefore(first) && !day.isAfter(last);
                })
                .mapToInt(checkIn -> checkIn.before().get().level())
                .average();
    }

    private static int level(Optional<Tightness> tightness) {
        return tightness.map(Tightness::level).orElse(-1);
    }
}
