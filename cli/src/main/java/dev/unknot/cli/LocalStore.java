package dev.unknot.cli;

import dev.unknot.core.plugin.Library;
import dev.unknot.store.advice.AdviceService;
import dev.unknot.store.checkin.CheckInService;
import dev.unknot.store.habit.HabitService;
import dev.unknot.store.person.Person;
import dev.unknot.store.person.PersonService;
import dev.unknot.store.plan.PlanService;
import dev.unknot.store.progress.ProgressService;
import dev.unknot.store.transfer.TransferService;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The store's services for the person at this terminal ({@link PersonService#local()}). Nothing is
 * created, and the database is not opened, until a command first asks: Picocli builds every
 * subcommand up front, and {@code unknot pillars} must not pay for a database.
 */
@Prototype
public final class LocalStore {

    private final BeanProvider<PersonService> people;
    private final BeanProvider<HabitService> habits;
    private final BeanProvider<CheckInService> checkIns;
    private final BeanProvider<ProgressService> progress;
    private final BeanProvider<AdviceService> advice;
    private final BeanProvider<PlanService> plans;
    private final BeanProvider<TransferService> transfer;
    private final BeanProvider<Library> library;
    private final BeanProvider<Clock> clock;
    private Person person;

    LocalStore(BeanProvider<PersonService> people, BeanProvider<HabitService> habits,
            BeanProvider<CheckInService> checkIns, BeanProvider<ProgressService> progress,
            BeanProvider<AdviceService> advice, BeanProvider<PlanService> plans,
            BeanProvider<TransferService> transfer, BeanProvider<Library> library, BeanProvider<Clock> clock) {
        this.people = people;
        this.habits = habits;
        this.checkIns = checkIns;
        this.progress = progress;
        this.advice = advice;
        this.plans = plans;
        this.transfer = transfer;
        this.library = library;
        this.clock = clock;
    }

    /** The local person, created with the system's time zone on first use. */
    public Person person() {
        if (person == null) {
            person = people.get().local();
        }
        return person;
    }

    /** Forgets the person read so far, after their settings changed. */
    public void refresh() {
        person = null;
    }

    public PersonService people() {
        return people.get();
    }

    public HabitService habits() {
        return habits.get();
    }

    public CheckInService checkIns() {
        return checkIns.get();
    }

    public ProgressService progress() {
        return progress.get();
    }

    public AdviceService advice() {
        return advice.get();
    }

    public PlanService plans() {
        return plans.get();
    }

    public TransferService transfer() {
        return transfer.get();
    }

    public Library library() {
        return library.get();
    }

    public Clock clock() {
        return clock.get();
    }

    /** Today in the person's own calendar (their time zone and day start). */
    public LocalDate today() {
        return person().calendar().today(clock());
    }
}
