package dev.unknot.app.tracker;

import dev.unknot.app.advice.AdviceService;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.own.DoseInput;
import dev.unknot.app.own.OwnExport;
import dev.unknot.app.own.OwnImport;
import dev.unknot.app.own.OwnRoutine;
import dev.unknot.app.own.OwnTechnique;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.plan.AppliedPlan;
import dev.unknot.app.plan.PlanService;
import dev.unknot.app.plugin.PluginOverview;
import dev.unknot.app.progress.ProgressReport;
import dev.unknot.app.progress.TodayStanding;
import dev.unknot.app.reminder.Channel;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.app.reminder.ReminderSettings;
import dev.unknot.app.reminder.TestReminderNotSentException;
import dev.unknot.app.safety.SafetyScreens;
import dev.unknot.app.transfer.ImportPlan;
import dev.unknot.app.transfer.ImportSummary;
import dev.unknot.core.advice.Advisory;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckInId;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.NamespacedId;
import dev.unknot.core.library.PillarId;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.plan.Plan;
import dev.unknot.core.plan.PlanItem;
import dev.unknot.core.plan.Planner;
import dev.unknot.core.plugin.Library;
import dev.unknot.core.plugin.PluginValidator;
import dev.unknot.core.reminder.QuietHours;
import dev.unknot.wire.Ids;
import dev.unknot.wire.Times;
import dev.unknot.wire.Tracker;
import dev.unknot.wire.checkin.Advice;
import dev.unknot.wire.checkin.AdvisoryEntry;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.checkin.CheckInEntry;
import dev.unknot.wire.checkin.CheckInResult;
import dev.unknot.wire.checkin.CheckIns;
import dev.unknot.wire.checkin.Recorded;
import dev.unknot.wire.checkin.StreakEntry;
import dev.unknot.wire.checkin.Undone;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import dev.unknot.wire.habit.HabitChangesBody;
import dev.unknot.wire.habit.HabitEntry;
import dev.unknot.wire.habit.Habits;
import dev.unknot.wire.habit.NewHabitBody;
import dev.unknot.wire.habit.PauseBody;
import dev.unknot.wire.habit.Paused;
import dev.unknot.wire.habit.ResumeBody;
import dev.unknot.wire.habit.Resumed;
import dev.unknot.wire.habit.ScheduleEntry;
import dev.unknot.wire.habit.SkipBody;
import dev.unknot.wire.habit.Skipped;
import dev.unknot.wire.habit.TemplateEntry;
import dev.unknot.wire.habit.Templates;
import dev.unknot.wire.habit.Unskipped;
import dev.unknot.wire.library.PillarEntry;
import dev.unknot.wire.library.Pillars;
import dev.unknot.wire.library.RoutineDetail;
import dev.unknot.wire.library.RoutineEntry;
import dev.unknot.wire.library.Routines;
import dev.unknot.wire.library.TechniqueDetail;
import dev.unknot.wire.library.Techniques;
import dev.unknot.wire.own.DoseBody;
import dev.unknot.wire.own.OwnExercisesEntry;
import dev.unknot.wire.own.OwnExported;
import dev.unknot.wire.own.OwnImported;
import dev.unknot.wire.own.OwnRoutineBody;
import dev.unknot.wire.own.OwnTechniqueBody;
import dev.unknot.wire.plan.Applied;
import dev.unknot.wire.plan.AssessmentBody;
import dev.unknot.wire.plan.CauseEntry;
import dev.unknot.wire.plan.PlanAnswersBody;
import dev.unknot.wire.plan.PlanAnswersEntry;
import dev.unknot.wire.plan.PlanItemEntry;
import dev.unknot.wire.plan.Proposal;
import dev.unknot.wire.plan.RoutineRef;
import dev.unknot.wire.plan.SkippedEntry;
import dev.unknot.wire.plan.TemplateRef;
import dev.unknot.wire.plugins.Plugins;
import dev.unknot.wire.reminder.CalendarLink;
import dev.unknot.wire.reminder.HabitReminders;
import dev.unknot.wire.reminder.HabitRemindersChange;
import dev.unknot.wire.reminder.ReminderSettingsChange;
import dev.unknot.wire.reminder.ReminderSettingsEntry;
import dev.unknot.wire.reminder.ReminderSnooze;
import dev.unknot.wire.reminder.ReminderSnoozed;
import dev.unknot.wire.reminder.ReminderTestSent;
import dev.unknot.wire.reminder.UpcomingReminder;
import dev.unknot.wire.reminder.UpcomingReminders;
import dev.unknot.wire.safety.SafetyAnswersBody;
import dev.unknot.wire.safety.SafetyScreenEntry;
import dev.unknot.wire.settings.Settings;
import dev.unknot.wire.settings.SettingsChange;
import dev.unknot.wire.stats.ChangeEntry;
import dev.unknot.wire.stats.HabitStats;
import dev.unknot.wire.stats.ReliefEntry;
import dev.unknot.wire.stats.Stats;
import dev.unknot.wire.stats.TrendPoint;
import dev.unknot.wire.today.AgendaEntry;
import dev.unknot.wire.today.Today;
import dev.unknot.wire.transfer.ImportHabit;
import dev.unknot.wire.transfer.ImportPreview;
import dev.unknot.wire.transfer.Imported;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The {@link Tracker} of one person, on the store's services: what the CLI runs in local mode and
 * what the REST API runs for a token's person. Made by {@link LocalTrackers}; one per command run
 * or per request (it remembers the person read first).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LocalTracker implements Tracker {

    private final LocalTrackers services;
    private final Supplier<Person> personSource;
    /** The person's id when it is known before the person is read (a token's person); else null. */
    private final PersonId knownId;

    private Person person;

    /**
     * @param knownId the person's id, when known without reading the person; else null
     * @param person read (or, for the local person, created) on first use
     */
    LocalTracker(LocalTrackers services, PersonId knownId, Supplier<Person> person) {
        this.services = services;
        this.knownId = knownId;
        this.personSource = person;
    }

    private PersonId id() {
        return knownId != null ? knownId : person().id();
    }

    private Person person() {
        if (person == null) {
            person = personSource.get();
        }
        return person;
    }

    private PersonalCalendar calendar() {
        return person().calendar();
    }

    /** Today in the person's own calendar (their time zone and day start). */
    private LocalDate day() {
        return calendar().today(services.clock.get());
    }

    /** The plugins' library with the person's own techniques and routines. */
    private Library library() {
        return services.catalogue.get().of(id());
    }

    /** The plugins' library alone, for what a person cannot make their own (pillars, templates, plans). */
    private Library shared() {
        return services.catalogue.get().shared();
    }

    // Settings

    @Override
    public Settings settings() {
        return Settings.of(calendar());
    }

    @Override
    public Settings changeSettings(SettingsChange change) {
        if (change.changesNothing()) {
            return settings();
        }
        PersonalCalendar now = calendar();
        PersonalCalendar changed = new PersonalCalendar(
                change.timeZone() == null
                        ? now.zone()
                        : setting("timeZone", () -> PersonService.zone(change.timeZone())),
                change.dayStart() == null
                        ? now.dayStart()
                        : setting("dayStart", () -> PersonService.dayStart(change.dayStart())));
        person = services.people.get().changeCalendar(id(), changed);
        return settings();
    }

    /** A setting read by the person service, its error naming the field of the wire's document. */
    private static <T> T setting(String field, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    // Today and advice

    @Override
    public Today today() {
        TodayStanding today = services.progress.get().today(id());
        return new Today(
                today.day().toString(),
                today.agenda().stream()
                        .map(item -> AgendaEntry.of(
                                item,
                                today.standings().get(item.habit().id()),
                                today.calendar().zone()))
                        .toList());
    }

    @Override
    public Advice advice() {
        return new Advice(warnings());
    }

    /** The advice the person is shown, as {@link AdviceService#shown} decides for every front end. */
    private List<AdvisoryEntry> warnings() {
        return warnings(person());
    }

    private List<AdvisoryEntry> warnings(Person person) {
        return warnings(services.advice.get().advice(person));
    }

    private static List<AdvisoryEntry> warnings(List<Advisory> advice) {
        return AdviceService.shown(advice).stream().map(AdvisoryEntry::of).toList();
    }

    // Habits

    @Override
    public Habits habits(boolean all) {
        List<Habit> habits = all
                ? services.habits.get().listAll(id())
                : services.habits.get().list(id());
        return new Habits(habits.stream().map(HabitEntry::of).toList());
    }

    private Habit habitOf(String id) {
        return services.habits.get().get(id(), Ids.habit(id));
    }

    @Override
    public HabitEntry habit(String id) {
        return HabitEntry.of(habitOf(id));
    }

    @Override
    public HabitEntry addHabit(NewHabitBody habit) {
        return HabitEntry.of(services.habits.get().create(id(), Requests.newHabit(habit)));
    }

    @Override
    public HabitEntry editHabit(String id, HabitChangesBody changes) {
        return HabitEntry.of(services.habits.get().edit(id(), habitOf(id).id(), Requests.changes(changes)));
    }

    @Override
    public HabitEntry archiveHabit(String id) {
        return HabitEntry.of(services.habits.get().archive(id(), habitOf(id).id()));
    }

    @Override
    public HabitEntry restoreHabit(String id) {
        return HabitEntry.of(services.habits.get().unarchive(id(), habitOf(id).id()));
    }

    @Override
    public Skipped skipHabit(String id, SkipBody day) {
        Habit habit = habitOf(id);
        LocalDate skipped = day.date().orElseGet(this::day);
        services.habits.get().skip(id(), habit.id(), skipped);
        return new Skipped(HabitEntry.of(habit), skipped.toString());
    }

    @Override
    public Paused pauseHabit(String id, PauseBody days) {
        Habit habit = habitOf(id);
        DateRange range = range(days);
        services.habits.get().pause(id(), habit.id(), range);
        return new Paused(
                List.of(HabitEntry.of(habit)),
                range.first().toString(),
                range.last().toString());
    }

    @Override
    public Paused pauseAll(PauseBody days) {
        DateRange range = range(days);
        List<Habit> paused = services.habits.get().pauseAll(id(), range);
        return new Paused(
                paused.stream().map(HabitEntry::of).toList(),
                range.first().toString(),
                range.last().toString());
    }

    @Override
    public Unskipped unskipHabit(String id, SkipBody day) {
        Habit habit = habitOf(id);
        LocalDate unskipped = day.date().orElseGet(this::day);
        boolean wasSkipped = services.habits.get().unskip(id(), habit.id(), unskipped);
        return new Unskipped(HabitEntry.of(habit), unskipped.toString(), wasSkipped);
    }

    @Override
    public Resumed resumeHabit(String id, ResumeBody from) {
        Habit habit = habitOf(id);
        LocalDate first = from.first().orElseGet(this::day);
        boolean resumed = services.habits.get().resume(id(), habit.id(), first);
        return new Resumed(resumed ? List.of(HabitEntry.of(habit)) : List.of(), first.toString());
    }

    @Override
    public Resumed resumeAll(ResumeBody from) {
        LocalDate first = from.first().orElseGet(this::day);
        List<Habit> resumed = services.habits.get().resumeAll(id(), first);
        return new Resumed(resumed.stream().map(HabitEntry::of).toList(), first.toString());
    }

    private DateRange range(PauseBody days) {
        LocalDate first = days.first().orElseGet(this::day);
        LocalDate last = days.last();
        if (last.isBefore(first)) {
            throw new InvalidInputException("to", "to " + last + " is before from " + first);
        }
        return new DateRange(first, last);
    }

    // Progress

    @Override
    public Stats progress(int weeks) {
        return stats(services.progress.get().report(id(), Optional.empty(), weeks, weeks * 7));
    }

    @Override
    public Stats progress(String habitId, int weeks) {
        return stats(services.progress.get().report(id(), Optional.of(Ids.habit(habitId)), weeks, weeks * 7));
    }

    private static Stats stats(ProgressReport report) {
        Map<HabitId, Habit> habits = new HashMap<>();
        report.habits().forEach(habit -> habits.put(habit.id(), habit));
        return new Stats(
                report.progress().stream()
                        .map(each -> HabitStats.of(habits.get(each.habit()), each))
                        .toList(),
                report.trend().stream().map(TrendPoint::of).toList(),
                report.whatHelps().stream().map(ReliefEntry::of).toList(),
                report.painTrend().stream().map(TrendPoint::of).toList(),
                report.tightnessChange().map(ChangeEntry::of).orElse(null),
                report.painChange().map(ChangeEntry::of).orElse(null));
    }

    // Check-ins

    @Override
    public CheckInResult checkIn(CheckInBody body) {
        CheckInService.Outcome outcome = services.checkIns.get().record(id(), Requests.checkIn(body, body.clientId()));
        return new CheckInResult(
                new Recorded(
                        CheckInEntry.of(outcome.checkIn(), outcome.habit(), outcome.calendar()),
                        StreakEntry.of(outcome.standing()),
                        warnings(outcome.advice())),
                outcome.created());
    }

    @Override
    public CheckIns checkIns(LocalDate from, LocalDate to, Optional<String> habitId) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "to " + to + " is before from " + from);
        }
        DateRange days = new DateRange(from, to);
        List<RecordedCheckIn> found = habitId.isPresent()
                ? services.checkIns.get().list(id(), habitOf(habitId.get()).id(), days)
                : services.checkIns.get().list(id(), days);
        Map<HabitId, Habit> habits = habitsById();
        return new CheckIns(found.stream()
                .map(each -> CheckInEntry.of(each, habits.get(each.checkIn().habit()), calendar()))
                .toList());
    }

    private Map<HabitId, Habit> habitsById() {
        return services.habits.get().listAll(id()).stream().collect(Collectors.toMap(Habit::id, Function.identity()));
    }

    private CheckInEntry entry(RecordedCheckIn recorded) {
        return CheckInEntry.of(
                recorded, services.habits.get().get(id(), recorded.checkIn().habit()), calendar());
    }

    @Override
    public CheckInEntry checkInById(String id) {
        return entry(services.checkIns.get().get(id(), Ids.checkIn(id)));
    }

    @Override
    public CheckInEntry editCheckIn(String id, CheckInBody body) {
        CheckInId checkIn = Ids.checkIn(id);
        return entry(services.checkIns.get().edit(id(), checkIn, Requests.checkIn(body, "")));
    }

    @Override
    public void deleteCheckIn(String id) {
        services.checkIns.get().delete(id(), Ids.checkIn(id));
    }

    @Override
    public Undone undoCheckIn() {
        Optional<RecordedCheckIn> removed = services.checkIns.get().undoLast(id());
        return new Undone(removed.map(each ->
                        CheckInEntry.of(each, habitsById().get(each.checkIn().habit()), calendar()))
                .orElse(null));
    }

    // Templates and plans

    @Override
    public Templates templates() {
        return new Templates(shared().habitTemplates().stream()
                .sorted(Comparator.comparing(template -> template.id().value()))
                .map(TemplateEntry::of)
                .toList());
    }

    @Override
    public Proposal proposePlan(AssessmentBody assessment) {
        Plan plan = plan(assessment);
        return proposal(plan, services.plans.get().existing(id(), plan), Optional.empty(), assessment);
    }

    @Override
    public Proposal applyPlan(AssessmentBody assessment) {
        Plan plan = plan(assessment);
        AppliedPlan applied = services.plans.get().apply(id(), plan);
        return proposal(plan, Map.of(), Optional.of(applied), assessment);
    }

    @Override
    public PlanAnswersEntry planAnswers() {
        return services.plans
                .get()
                .answers(id())
                .map(remembered -> new PlanAnswersEntry(
                        PlanAnswersBody.of(remembered.answers()),
                        remembered.answeredAt().toString()))
                .orElse(new PlanAnswersEntry(null, null));
    }

    // Safety screen

    @Override
    public SafetyScreenEntry safetyScreen() {
        return screen(services.screens.get().state(id()));
    }

    @Override
    public SafetyScreenEntry answerSafetyScreen(SafetyAnswersBody answers) {
        if (answers.putOff()) {
            services.screens.get().putOff(id());
        } else {
            services.screens.get().answer(id(), answers.symptoms());
        }
        return safetyScreen();
    }

    private SafetyScreenEntry screen(SafetyScreens.State state) {
        return new SafetyScreenEntry(
                SafetyScreenEntry.allQuestions(),
                state.toOffer(),
                state.answers()
                        .map(screen ->
                                Times.iso(screen.taken(), person().calendar().zone()))
                        .orElse(null),
                state.answers()
                        .map(screen -> screen.yes().stream().map(Symptom::id).toList())
                        .orElse(List.of()),
                warnings());
    }

    private static Proposal proposal(
            Plan plan, Map<String, Habit> existing, Optional<AppliedPlan> applied, AssessmentBody asked) {
        List<CauseEntry> causes = new ArrayList<>();
        for (Map.Entry<Cause, Double> cause : plan.causes().entrySet()) {
            causes.add(new CauseEntry(cause.getKey().id(), cause.getKey().label(), cause.getValue()));
        }
        List<PlanItemEntry> items = new ArrayList<>();
        for (PlanItem item : plan.items()) {
            items.add(new PlanItemEntry(
                    item.id(),
                    item.name(),
                    item.routine() ? "routine" : "template",
                    ScheduleEntry.of(item.schedule()),
                    item.causes().stream().map(Cause::id).toList(),
                    item.reason(),
                    Optional.ofNullable(existing.get(item.id()))
                            .map(HabitEntry::of)
                            .orElse(null)));
        }
        return new Proposal(
                causes,
                plan.habits().stream().map(TemplateRef::of).toList(),
                plan.routine()
                        .map(item -> new RoutineRef(item.id(), item.name()))
                        .orElse(null),
                applied.map(each -> new Applied(
                                each.created().stream().map(HabitEntry::of).toList(),
                                each.alreadyKept().stream().map(HabitEntry::of).toList(),
                                each.skipped().stream()
                                        .map(skipped -> new SkippedEntry(
                                                skipped.item().id(),
                                                skipped.item().name(),
                                                HabitEntry.of(skipped.existing())))
                                        .toList()))
                        .orElse(null),
                items,
                asked.answers());
    }

    private static Imported imported(ImportSummary summary) {
        return new Imported(summary.habits(), summary.checkIns(), summary.alreadyPresent());
    }

    /** The plan asked for: from the answers or the weights, then shaped; answers are remembered once all is well. */
    private Plan plan(AssessmentBody assessment) {
        PlanService plans = services.plans.get();
        Plan plan;
        if (assessment.answers() != null) {
            plan = plans.propose(assessment.answers().assessment());
        } else {
            try {
                plan = Planner.propose(assessment.weights(), shared());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("causes", e);
            }
        }
        Plan shaped = plans.shape(plan, new LinkedHashSet<>(assessment.untick()), assessment.scheduleByItem());
        if (assessment.answers() != null) {
            plans.remember(id(), assessment.answers().assessment());
        }
        return shaped;
    }

    // Export and import

    @Override
    public String exportJson() {
        return services.transfer.get().exportJson(id());
    }

    @Override
    public String exportCsv() {
        return services.transfer.get().exportCsv(id());
    }

    @Override
    public Imported importJson(String export) {
        return imported(services.transfer.get().importJson(id(), export));
    }

    @Override
    public Imported importCsv(String csv) {
        return imported(services.transfer.get().importCsv(id(), csv));
    }

    @Override
    public ImportPreview previewImport(byte[] file, String fileName) {
        return preview(services.imports.get().preview(id(), file, fileName));
    }

    @Override
    public Imported importFile(byte[] file, String fileName) {
        return imported(services.imports.get().apply(id(), file, fileName));
    }

    private static ImportPreview preview(ImportPlan plan) {
        return new ImportPreview(
                plan.kind().id(),
                plan.kind().label(),
                plan.habits().stream()
                        .map(habit -> new ImportHabit(
                                habit.name(),
                                habit.create(),
                                habit.schedule(),
                                habit.metric(),
                                habit.archived(),
                                habit.checkIns(),
                                habit.alreadyPresent(),
                                habit.skippedDays(),
                                habit.first().map(LocalDate::toString).orElse(null),
                                habit.last().map(LocalDate::toString).orElse(null),
                                habit.mapping().orElse(null),
                                habit.reminder().orElse(null)))
                        .toList(),
                plan.habitsToCreate(),
                plan.checkIns(),
                plan.alreadyPresent(),
                plan.first().map(LocalDate::toString).orElse(null),
                plan.last().map(LocalDate::toString).orElse(null),
                plan.notMapped());
    }

    // The library: no database needed

    @Override
    public Pillars pillars() {
        Library library = shared();
        return new Pillars(library.pillars().stream()
                .map(pillar -> PillarEntry.of(pillar, library))
                .toList());
    }

    @Override
    public Techniques techniques(Optional<String> pillar) {
        // The plugins' library: a person's own are listed by ownExercises, so that listing the
        // library needs no database.
        Library library = shared();
        if (pillar.isEmpty()) {
            return new Techniques(
                    library.techniques().stream().map(TechniqueDetail::of).toList());
        }
        PillarId id = parse(() -> PillarId.of(pillar.get()), "pillar", pillar.get());
        library.pillar(id).orElseThrow(() -> new NotFoundException("pillar", pillar.get()));
        return new Techniques(
                library.techniques(id).stream().map(TechniqueDetail::of).toList());
    }

    @Override
    public TechniqueDetail technique(String id) {
        TechniqueId techniqueId = parse(() -> TechniqueId.of(id), "technique", id);
        return TechniqueDetail.of(libraryFor(techniqueId)
                .technique(techniqueId)
                .orElseThrow(() -> new NotFoundException("technique", id)));
    }

    @Override
    public Routines routines() {
        Library library = shared();
        return new Routines(library.routines().stream()
                .map(routine -> RoutineEntry.of(routine, library))
                .toList());
    }

    @Override
    public RoutineDetail routine(String id) {
        RoutineId routineId = parse(() -> RoutineId.of(id), "routine", id);
        Library library = libraryFor(routineId);
        return RoutineDetail.of(
                library.routine(routineId).orElseThrow(() -> new NotFoundException("routine", id)), library);
    }

    /**
     * The person's library for one of their own ids ({@code my/...}), else the plugins' alone: a
     * plugin's technique is looked up without opening the database.
     */
    private Library libraryFor(NamespacedId id) {
        return id.namespace().equals(PluginValidator.PERSONAL_NAMESPACE) ? library() : shared();
    }

    @Override
    public Plugins plugins() {
        PluginOverview overview = services.plugins.get().plugins();
        return Plugins.of(
                overview.loaded(),
                overview.failed(),
                overview.degraded(),
                overview.pluginsDir().toString());
    }

    // A person's own techniques and routines

    @Override
    public OwnExercisesEntry ownExercises() {
        var own = services.own.get().list(id());
        Library library = library();
        return new OwnExercisesEntry(
                own.techniques().stream().map(TechniqueDetail::of).toList(),
                own.routines().stream()
                        .map(routine -> RoutineDetail.of(routine, library))
                        .toList());
    }

    @Override
    public TechniqueDetail addOwnTechnique(OwnTechniqueBody technique) {
        return TechniqueDetail.of(services.own.get().createTechnique(id(), ownTechnique(technique)));
    }

    @Override
    public TechniqueDetail editOwnTechnique(String techniqueId, OwnTechniqueBody changes) {
        return TechniqueDetail.of(services.own.get().editTechnique(id(), techniqueId, ownTechnique(changes)));
    }

    @Override
    public RoutineDetail addOwnRoutine(OwnRoutineBody routine) {
        return RoutineDetail.of(services.own.get().createRoutine(id(), ownRoutine(routine)), library());
    }

    @Override
    public RoutineDetail editOwnRoutine(String routineId, OwnRoutineBody changes) {
        return RoutineDetail.of(services.own.get().editRoutine(id(), routineId, ownRoutine(changes)), library());
    }

    @Override
    public void removeOwn(String ownId) {
        services.own.get().remove(id(), ownId);
    }

    @Override
    public OwnExported exportOwn(Optional<String> pluginId) {
        OwnExport export = services.own.get().export(id(), pluginId);
        return new OwnExported(export.fileName(), export.text(), export.techniques(), export.routines());
    }

    @Override
    public OwnImported importOwn(String file) {
        OwnImport report = services.own.get().importFile(id(), file);
        return new OwnImported(
                report.added().stream().map(LocalTracker::item).toList(),
                report.skipped().stream().map(LocalTracker::item).toList());
    }

    private static OwnImported.Item item(OwnImport.Item item) {
        return new OwnImported.Item(item.kind(), item.name(), item.id(), item.reason());
    }

    private static OwnTechnique ownTechnique(OwnTechniqueBody body) {
        if (body == null) {
            throw new InvalidInputException("technique", "send the technique's fields as a JSON object");
        }
        return new OwnTechnique(
                body.name(),
                body.summary(),
                body.pillar(),
                body.steps(),
                dose(body.dose()),
                body.eachSide(),
                body.bodyAreas(),
                body.cautions(),
                body.equipment());
    }

    private static OwnRoutine ownRoutine(OwnRoutineBody body) {
        if (body == null) {
            throw new InvalidInputException("routine", "send the routine's fields as a JSON object");
        }
        return new OwnRoutine(
                body.name(),
                body.summary(),
                body.steps() == null
                        ? null
                        : body.steps().stream()
                                .map(step -> step == null
                                        ? new OwnRoutine.Step(null, null)
                                        : new OwnRoutine.Step(step.technique(), dose(step.dose())))
                                .toList());
    }

    private static DoseInput dose(DoseBody body) {
        return body == null ? null : new DoseInput(body.kind(), body.from(), body.to(), body.count(), body.unit());
    }

    /** An id that cannot be one names nothing: the same answer as an unknown id. */
    private static <T> T parse(Supplier<T> id, String what, String text) {
        try {
            return id.get();
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what, text);
        }
    }

    // Reminders

    @Override
    public HabitReminders habitReminders(String habitId) {
        Habit habit = habitOf(habitId);
        return new HabitReminders(
                Ids.of(habit.id()),
                services.reminders.get().times(id(), habit.id()).text());
    }

    @Override
    public HabitReminders changeHabitReminders(String habitId, HabitRemindersChange change) {
        if (change == null || change.remind() == null) {
            throw new InvalidInputException("remind", "say off, slots or times such as 09:00,14:00");
        }
        Habit habit = habitOf(habitId);
        return new HabitReminders(
                Ids.of(habit.id()),
                services.reminders
                        .get()
                        .changeTimes(id(), habit.id(), ReminderService.parseTimes(change.remind()))
                        .text());
    }

    @Override
    public ReminderSettingsEntry reminderSettings() {
        ReminderService reminders = services.reminders.get();
        return reminderSettingsEntry(reminders.settings(id()));
    }

    private ReminderSettingsEntry reminderSettingsEntry(ReminderSettings settings) {
        ReminderService reminders = services.reminders.get();
        return new ReminderSettingsEntry(
                settings.channels().stream().map(Channel::text).sorted().toList(),
                settings.email().orElse(null),
                settings.ntfyTopic().map(Object::toString).orElse(null),
                settings.quiet()
                        .map(quiet -> quiet.from() + "-" + quiet.until())
                        .orElse(null),
                reminders.calendarSecret(id()).map(LocalTracker::calendarPath).orElse(null),
                reminders.emailUnavailable().orElse(null));
    }

    @Override
    public ReminderSettingsEntry changeReminderSettings(ReminderSettingsChange change) {
        if (change == null) {
            return reminderSettings();
        }
        ReminderService reminders = services.reminders.get();
        ReminderSettings kept = reminders.settings(id());
        java.util.Set<Channel> channels = kept.channels();
        if (change.channels() != null) {
            channels = java.util.EnumSet.noneOf(Channel.class);
            for (String channel : change.channels()) {
                try {
                    channels.add(Channel.parse(channel == null ? "" : channel));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("channels", e);
                }
            }
        }
        Optional<String> email = change.email() == null
                ? kept.email()
                : Optional.of(change.email()).filter(text -> !text.isBlank());
        Optional<java.net.URI> topic = kept.ntfyTopic();
        if (change.ntfyTopic() != null) {
            try {
                String text = change.ntfyTopic().strip();
                topic = text.isEmpty() ? Optional.empty() : Optional.of(java.net.URI.create(text));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(
                        "ntfyTopic", "an ntfy topic's address looks like https://ntfy.sh/your-topic");
            }
        }
        Optional<QuietHours> quiet = change.quietHours() == null ? kept.quiet() : quietHours(change.quietHours());
        return reminderSettingsEntry(
                reminders.changeSettings(id(), new ReminderSettings(channels, email, topic, quiet, kept.inApp())));
    }

    private static Optional<QuietHours> quietHours(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.strip().split("-", -1);
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("not two times");
            }
            return Optional.of(new QuietHours(
                    java.time.LocalTime.parse(parts[0].strip()), java.time.LocalTime.parse(parts[1].strip())));
        } catch (RuntimeException e) {
            throw new InvalidInputException(
                    "quietHours", "quiet hours look like 22:00-07:00 (from-until, HH:MM), or empty for none");
        }
    }

    private static String calendarPath(String secret) {
        return "/calendar/" + secret + ".ics";
    }

    @Override
    public CalendarLink newCalendarLink() {
        return new CalendarLink(calendarPath(services.reminders.get().newCalendarSecret(id())));
    }

    @Override
    public UpcomingReminders upcomingReminders(int hours) {
        java.time.ZoneId zone = calendar().zone();
        List<UpcomingReminder> reminders = services.reminders.get().upcoming(id(), hours).stream()
                .map(next -> new UpcomingReminder(
                        next.reminder().due().toString(),
                        java.time.LocalDateTime.ofInstant(next.reminder().due(), zone)
                                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                                .toString(),
                        Ids.of(next.reminder().habit().id()),
                        next.reminder().habit().name(),
                        next.channels().stream().map(Channel::text).sorted().toList()))
                .toList();
        return new UpcomingReminders(hours, reminders);
    }

    @Override
    public ReminderTestSent sendTestReminder(String channel) {
        Channel chosen;
        try {
            chosen = Channel.parse(channel == null ? "" : channel);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("channel", e);
        }
        try {
            services.delivery.get().sendTest(id(), chosen);
        } catch (TestReminderNotSentException e) {
            throw new ConflictException(e.getMessage());
        }
        return new ReminderTestSent(chosen.text());
    }

    @Override
    public ReminderSnoozed snoozeReminder(String habitId, ReminderSnooze snooze) {
        Habit habit = habitOf(habitId);
        if (snooze == null || snooze.minutes() == null) {
            throw new InvalidInputException("minutes", "say for how long to snooze: 10 or 60 minutes");
        }
        java.time.Instant until = services.reminderActions.get().snooze(id(), habit.id(), snooze.minutes());
        return new ReminderSnoozed(
                Ids.of(habit.id()),
                until.toString(),
                java.time.LocalDateTime.ofInstant(until, calendar().zone())
                        .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                        .toString());
    }

    @Override
    public CheckInResult reminderDone(String habitId) {
        CheckInService.Outcome outcome =
                services.reminderActions.get().done(id(), habitOf(habitId).id());
        return new CheckInResult(
                new Recorded(
                        CheckInEntry.of(outcome.checkIn(), outcome.habit(), outcome.calendar()),
                        StreakEntry.of(outcome.standing()),
                        warnings(outcome.advice())),
                outcome.created());
    }
}
