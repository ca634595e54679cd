package dev.unknot.app.advice;

import dev.unknot.app.habit.HabitService;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.plugin.LoadedPlugin;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.core.spi.AdviceRule;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Advice from every loaded plugin's {@link AdviceRule rules} over one person's history, such as
 * the red flags that call for a specialist, and the one policy for showing it.
 *
 * <p><b>What a person is shown</b>, in the web UI, the CLI and the API alike: every advisory a
 * rule gives, of every severity, most urgent first (rules in plugin order within a severity), each
 * under its severity's {@link #label label}: "Act now" for {@code URGENT}, "Take care" for
 * {@code CAUTION}, "Good to know" for {@code INFO}. A front end may style the severities apart
 * but shows or hides none of them.
 *
 * <p><b>A rule that fails</b> (throws, or answers with nothing usable) is skipped and the others
 * still speak. Its plugin becomes {@link PluginHealth degraded}, with the failure as the reason;
 * the first failure of each plugin is logged as one warning line, and every failure's stack
 * trace at debug level only, as a broken rule fails on every check-in.
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
    private final CheckInHistory history;
    private final Clock clock;
    private final PluginHealth health;

    AdviceService(
            PluginRegistry plugins,
            PersonService people,
            HabitService habits,
            CheckInHistory history,
            Clock clock,
            PluginHealth health) {
        this.plugins = plugins;
        this.health = health;
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
        List<Advisory> advice = new ArrayList<>();
        for (LoadedPlugin plugin : plugins.plugins()) {
            for (AdviceRule rule : plugin.adviceRules()) {
                try {
                    List<Advisory> given = rule.assess(history);
                    if (given == null) {
                        throw new IllegalStateException("returned null instead of a list");
                    }
                    given.forEach(advisory -> advice.add(Objects.requireNonNull(advisory, "advisory")));
                } catch (RuntimeException | LinkageError e) {
                    failed(plugin, rule, e);
                }
            }
        }
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

    /** What every front end calls a severity: "Act now", "Take care", "Good to know". */
    public static String label(Advisory.Severity severity) {
        return switch (severity) {
            case URGENT -> "Act now";
            case CAUTION -> "Take care";
            case INFO -> "Good to know";
        };
    }

    private void failed(LoadedPlugin plugin, AdviceRule rule, Throwable failure) {
        String reason = "advice rule '" + idOf(rule) + "' failed: " + oneLine(failure);
        if (health.degrade(plugin.id(), reason)) {
            LOG.warn(
                    "Plugin {} is degraded: {}; its rule is skipped, everything else still works"
                            + " (the stack trace is logged at debug level, or with --verbose)",
                    plugin.id(),
                    reason);
        }
        LOG.debug(
                "Skipped advice rule {} of plugin {} ({})",
                idOf(rule),
                plugin.id(),
                rule.getClass().getName(),
                failure);
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return (failure.getClass().getSimpleName() + message)
                .replaceAll("\\s+", " ")
                .strip();
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

    private static String idOf(AdviceRule rule) {
        try {
            return rule.id();
        } catch (RuntimeException e) {
            return rule.getClass().getName();
        }
    }
}
