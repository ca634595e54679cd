package dev.unknot.app.advice;

import dev.unknot.app.habit.HabitService;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.safety.SafetyScreens;
import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.advice.RedFlags;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.spi.AdviceRule;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Advice from every loaded plugin's {@link AdviceRule rules} over one person's history, such as
 * the red flags that call for a specialist, and the one policy for showing it.
 *
 * <p><b>What a person is shown</b>, in the web UI, the CLI and the API alike: every advisory a
 * rule gives, of every severity, most urgent first (rules in plugin order within a severity), each
 * under its severity's {@link #label label}: "Emergency" for {@code EMERGENCY} (which a front end
 * shows as an emergency the person acknowledges, never as a tip), "Act now" for {@code URGENT}, "Take care" for
 * {@code CAUTION}, "Good to know" for {@code INFO}. A front end may style the severities apart
 * but shows or hides none of them.
 *
 * <p>The red flags ({@link RedFlags}) come first and from Unknot itself, over the person's
 * check-ins and their {@link SafetyScreens safety screen}: whichever plugins are loaded, no one
 * misses them.
 *
 * <p>A rule that fails is skipped, and its plugin becomes degraded ({@link AdviceRules}); the
 * other rules still speak.
 *
 * <p>Rules see the recent past: the check-ins of the last {@value #LOOK_BACK_DAYS} days, and the
 * person's very first check-in, so that a rule can still tell how long they have been practising.
 * The built-in rules look back three weeks at most; reading years of history for them made
 * advice the slowest part of the Today page.
 */
@Singleton
public class AdviceService {

    /** How many days, up to today, of check-ins the rules see. */
    public static final int LOOK_BACK_DAYS = 56;

    private final PersonService people;
    private final HabitService habits;
    private final CheckInHistory history;
    private final Clock clock;
    private final AdviceRules rules;
    private final SafetyScreens screens;

    AdviceService(
            AdviceRules rules,
            SafetyScreens screens,
            PersonService people,
            HabitService habits,
            CheckInHistory history,
            Clock clock) {
        this.rules = rules;
        this.screens = screens;
        this.people = people;
        this.habits = habits;
        this.history = history;
        this.clock = clock;
    }

    /**
     * The advice for the person today, most urgent first (rules in plugin order within a severity).
     *
     * @throws NotFoundException when the person does not exist
     */
    @Transactional(readOnly = true)
    public List<Advisory> advice(PersonId person) {
        return advice(people.get(person));
    }

    /** {@link #advice(PersonId)} for a person the caller has read already (in the same transaction). */
    @Transactional(readOnly = true)
    public List<Advisory> advice(Person who) {
        return advice(who, habits.listAll(who.id()));
    }

    /**
     * {@link #advice(PersonId)} for a person and every one of their habits (archived ones too,
     * oldest first, as {@link HabitService#listAll} gives them) that the caller has read already.
     */
    @Transactional(readOnly = true)
    public List<Advisory> advice(Person who, List<Habit> all) {
        PersonId person = who.id();
        PersonalCalendar calendar = who.calendar();
        LocalDate today = calendar.today(clock);
        History history = history(person, calendar, today, all);
        List<Advisory> advice = new ArrayList<>(RedFlags.assess(history, screens.answers(person)));
        advice.addAll(rules.assess(history));
        return shown(advice);
    }

    /**
     * The advisories a person is shown, in the order they are shown: all of them, most urgent
     * first; advisories of one severity keep their order.
     */
    public static List<Advisory> shown(List<Advisory> advice) {
        return advice.stream()
                .sorted(Comparator.comparing(Advisory::severity).reversed())
                .toList();
    }

    /** What every front end calls a severity: "Emergency", "Act now", "Take care", "Good to know". */
    public static String label(Advisory.Severity severity) {
        return switch (severity) {
            case EMERGENCY -> "Emergency";
            case URGENT -> "Act now";
            case CAUTION -> "Take care";
            case INFO -> "Good to know";
        };
    }

    /**
     * The history rules see: the check-ins of the last {@link #LOOK_BACK_DAYS} days and the first
     * one, oldest first; a busy person's years are not read for it.
     */
    private History history(PersonId person, PersonalCalendar calendar, LocalDate today, List<Habit> all) {
        List<CheckIn> recent =
                history.on(person, calendar, new DateRange(today.minusDays(LOOK_BACK_DAYS - 1L), today)).stream()
                        .map(RecordedCheckIn::checkIn)
                        .toList();
        Optional<CheckIn> first = history.first(person).map(RecordedCheckIn::checkIn);
        List<CheckIn> seen = recent;
        if (first.isPresent() && (recent.isEmpty() || !recent.get(0).equals(first.get()))) {
            seen = new ArrayList<>(recent.size() + 1);
            seen.add(first.get());
            seen.addAll(recent);
        }
        return new History(today, calendar, all, seen);
    }
}
