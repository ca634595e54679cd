package dev.unknot.store.habit;

import dev.unknot.core.habit.HabitId;
import dev.unknot.store.db.PlainQueries;
import dev.unknot.store.db.Transactions;
import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonId;
import dev.unknot.store.person.PersonService;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a check-in is checked and answered against, per person: their calendar and every habit
 * with its skips and pauses, kept between check-ins with the person's settings revision at the
 * time of reading. A server's check-ins use it to skip four reads each; whether it is still
 * current is settled by the write itself, which inserts a check-in only while the person's
 * settings revision is unchanged (see the store's {@code CheckInWriter}), so a stale page costs
 * one retry on the ordinary path, never a wrong answer.
 *
 * <p>At most {@value #CAPACITY} people are kept; past that, all are let go and read again.
 */
@Singleton
public class HabitBook {

    /**
     * One person's page: read together, {@code settingsRevision} first, so that a page is never
     * filed under a revision newer than itself.
     *
     * @param habits all of them, archived ones too, oldest first
     */
    public record Page(Person person, List<HabitDetails> habits, long settingsRevision) {

        public Page {
            habits = List.copyOf(habits);
        }

        /** The person's habit with this id, if they have it. */
        public Optional<HabitDetails> habit(HabitId id) {
            return habits.stream()
                    .filter(details -> details.habit().id().equals(id))
                    .findFirst();
        }
    }

    static final int CAPACITY = 10_000;

    private static final String SETTINGS_REVISION = "SELECT settings_revision FROM person WHERE id = ?";

    private final PersonService people;
    private final HabitService habits;
    private final PlainQueries queries;
    private final Transactions transactions;
    private final Map<Long, Page> pages = new ConcurrentHashMap<>();

    HabitBook(PersonService people, HabitService habits, PlainQueries queries, Transactions transactions) {
        this.people = people;
        this.habits = habits;
        this.queries = queries;
        this.transactions = transactions;
    }

    /**
     * The person's page: the one kept, or read now.
     *
     * @throws dev.unknot.store.NotFoundException when there is no such person
     */
    public Page page(PersonId person) {
        Page kept = pages.get(person.value());
        if (kept != null) {
            return kept;
        }
        Page read = transactions.inOneReading(() -> {
            List<Long> revision = queries.list(SETTINGS_REVISION, row -> row.getLong(1), person.value());
            Person who = people.get(person);
            return new Page(who, habits.detailsOfAll(person), revision.isEmpty() ? -1 : revision.get(0));
        });
        if (pages.size() >= CAPACITY) {
            pages.clear();
        }
        pages.put(person.value(), read);
        return read;
    }

    /** Lets the person's page go (it was found stale), so that the next check-in reads it afresh. */
    public void forget(PersonId person) {
        pages.remove(person.value());
    }
}
