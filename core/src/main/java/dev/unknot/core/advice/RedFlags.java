package dev.unknot.core.advice;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.progress.MeaningfulChange;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The red flags, in three tiers, over a person's history and their safety screen. Unknot runs it
 * for everyone, whichever plugins are loaded: it is not advice a plugin may leave out.
 *
 * <ul>
 *   <li><b>Emergency</b> ({@link Advisory.Severity#EMERGENCY}): a sign of cauda equina syndrome
 *       ({@link Symptom.Tier#EMERGENCY}) answered yes on the screen, or reported by a check-in of
 *       the last {@value #RECENT_DAYS} days, as a symptom or in its note.
 *   <li><b>Worth checking</b>: the other red flags ({@link Symptom.Tier#URGENT}) from the same
 *       places. One alone says little, so it is a {@link Advisory.Severity#CAUTION caution}; two
 *       or more together are {@link Advisory.Severity#URGENT urgent}.
 *   <li><b>Not improving</b> ({@link Advisory.Severity#CAUTION}): at least
 *       {@value #NOT_IMPROVING_DAYS} days since the first tightness rating, tightness rated on at
 *       least {@value #STEADY_DAYS} of the last {@value #NOT_IMPROVING_DAYS} days, and the mean
 *       tightness before practice of the last two weeks is not {@link MeaningfulChange better} than
 *       that of the first two weeks of practice (or of the first two weeks the history holds, for
 *       someone who started earlier): worse, or about the same and still {@value #STILL_TIGHT} or
 *       more.
 * </ul>
 *
 * <p>A sign is never reported in a lower tier than its own: emergency signs only ever appear in
 * the emergency advisory. Notes are read as a fallback for people who write rather than tick, in
 * English, the language Unknot's content is written in; a note that says "no numbness" still
 * counts, as a false alarm costs less than a missed one.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RedFlags {

    /** The rule id of the advisories given here. */
    public static final String RULE = "unknot/red-flags";

    static final int RECENT_DAYS = 14;
    static final int NOT_IMPROVING_DAYS = 28;
    static final int STEADY_DAYS = 10;
    static final int STILL_TIGHT = 3;
    private static final int WINDOW_DAYS = 14;
    /** How many days up to today a history holds, besides the very first check-in (see {@link History}). */
    static final int HELD_DAYS = 56;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    /**
     * Phrases in a note that report a symptom: a note reports it when it holds every word of one
     * of its phrases. "Pain" alone is too common in notes about tightness to count.
     */
    private static final Map<Symptom, List<List<String>>> NOTE_WORDS = Map.ofEntries(
            Map.entry(
                    Symptom.PAIN,
                    List.of(
                            List.of("severe pain"),
                            List.of("sharp pain"),
                            List.of("shooting pain"),
                            List.of("pain down"),
                            List.of("radiating"))),
            Map.entry(Symptom.NUMBNESS, List.of(List.of("numb"), List.of("tingl"), List.of("pins and needles"))),
            Map.entry(
                    Symptom.WEAKNESS,
                    List.of(List.of("weak"), List.of("gave way"), List.of("giving way"), List.of("foot drop"))),
            Map.entry(
                    Symptom.SADDLE_NUMBNESS,
                    List.of(
                            List.of("saddle"),
                            List.of("numb", "groin"),
                            List.of("numb", "genital"),
                            List.of("numb", "buttock"),
                            List.of("numb", "bottom"),
                            List.of("tingl", "groin"),
                            List.of("tingl", "genital"))),
            Map.entry(
                    Symptom.BLADDER_BOWEL,
                    List.of(
                            List.of("incontinen"),
                            List.of("bladder"),
                            List.of("bowel"),
                            List.of("can't pee"),
                            List.of("cannot pee"),
                            List.of("can't urinate"),
                            List.of("cannot urinate"),
                            List.of("wet myself"))),
            Map.entry(
                    Symptom.BOTH_LEGS,
                    List.of(
                            List.of("both legs"),
                            List.of("both feet"),
                            List.of("legs", "numb"),
                            List.of("legs", "weak"))),
            Map.entry(
                    Symptom.SEXUAL_FUNCTION,
                    List.of(List.of("erectile"), List.of("erection"), List.of("impoten"), List.of("sexual"))),
            Map.entry(
                    Symptom.FEVER,
                    List.of(List.of("fever"), List.of("chills"), List.of("feel unwell"), List.of("feeling unwell"))),
            Map.entry(
                    Symptom.WEIGHT_LOSS,
                    List.of(List.of("weight loss"), List.of("lost weight"), List.of("losing weight"))),
            Map.entry(Symptom.CANCER, List.of(List.of("cancer"), List.of("tumour"), List.of("tumor"))),
            Map.entry(
                    Symptom.INJURY,
                    List.of(List.of("fell "), List.of("a fall"), List.of("accident"), List.of("injur"))),
            Map.entry(
                    Symptom.NIGHT_PAIN,
                    List.of(
                            List.of("night pain"),
                            List.of("pain at night"),
                            List.of("pain", "all night"),
                            List.of("getting worse and worse"))),
            Map.entry(Symptom.AGE, List.of()));

    private RedFlags() {}

    /** Every red flag in {@code history} and {@code screen}: emergency first, then worth checking, then not improving. */
    public static List<Advisory> assess(History history, Optional<SafetyScreen> screen) {
        Set<Symptom> reported = reported(history, screen);
        List<Advisory> advice = new ArrayList<>(3);
        emergency(reported).ifPresent(advice::add);
        worthChecking(reported).ifPresent(advice::add);
        notImproving(history).ifPresent(advice::add);
        return advice;
    }

    /** The symptoms answered yes on the screen or reported by a check-in of the last {@value #RECENT_DAYS} days. */
    public static Set<Symptom> reported(History history, Optional<SafetyScreen> screen) {
        Set<Symptom> reported = EnumSet.noneOf(Symptom.class);
        screen.ifPresent(answers -> reported.addAll(answers.yes()));
        // Only check-ins that say how the back was can hold a red flag; most say nothing of it.
        for (CheckIn checkIn : history.reportsOfLastDays(RECENT_DAYS)) {
            reported.addAll(checkIn.symptoms());
            reported.addAll(inNote(checkIn.note()));
        }
        return reported;
    }

    /** The symptoms a note's words report. */
    public static Set<Symptom> inNote(String note) {
        Set<Symptom> found = EnumSet.noneOf(Symptom.class);
        if (note.isBlank()) {
            return found;
        }
        String text = note.toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
        NOTE_WORDS.forEach((symptom, phrases) -> {
            if (phrases.stream().anyMatch(words -> words.stream().allMatch(text::contains))) {
                found.add(symptom);
            }
        });
        // The emergency sign says it all; the milder word inside it is not news.
        if (found.contains(Symptom.SADDLE_NUMBNESS) || found.contains(Symptom.BOTH_LEGS)) {
            found.remove(Symptom.NUMBNESS);
        }
        if (found.contains(Symptom.BOTH_LEGS)) {
            found.remove(Symptom.WEAKNESS);
        }
        return found;
    }

    private static Optional<Advisory> emergency(Set<Symptom> reported) {
        List<Symptom> signs = of(reported, Symptom.Tier.EMERGENCY);
        if (signs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Advisory(
                RULE,
                Advisory.Severity.EMERGENCY,
                "Seek emergency care now",
                "You reported " + labels(signs) + ". With back pain this can mean the nerves at the base of the "
                        + "spine are being pressed (cauda equina syndrome), which needs treatment within hours. Go to "
                        + "an emergency department or call emergency services now; do not wait for an appointment "
                        + "or to see whether it passes."));
    }

    private static Optional<Advisory> worthChecking(Set<Symptom> reported) {
        List<Symptom> signs = of(reported, Symptom.Tier.URGENT);
        if (signs.isEmpty()) {
            return Optional.empty();
        }
        if (signs.size() == 1) {
            return Optional.of(new Advisory(
                    RULE,
                    Advisory.Severity.CAUTION,
                    "Worth checking with a doctor",
                    "You reported " + labels(signs) + ". On its own this is often harmless, but it is worth "
                            + "checking with a doctor or physiotherapist soon; meanwhile leave out the exercises "
                            + "that bring it on."));
        }
        return Optional.of(new Advisory(
                RULE,
                Advisory.Severity.URGENT,
                "See a doctor soon",
                "You reported " + labels(signs) + ". Together these deserve a doctor's look within days, not "
                        + "weeks: book an appointment now, and leave out the exercises that bring them on until "
                        + "then."));
    }

    private static Optional<Advisory> notImproving(History history) {
        List<CheckIn> rated = history.checkIns().stream()
                .filter(checkIn -> checkIn.before().isPresent())
                .toList();
        if (rated.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = history.today();
        LocalDate started = rated.stream()
                .map(checkIn -> history.calendar().dayOf(checkIn.at()))
                .min(LocalDate::compareTo)
                .orElseThrow();
        if (started.isAfter(today.minusDays(NOT_IMPROVING_DAYS - 1L))) {
            return Optional.empty();
        }
        long steadyDays = rated.stream()
                .map(checkIn -> history.calendar().dayOf(checkIn.at()))
                .filter(day -> !day.isBefore(today.minusDays(NOT_IMPROVING_DAYS - 1L)) && !day.isAfter(today))
                .distinct()
                .count();
        if (steadyDays < STEADY_DAYS) {
            return Optional.empty();
        }
        // Someone who began before the weeks a history holds is compared with the first two weeks
        // of practice it does hold: their very first rating alone is no baseline.
        LocalDate held = today.minusDays(HELD_DAYS - 1L);
        boolean fromTheStart = !started.isBefore(held);
        LocalDate baselineFrom = fromTheStart
                ? started
                : rated.stream()
                        .map(checkIn -> history.calendar().dayOf(checkIn.at()))
                        .filter(day -> !day.isBefore(held))
                        .min(LocalDate::compareTo)
                        .orElse(today);
        if (baselineFrom.isAfter(today.minusDays(2L * WINDOW_DAYS))) {
            return Optional.empty();
        }
        OptionalDouble baseline = mean(history, rated, baselineFrom, baselineFrom.plusDays(WINDOW_DAYS - 1L));
        OptionalDouble recent = mean(history, rated, today.minusDays(WINDOW_DAYS - 1L), today);
        if (baseline.isEmpty() || recent.isEmpty()) {
            return Optional.empty();
        }
        MeaningfulChange.Direction direction = MeaningfulChange.between(baseline.getAsDouble(), recent.getAsDouble());
        if (direction == MeaningfulChange.Direction.BETTER
                || (direction == MeaningfulChange.Direction.ABOUT_THE_SAME && recent.getAsDouble() < STILL_TIGHT)) {
            return Optional.empty();
        }
        long weeks = (today.toEpochDay() - started.toEpochDay() + 1) / 7;
        String first = fromTheStart
                ? "your first two weeks"
                : "the two weeks from " + DAY.format(baselineFrom) + " (the start of the last eight weeks)";
        return Optional.of(new Advisory(
                RULE,
                Advisory.Severity.CAUTION,
                direction == MeaningfulChange.Direction.WORSE ? "Tightness getting worse" : "Not improving",
                String.format(
                        Locale.ROOT,
                        "Your tightness before practice averaged %.1f/10 in the last two weeks and %.1f/10 in %s: %s, "
                                + "%d weeks after you began. When four to six weeks of steady practice do not help, "
                                + "a physiotherapist or doctor can find out why.",
                        recent.getAsDouble(),
                        baseline.getAsDouble(),
                        first,
                        direction.inWords(),
                        weeks)));
    }

    private static OptionalDouble mean(History history, List<CheckIn> rated, LocalDate from, LocalDate to) {
        return rated.stream()
                .filter(checkIn -> {
                    LocalDate day = history.calendar().dayOf(checkIn.at());
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .mapToInt(checkIn -> checkIn.before().orElseThrow().level())
                .average();
    }

    private static List<Symptom> of(Set<Symptom> reported, Symptom.Tier tier) {
        return reported.stream().filter(symptom -> symptom.tier() == tier).toList();
    }

    private static String labels(List<Symptom> symptoms) {
        List<String> labels = symptoms.stream().map(Symptom::label).toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return labels.subList(0, labels.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + labels.get(labels.size() - 1);
    }
}
