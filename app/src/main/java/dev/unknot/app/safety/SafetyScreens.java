package dev.unknot.app.safety;

import dev.unknot.app.change.Changes;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.core.advice.SafetyScreen;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.store.safety.SafetyScreenRepository;
import dev.unknot.store.safety.SafetyScreenRow;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Each person's safety screen ({@link SafetyScreen}): offered once at the start, by every front
 * end alike, until it is answered or put off; retaken whenever the person likes; its yes answers
 * feed the red flags ({@link dev.unknot.core.advice.RedFlags}) until it is taken again.
 */
@Singleton
public class SafetyScreens {

    /** Whether the screen is still to be offered, and the answers last given. */
    public record State(boolean toOffer, Optional<SafetyScreen> answers) {}

    private final SafetyScreenRepository screens;
    private final PersonService people;
    private final Changes changes;
    private final Clock clock;

    SafetyScreens(SafetyScreenRepository screens, PersonService people, Changes changes, Clock clock) {
        this.screens = screens;
        this.people = people;
        this.changes = changes;
        this.clock = clock;
    }

    /** The person's screen as last answered; empty when never answered (or only put off). */
    @Transactional(readOnly = true)
    public Optional<SafetyScreen> answers(PersonId person) {
        return screens.findById(person.value())
                .filter(SafetyScreenRow::answered)
                .map(SafetyScreens::screen);
    }

    /**
     * Whether to offer the screen, and the answers last given.
     *
     * @throws dev.unknot.wire.error.NotFoundException when the person does not exist
     */
    @Transactional(readOnly = true)
    public State state(PersonId person) {
        people.get(person);
        Optional<SafetyScreenRow> row = screens.findById(person.value());
        return new State(row.isEmpty(), row.filter(SafetyScreenRow::answered).map(SafetyScreens::screen));
    }

    /**
     * Keeps the person's answers, replacing any earlier ones.
     *
     * @param yes the symptoms answered yes, each one the screen asks about
     * @throws InvalidInputException naming {@code yes} when one is not a screen question
     */
    @Transactional
    public SafetyScreen answer(PersonId person, Set<Symptom> yes) {
        people.get(person);
        for (Symptom symptom : yes) {
            if (!SafetyScreen.QUESTIONS.contains(symptom)) {
                throw new InvalidInputException(
                        "yes",
                        "yes must be among "
                                + ids(SafetyScreen.QUESTIONS.stream().collect(Collectors.toSet())) + ", was '"
                                + symptom.id() + "'");
            }
        }
        SafetyScreen screen = new SafetyScreen(clock.instant().truncatedTo(ChronoUnit.MICROS), yes);
        write(new SafetyScreenRow(person.value(), true, ids(screen.yes()), screen.taken()));
        return screen;
    }

    /** Notes that the screen was offered and put off: it is not offered at every start, only from the plan. */
    @Transactional
    public void putOff(PersonId person) {
        people.get(person);
        if (screens.findById(person.value()).isEmpty()) {
            write(new SafetyScreenRow(person.value(), false, "", clock.instant().truncatedTo(ChronoUnit.MICROS)));
        }
    }

    private void write(SafetyScreenRow row) {
        if (screens.findById(row.personId()).isPresent()) {
            screens.update(row);
        } else {
            screens.save(row);
        }
        // The advice changes with the answers.
        changes.ofPerson(row.personId());
    }

    private static SafetyScreen screen(SafetyScreenRow row) {
        Set<Symptom> yes = EnumSet.noneOf(Symptom.class);
        Arrays.stream(row.yes().split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .forEach(id -> Symptom.ofId(id).ifPresent(yes::add));
        return new SafetyScreen(row.takenAt(), yes);
    }

    private static String ids(Set<Symptom> symptoms) {
        return symptoms.stream().sorted().map(Symptom::id).collect(Collectors.joining(","));
    }
}
