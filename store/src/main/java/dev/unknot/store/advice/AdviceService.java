package dev.unknot.store.advice;

import dev.unknot.core.advice.Advisory;
import dev.unknot.core.advice.History;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.core.spi.AdviceRule;
import dev.unknot.store.NotFoundException;
import dev.unknot.store.checkin.CheckInService;
import dev.unknot.store.checkin.RecordedCheckIn;
import dev.unknot.store.habit.HabitService;
import dev.unknot.store.person.PersonId;
import dev.unknot.store.person.PersonService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Advice from every loaded plugin's {@link AdviceRule rules} over one person's history, such as
 * the red flags that call for a specialist. A rule that throws, or answers with nothing usable, is
 * skipped and logged; the others still speak.
 */
@Singleton
public class AdviceService {

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
        PersonalCalendar calendar = people.get(person).calendar();
        History history = new History(calendar.today(clock), calendar, habits.listAll(person),
                checkIns.history(person).stream().map(RecordedCheckIn::checkIn).toList());
        List<Advisory> advice = new ArrayList<>();
        for (AdviceRule rule : plugins.adviceRules()) {
            try {
                List<Advisory> given = rule.assess(history);
                if (given == null) {
                    throw new IllegalStateException("returned null instead of a list");
                }
                given.forEach(advisory -> advice.add(java.util.Objects.requireNonNull(advisory, "advisory")));
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Skipped advice rule {} of {}: {}", idOf(rule), rule.getClass().getName(), e.toString(), e);
            }
        }
        advice.sort(Comparator.comparing(Advisory::severity).reversed());
        return List.copyOf(advice);
    }

    private static String idOf(AdviceRule rule) {
        try {
            return rule.id();
        } catch (RuntimeException e) {
            return "(no id)";
        }
    }
}
