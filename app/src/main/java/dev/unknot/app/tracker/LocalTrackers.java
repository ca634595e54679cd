package dev.unknot.app.tracker;

import dev.unknot.app.UnknotPaths;
import dev.unknot.app.advice.AdviceService;
import dev.unknot.app.catalogue.Catalogue;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.own.OwnExercises;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.plan.PlanService;
import dev.unknot.app.plugin.PluginService;
import dev.unknot.app.progress.ProgressService;
import dev.unknot.app.reminder.ReminderActions;
import dev.unknot.app.reminder.ReminderDelivery;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.app.safety.SafetyScreens;
import dev.unknot.app.transfer.HistoryImport;
import dev.unknot.app.transfer.TransferService;
import dev.unknot.core.plugin.PluginRegistry;
import dev.unknot.store.db.Transactions;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.apiguardian.api.API;

/**
 * Makes the {@link LocalTracker} of one person: the CLI's local person, or the person an API
 * token belongs to. Nothing is created, and no database opened, until a tracker is first asked
 * something that needs it: {@code unknot pillars} must not pay for a database.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Singleton
public class LocalTrackers {

    final BeanProvider<PersonService> people;
    final BeanProvider<HabitService> habits;
    final BeanProvider<CheckInService> checkIns;
    final BeanProvider<ProgressService> progress;
    final BeanProvider<AdviceService> advice;
    final BeanProvider<PlanService> plans;
    final BeanProvider<SafetyScreens> screens;
    final BeanProvider<TransferService> transfer;
    final BeanProvider<HistoryImport> imports;
    final BeanProvider<Catalogue> catalogue;
    final BeanProvider<OwnExercises> own;
    final BeanProvider<PluginRegistry> registry;
    final BeanProvider<PluginService> plugins;
    final BeanProvider<UnknotPaths> paths;
    final BeanProvider<Clock> clock;
    final BeanProvider<Transactions> transactions;
    final BeanProvider<ReminderService> reminders;
    final BeanProvider<ReminderDelivery> delivery;
    final BeanProvider<ReminderActions> reminderActions;

    LocalTrackers(
            BeanProvider<PersonService> people,
            BeanProvider<HabitService> habits,
            BeanProvider<CheckInService> checkIns,
            BeanProvider<ProgressService> progress,
            BeanProvider<AdviceService> advice,
            BeanProvider<PlanService> plans,
            BeanProvider<SafetyScreens> screens,
            BeanProvider<TransferService> transfer,
            BeanProvider<HistoryImport> imports,
            BeanProvider<Catalogue> catalogue,
            BeanProvider<OwnExercises> own,
            BeanProvider<PluginRegistry> registry,
            BeanProvider<PluginService> plugins,
            BeanProvider<UnknotPaths> paths,
            BeanProvider<Clock> clock,
            BeanProvider<Transactions> transactions,
            BeanProvider<ReminderService> reminders,
            BeanProvider<ReminderDelivery> delivery,
            BeanProvider<ReminderActions> reminderActions) {
        this.people = people;
        this.habits = habits;
        this.checkIns = checkIns;
        this.progress = progress;
        this.advice = advice;
        this.plans = plans;
        this.screens = screens;
        this.transfer = transfer;
        this.imports = imports;
        this.catalogue = catalogue;
        this.own = own;
        this.registry = registry;
        this.plugins = plugins;
        this.paths = paths;
        this.clock = clock;
        this.transactions = transactions;
        this.reminders = reminders;
        this.delivery = delivery;
        this.reminderActions = reminderActions;
    }

    /** The tracker of {@code person}, e.g. the one an API token names. */
    public LocalTracker forPerson(PersonId person) {
        return new LocalTracker(this, person, () -> people.get().get(person));
    }

    /** The tracker of the person at this terminal ({@link PersonService#local()}), created on first use. */
    public LocalTracker forLocalPerson() {
        return new LocalTracker(this, null, () -> people.get().local());
    }
}
