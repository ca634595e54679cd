package dev.unknot.app.change;

import dev.unknot.core.habit.HabitId;
import dev.unknot.store.person.PersonRepository;
import dev.unknot.store.standing.StandingRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * What every change to a person's data does besides itself, in the changing transaction: raises
 * the person's revision, so that whatever a process keeps of theirs is seen to be stale, and
 * forgets the kept standings (see {@code dev.unknot.app.progress.Standings}) that the change
 * touches. Each service that changes a person's data calls one of these once per change.
 *
 * <p>The revision is raised first: it locks the person's row, which is what a process that keeps
 * a standing takes before it writes one, so the two never interleave.
 */
@Singleton
public class Changes {

    private final PersonRepository people;
    private final StandingRepository standings;

    Changes(PersonRepository people, StandingRepository standings) {
        this.people = people;
        this.standings = standings;
    }

    /** Something of the habit on {@code day} or later changed: a check-in, a skip or a pause. */
    @Transactional
    public void ofDaysFrom(long person, HabitId habit, LocalDate day) {
        people.raiseRevision(person);
        standings.forgetFrom(habit.value(), day);
    }

    /** What counts as done on the habit's days changed: its schedule, metric or first day. */
    @Transactional
    public void ofHabit(long person, HabitId habit) {
        people.raiseRevision(person);
        standings.forgetHabit(habit.value());
    }

    /** The person's calendar changed, which moves every check-in's day. */
    @Transactional
    public void ofCalendar(long person) {
        people.raiseRevision(person);
        standings.forgetPerson(person);
    }

    /** A change that no standing depends on: a name, a status, a new habit. */
    @Transactional
    public void ofPerson(long person) {
        people.raiseRevision(person);
    }
}
