package dev.unknot.app.tracker;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.plan.AppliedPlan;
import dev.unknot.app.transfer.ImportSummary;
import dev.unknot.core.advice.Advisory;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.library.Cause;
import dev.unknot.core.library.PillarId;
import dev.unknot.core.library.RoutineId;
import dev.unknot.core.library.TechniqueId;
import dev.unknot.core.plan.Plan;
import dev.unknot.core.plan.Planner;
import dev.unknot.core.plugin.Library;
import dev.unknot.core.progress.AgendaItem;
import dev.unknot.core.progress.HabitProgress;
import dev.unknot.wire.Ids;
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
import dev.unknot.wire.plan.Applied;
import dev.unknot.wire.plan.AssessmentBody;
import dev.unknot.wire.plan.CauseEntry;
import dev.unknot.wire.plan.Proposal;
import dev.unknot.wire.plan.RoutineRef;
import dev.unknot.wire.plan.TemplateRef;
import dev.unknot.wire.plugins.Plugins;
import dev.unknot.wire.settings.Settings;
import dev.unknot.wire.settings.SettingsChange;
import dev.unknot.wire.stats.HabitStats;
import dev.unknot.wire.stats.ReliefEntry;
import dev.unknot.wire.stats.Stats;
import dev.unknot.wire.stats.TrendPoint;
import dev.unknot.wire.today.AgendaEntry;
import dev.unknot.wire.today.Today;
import dev.unknot.wire.transfer.Imported;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
        return person().id();
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

    private Library library() {
        return services.library.get();
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
        PersonId id = id();
        List<AgendaItem> agenda = services.progress.get().agenda(id);
        Map<HabitId, HabitProgress> progress = services.progress.get().progress(id).stream()
                .collect(Collectors.toMap(HabitProgress::habit, Function.identity()));
        return new Today(
                day().toString(),
                agenda.stream()
                        .map(item -> AgendaEntry.of(
                                item,
                                progress.get(item.habit().id()),
                                calendar().zone()))
                        .toList());
    }

    @Override
    public Advice advice() {
        return new Advice(warnings());
    }

    /** Caution and urgent advice, most urgent first. */
    private List<AdvisoryEntry> warnings() {
        return warnings(person());
    }

    private List<AdvisoryEntry> warnings(Person person) {
        return warnings(services.advice.get().advice(person));
    }

    /** The warnings for a person whose habits, all of them, the caller has read already. */
    private List<AdvisoryEntry> warnings(Person person, List<Habit> habits) {
        return warnings(services.advice.get().advice(person, habits));
    }

    private static List<AdvisoryEntry> warnings(List<Advisory> advice) {
        return advice.stream()
                .filter(advisory -> advisory.severity() != Advisory.Severity.INFO)
                .sorted(Comparator.comparing(Advisory::severity).reversed())
                .map(AdvisoryEntry::of)
                .toList();
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
        Habit habit = habitOf(id);
        if (changes.changesNothing()) {
            throw new InvalidInputException("changes", "nothing to change: give a name, schedule, metric or startsOn");
        }
        return HabitEntry.of(services.habits.get().edit(id(), habit.id(), Requests.changes(changes)));
    }

    @Override
    public HabitEntry archiveHabit(String id) {
        return HabitEntry.of(services.habits.get().archive(id(), habitOf(id).id()));
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
        checkWeeks(weeks);
        Map<Long, HabitProgress> progress = new HashMap<>();
        services.progress
                .get()
                .progress(id())
                .forEach(each -> progress.put(each.habit().value(), each));
        return stats(services.habits.get().list(id()), progress, weeks);
    }

    @Override
    public Stats progress(String habitId, int weeks) {
        checkWeeks(weeks);
        Habit habit = habitOf(habitId);
        Map<Long, HabitProgress> progress = new HashMap<>();
        progress.put(habit.id().value(), services.progress.get().progress(id(), habit.id()));
        return stats(List.of(habit), progress, weeks);
    }

    private Stats stats(List<Habit> shown, Map<Long, HabitProgress> progress, int weeks) {
        List<Habit> all = services.habits.get().listAll(id());
        LocalDate firstMonday =
                day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        return new Stats(
                shown.stream()
                        .filter(each -> progress.containsKey(each.id().value()))
                        .map(each -> HabitStats.of(each, progress.get(each.id().value()), firstMonday))
                        .toList(),
                services.progress.get().tightnessTrend(id(), weeks * 7).stream()
                        .map(TrendPoint::of)
                        .toList(),
                services.progress.get().relief(id()).stream()
                        .map(each -> ReliefEntry.of(each, all))
                        .toList());
    }

    private static void checkWeeks(int weeks) {
        if (weeks < Stats.MIN_WEEKS || weeks > Stats.MAX_WEEKS) {
            throw new InvalidInputException(
                    "weeks", "weeks must be between " + Stats.MIN_WEEKS + " and " + Stats.MAX_WEEKS + ", was " + weeks);
        }
    }

    // Check-ins

    @Override
    public CheckInResult checkIn(CheckInBody body) {
        String clientId = body.clientId() == null ? "" : body.clientId().strip();
        if (clientId.isEmpty()) {
            throw new InvalidInputException(
                    "clientId",
                    "clientId is required: an id of your choosing, such as a UUID,"
                            + " so that a retry is recorded once");
        }
        // One transaction on one connection: the person and their habits are read once and handed
        // on (the habit checked in, with its skips and pauses, for the streak; all of them for
        // advice), and the streak and advice of the answer see the new check-in in the cached
        // history instead of reading it all again.
        return services.transactions.get().inOne(() -> {
            Person person = person();
            List<HabitDetails> all = services.habits.get().detailsOfAll(person.id());
            HabitDetails details = all.stream()
                    .filter(each -> each.habit().id().equals(body.habitId()))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("habit", body.habitId()));
            Habit habit = details.habit();
            CheckInRequest request = Requests.checkIn(body, clientId, defaultAmount(habit));
            CheckInService.Outcome outcome = services.checkIns.get().record(person, habit, request);
            if (!outcome.created() && !sameValues(outcome.checkIn().checkIn(), body)) {
                throw new ConflictException("client id " + clientId + " was recorded before with other values");
            }
            return answer(person, all, details, outcome.checkIn(), outcome.created());
        });
    }

    /** The answer to a check-in: it, the habit's streak and the person's warnings, with the check-in counted. */
    private CheckInResult answer(
            Person person, List<HabitDetails> all, HabitDetails details, RecordedCheckIn recorded, boolean created) {
        Habit habit = details.habit();
        HabitProgress progress = services.progress.get().progress(person, details);
        return new CheckInResult(
                new Recorded(
                        CheckInEntry.of(recorded, habit, person.calendar()),
                        StreakEntry.of(progress),
                        warnings(person, all.stream().map(HabitDetails::habit).toList())),
                created);
    }

    /** 1, or the daily target of a measured habit. */
    private static double defaultAmount(Habit habit) {
        return habit.metric() instanceof Metric.Measured measured ? measured.dailyTarget() : 1;
    }

    /**
     * Whether a retry asks for what was recorded: every value it names is the stored one. A value
     * it leaves out (null) is not compared, so that a client may re-send a shorter body; its time
     * is compared to the second.
     */
    private static boolean sameValues(CheckIn stored, CheckInBody retry) {
        return stored.habit().equals(retry.habitId())
                && (retry.amount() == null || Double.compare(stored.amount(), retry.amount()) == 0)
                && (retry.durationSeconds() == null
                        || stored.duration().map(Duration::toSeconds).equals(Optional.of(retry.durationSeconds())))
                && (retry.before() == null
                        || stored.before().map(Tightness::level).equals(Optional.of(retry.before())))
                && (retry.after() == null
                        || stored.after().map(Tightness::level).equals(Optional.of(retry.after())))
                && (retry.note() == null || stored.note().equals(retry.note().strip()))
                && (retry.symptoms().isEmpty()
                        || stored.symptoms()
                                .equals(Requests.checkIn(retry, "-", 1).symptoms()))
                && retry.instant()
                        .map(at -> at.truncatedTo(ChronoUnit.SECONDS)
                                .equals(stored.at().truncatedTo(ChronoUnit.SECONDS)))
                        .orElse(true);
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
        RecordedCheckIn existing = services.checkIns.get().get(id(), Ids.checkIn(id));
        Habit habit = services.habits.get().get(id(), body.habitId());
        CheckInRequest request = Requests.checkIn(body, existing.checkIn().clientId(), defaultAmount(habit));
        if (request.at().isEmpty()) {
            // An edit that names no time keeps the check-in's.
            request = request.at(existing.checkIn().at());
        }
        return entry(services.checkIns.get().edit(id(), existing.id(), request));
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
        return new Templates(library().habitTemplates().stream()
                .sorted(Comparator.comparing(template -> template.id().value()))
                .map(TemplateEntry::of)
                .toList());
    }

    @Override
    public Proposal proposePlan(AssessmentBody assessment) {
        return proposal(plan(assessment), Optional.empty());
    }

    @Override
    public Proposal applyPlan(AssessmentBody assessment) {
        Plan plan = plan(assessment);
        return proposal(plan, Optional.of(services.plans.get().apply(id(), plan)));
    }

    private static Proposal proposal(Plan plan, Optional<AppliedPlan> applied) {
        List<CauseEntry> causes = new ArrayList<>();
        for (Map.Entry<Cause, Double> cause : plan.causes().entrySet()) {
            causes.add(new CauseEntry(cause.getKey().id(), cause.getKey().label(), cause.getValue()));
        }
        return new Proposal(
                causes,
                plan.habits().stream().map(TemplateRef::of).toList(),
                plan.routine().map(RoutineRef::of).orElse(null),
                applied.map(each -> new Applied(
                                each.created().stream().map(HabitEntry::of).toList(),
                                each.alreadyKept().stream().map(HabitEntry::of).toList()))
                        .orElse(null));
    }

    private static Imported imported(ImportSummary summary) {
        return new Imported(summary.habits(), summary.checkIns(), summary.alreadyPresent());
    }

    private Plan plan(AssessmentBody assessment) {
        try {
            return Planner.propose(assessment.weights(), library());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("causes", e);
        }
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

    // The library: no database needed

    @Override
    public Pillars pillars() {
        Library library = library();
        return new Pillars(library.pillars().stream()
                .map(pillar -> PillarEntry.of(pillar, library))
                .toList());
    }

    @Override
    public Techniques techniques(Optional<String> pillar) {
        Library library = library();
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
        return TechniqueDetail.of(
                library().technique(techniqueId).orElseThrow(() -> new NotFoundException("technique", id)));
    }

    @Override
    public Routines routines() {
        Library library = library();
        return new Routines(library.routines().stream()
                .map(routine -> RoutineEntry.of(routine, library))
                .toList());
    }

    @Override
    public RoutineDetail routine(String id) {
        RoutineId routineId = parse(() -> RoutineId.of(id), "routine", id);
        Library library = library();
        return RoutineDetail.of(
                library.routine(routineId).orElseThrow(() -> new NotFoundException("routine", id)), library);
    }

    @Override
    public Plugins plugins() {
        return Plugins.of(
                services.registry.get(), services.paths.get().pluginsDir().toString());
    }

    /** An id that cannot be one names nothing: the same answer as an unknown id. */
    private static <T> T parse(Supplier<T> id, String what, String text) {
        try {
            return id.get();
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what, text);
        }
    }
}
