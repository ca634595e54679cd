package dev.unknot.app.advice;

import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.core.spi.AdviceRule;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Advice from every loaded plugin's {@link AdviceRule rules} over one person's history, such as
 * the red flags that call for a specialist. A rule that throws, or answers with nothing usable, is
 * skipped and logged; the others still speak.
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

    private static final Logger LOG = LoggerFactory.getLogger(AdviceService.class);

    private final PluginRegistry plugins;
    private final PersonService people;
    private final HabitService habits;
    private final CheckInService checkIns;
    private final Clock clock;

    AdviceService(
            PluginRegistry plugins, PersonService people, HabitService habits, CheckInService checkIns, Clock clock) {
        this.plugins = plugins;
        this.people = people;
        this.habits = habits;
        this.checkIns = checkIns;
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
        List<Advisory> advice = new ArrayList<>();
        for (AdviceRule rule : plugins.adviceRules()) {
            try {
                List<Advisory> given = rule.assess(history);
                if (given == null) {
                    throw new IllegalStateException("returned null instead of a list");
                }
                given.forEach(advisory -> advice.add(java.util.Objects.requireNonNull(advisory, "advisory")));
            } catch (RuntimeException | LinkageError e) {
                LOG.warn(
                        "Skipped advice rule {} of {}: {}",
                        idOf(rule),
                        rule.getClass().getName(),
                        e.toString(),
                        e);
            }
        }
        advice.sort(Comparator.comparing(Advisory::severity).reversed());
        return List.copyOf(advice);
    }

    /**
     * The history rules see: the check-ins of the last {@link #LOOK_BACK_DAYS} days and the first
     * one, oldest first, as views of the history held in memory (a busy person's thousands of
     * check-ins are neither copied nor looked through on every answer).
     */
    private History history(PersonId person, PersonalCalendar calendar, LocalDate today, List<Habit> all) {
        LocalDate firstDay = today.minusDays(LOOK_BACK_DAYS - 1L);
        // A day's margin, then the calendar's own rule, as around a daylight-saving change the two can
        // disagree by an hour.
        CheckInService.Recent recent =
                checkIns.recent(person, calendar.startOf(firstDay).minus(Duration.ofDays(1)));
        List<CheckIn> since = fromDay(recent.checkIns(), calendar, firstDay);
        List<CheckIn> reports = fromDay(recent.reports(), calendar, firstDay);
        Optional<CheckIn> first = checkIns.first(person).map(RecordedCheckIn::checkIn);
        if (first.isPresent() && (since.isEmpty() || !since.get(0).equals(first.get()))) {
            since = new WithFirst(first.get(), since);
            if (first.get().reports()) {
                reports = new WithFirst(first.get(), reports);
            }
        }
        return History.ofOldestFirst(today, calendar, all, since, reports);
    }

    /** The check-ins of {@code sorted} (oldest first) on {@code firstDay} or later, found by halving. */
    private static List<CheckIn> fromDay(List<CheckIn> sorted, PersonalCalendar calendar, LocalDate firstDay) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (calendar.dayOf(sorted.get(middle).at()).isBefore(firstDay)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return sorted.subList(low, sorted.size());
    }

    /** A check-in followed by a list of later ones, not copied. */
    private static final class WithFirst extends AbstractList<CheckIn> implements RandomAccess {

        private final CheckIn first;
        private final List<CheckIn> rest;

        WithFirst(CheckIn first, List<CheckIn> rest) {
            this.first = first;
            this.rest = rest;
        }

        @Override
        public CheckIn get(int index) {
            return index == 0 ? first : rest.get(index - 1);
        }

        @Override
        public int size() {
            return rest.size() + 1;
        }
    }

    private static String idOf(AdviceRule rule) {
        try {
            return rule.id();
        } catch (RuntimeException e) {
            return "(no id)";
        }
    }
}
