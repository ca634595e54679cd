package dev.unknot.app.person;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.unknot.store.person.PersonRepository;
import dev.unknot.store.person.PersonRow;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether a signed-in person or a token's owner may still go on (the account exists and is not
 * disabled), asked on every web request and API call, and when each person was last active.
 *
 * <p>The answer is remembered for {@link #REMEMBERED_FOR}, so a busy session costs no database
 * read per request; disabling or deleting an account forgets it at once in this process, and
 * another process on the same database refuses it at most {@link #REMEMBERED_FOR} later. The last
 * activity is written at most once per {@link #PRECISION} per person, so a visit stays a read.
 */
@Singleton
public class Activity {

    /** How long an answer is taken on trust without asking the database again. */
    static final Duration REMEMBERED_FOR = Duration.ofSeconds(30);

    /** How stale the stored last activity may be before it is written again. */
    static final Duration PRECISION = Duration.ofHours(1);

    /** A person as read at {@code readAt}. */
    private record Known(boolean admitted, boolean admin, Optional<Instant> lastActive) {}

    private final PersonRepository people;
    private final Clock clock;
    private final Cache<Long, Known> known;

    Activity(PersonRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
        this.known = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(REMEMBERED_FOR)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /**
     * Whether the person may go on; notes their activity when it is an hour old.
     *
     * @return false for a disabled or deleted account
     */
    public boolean admits(PersonId person) {
        Known now = known.get(person.value(), this::read);
        if (!now.admitted()) {
            return false;
        }
        Instant instant = clock.instant();
        if (now.lastActive().isEmpty()
                || !instant.isBefore(now.lastActive().get().plus(PRECISION))) {
            people.noteActivity(person.value(), instant);
            known.put(person.value(), new Known(true, now.admin(), Optional.of(instant)));
        }
        return true;
    }

    /**
     * {@link #admits} when memory alone can answer and nothing needs writing; empty says nothing,
     * then call {@link #admits}.
     */
    public Optional<Boolean> admitsFromMemory(PersonId person) {
        Known now = known.getIfPresent(person.value());
        if (now == null
                || (now.admitted()
                        && (now.lastActive().isEmpty()
                                || !clock.instant()
                                        .isBefore(now.lastActive().get().plus(PRECISION))))) {
            return Optional.empty();
        }
        return Optional.of(now.admitted());
    }

    /** Whether the person is the administrator, as read at most {@link #REMEMBERED_FOR} ago: for menus, not for permission. */
    public boolean seemsAdmin(PersonId person) {
        Known now = known.get(person.value(), this::read);
        return now.admitted() && now.admin();
    }

    /** Notes a sign-in: the person is active now. */
    public void signedIn(PersonId person) {
        Instant instant = clock.instant();
        people.noteActivity(person.value(), instant);
        known.invalidate(person.value());
    }

    /** Forgets what is known of the person, after their account changed. */
    public void forget(PersonId person) {
        known.invalidate(person.value());
    }

    private Known read(long id) {
        return people.findById(id)
                .map(row -> new Known(!row.disabled(), row.admin(), Optional.ofNullable(row.lastActiveAt())))
                .orElse(new Known(false, false, Optional.empty()));
    }

    static Account toAccount(PersonRow row) {
        return new Account(
                new PersonId(row.id()),
                row.username(),
                row.createdAt(),
                Optional.ofNullable(row.lastActiveAt()),
                row.admin(),
                row.disabled());
    }
}
