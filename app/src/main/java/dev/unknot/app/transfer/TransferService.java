package dev.unknot.app.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.unknot.app.habit.HabitDetails;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.reminder.ReminderService;
import dev.unknot.core.calendar.DateRange;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Pain;
import dev.unknot.core.checkin.RecordedCheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.checkin.Tightness;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.core.library.TemplateId;
import dev.unknot.core.reminder.ReminderTimes;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Moving one person's data in and out: everything as versioned JSON, check-ins as CSV.
 *
 * <p>The JSON export ({@code "format": "unknot-export", "version": 1}) holds the person's
 * settings, every habit (archived ones too) with its template, skipped days and pauses, and every
 * check-in with the time it was recorded; not the username or password. Importing it into a person
 * who has no habits or check-ins yet restores all of it, and exporting again gives the same file.
 *
 * <p>Imports are all or nothing: the first problem is reported, naming where it is, and nothing
 * is written.
 */
@Singleton
public class TransferService {

    /** The CSV columns, in order. {@code id}, {@code habit} and {@code day} are for reading and ignored on import. */
    public static final List<String> CSV_HEADER = List.of(
            "id",
            "client_id",
            "habit_id",
            "habit",
            "at",
            "day",
            "amount",
            "duration_seconds",
            "tightness_before",
            "tightness_after",
            "note",
            "symptoms",
            "pain_before",
            "pain_after");

    private static final JsonFactory JSON = new JsonFactory();

    private final PersonService people;
    private final HabitService habits;
    private final CheckInHistory history;
    private final ObjectMapper mapper;
    private final HistoryWriter writer;
    private final Clock clock;
    private final ReminderService reminders;

    TransferService(
            PersonService people,
            HabitService habits,
            CheckInHistory history,
            ObjectMapper mapper,
            HistoryWriter writer,
            Clock clock,
            ReminderService reminders) {
        this.reminders = reminders;
        this.people = people;
        this.habits = habits;
        this.history = history;
        this.mapper = mapper;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * All of the person's data as JSON, indented.
     *
     * @throws NotFoundException when the person does not exist
     */
    @Transactional(readOnly = true)
    public String exportJson(PersonId personId) {
        Person person = people.get(personId);
        List<HabitDetails> all = habits.detailsOfAll(personId);
        Map<HabitId, Integer> refs = new HashMap<>();
        List<ExportDocument.HabitEntry> habitEntries = new ArrayList<>();
        for (HabitDetails details : all) {
            int ref = habitEntries.size() + 1;
            refs.put(details.habit().id(), ref);
            ReminderTimes remind = reminders.times(personId, details.habit().id());
            habitEntries.add(habitEntry(ref, details, remind instanceof ReminderTimes.Off ? null : remind.text()));
        }
        List<ExportDocument.CheckInEntry> checkInEntries = history.all(personId).stream()
                .map(recorded -> checkInEntry(recorded, refs))
                .toList();
        PersonalCalendar calendar = person.calendar();
        ExportDocument document = new ExportDocument(
                ExportDocument.FORMAT,
                ExportDocument.VERSION,
                new ExportDocument.Settings(
                        calendar.zone().getId(), calendar.dayStart().toString()),
                habitEntries,
                checkInEntries);
        try {
            return indent(mapper.writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Restores an export into a person who has no habits or check-ins yet: their settings, habits
     * (under new ids) and check-ins. Techniques, routines and templates need not be offered by a
     * loaded plugin.
     *
     * @throws InvalidInputException for a file that is not a version-1 export, or a value in it that
     *     breaks a rule; the message says where. Nothing is written
     * @throws ConflictException when the person already has habits or check-ins
     * @throws NotFoundException when the person does not exist
     */
    @Transactional
    public ImportSummary importJson(PersonId personId, String json) {
        ImportedHistory history = readJson(personId, json);
        ExportDocument.Settings settings = required(read(json).settings(), "settings");
        people.changeCalendar(
                personId,
                required(settings.timeZone(), "settings time zone"),
                required(settings.dayStart(), "settings day start"));
        return writer.write(personId, history, HistoryWriter.Matching.NONE);
    }

    /**
     * An export file read into the history {@link HistoryWriter} writes, checked as {@link
     * #importJson} checks it, without writing.
     */
    @Transactional(readOnly = true)
    ImportedHistory readJson(PersonId personId, String json) {
        people.get(personId);
        ExportDocument document = read(json);
        if (!ExportDocument.FORMAT.equals(document.format())) {
            throw new InvalidInputException(
                    "format",
                    "not an Unknot export: format must be '" + ExportDocument.FORMAT + "', was '" + document.format()
                            + "'");
        }
        if (!Integer.valueOf(ExportDocument.VERSION).equals(document.version())) {
            throw new InvalidInputException(
                    "version",
                    "this Unknot reads export version " + ExportDocument.VERSION + ", the file is version "
                            + document.version());
        }
        if (!habits.listAll(personId).isEmpty() || history.any(personId)) {
            throw new ConflictException(
                    "an import needs a person without habits or check-ins, " + "and this one has some already");
        }
        ExportDocument.Settings settings = required(document.settings(), "settings");
        required(settings.timeZone(), "settings time zone");
        required(settings.dayStart(), "settings day start");

        Map<Integer, Integer> positions = new HashMap<>();
        List<HabitDetails> details = new ArrayList<>();
        List<ReminderTimes> remindAt = new ArrayList<>();
        for (ExportDocument.HabitEntry entry : orEmpty(document.habits())) {
            Integer ref = required(entry.ref(), "habit ref");
            String where = "habit " + ref;
            if (positions.containsKey(ref)) {
                throw new InvalidInputException("habit ref", where + ": ref is used twice");
            }
            positions.put(ref, details.size());
            details.add(habitDetails(entry, where));
            remindAt.add(
                    entry.remind() == null
                            ? ReminderTimes.off()
                            : parse(where + " remind", () -> {
                                ReminderTimes times = ReminderTimes.parse(entry.remind());
                                times.checkFits(
                                        details.get(details.size() - 1).habit().schedule());
                                return times;
                            }));
        }
        List<List<ImportedHistory.Entry>> checkInsOf = new ArrayList<>();
        details.forEach(each -> checkInsOf.add(new ArrayList<>()));
        for (ExportDocument.CheckInEntry entry : orEmpty(document.checkIns())) {
            String where = "check-in " + entry.clientId();
            Integer position = Optional.ofNullable(positions.get(required(entry.habit(), where + " habit")))
                    .orElseThrow(() -> new InvalidInputException(
                            "check-in habit",
                            where + ": refers to habit " + entry.habit() + ", which the file does not contain"));
            checkInsOf
                    .get(position)
                    .add(new ImportedHistory.Entry(
                            checkIn(entry, new HabitId(1), where),
                            parse(
                                    where + " recorded at",
                                    () -> Instant.parse(required(entry.recordedAt(), where + " recorded at")))));
        }
        List<ImportedHistory.Habit> imported = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            imported.add(
                    new ImportedHistory.Habit(details.get(i), Optional.empty(), checkInsOf.get(i), remindAt.get(i)));
        }
        return new ImportedHistory(FileKind.UNKNOT_JSON, imported, List.of());
    }

    /**
     * The person's check-ins as CSV with a header row ({@link #CSV_HEADER}), oldest first. The
     * {@code day} column is the person's own day.
     *
     * @throws NotFoundException when the person does not exist
     */
    @Transactional(readOnly = true)
    public String exportCsv(PersonId personId) {
        PersonalCalendar calendar = people.get(personId).calendar();
        Map<HabitId, String> names = new HashMap<>();
        habits.listAll(personId).forEach(habit -> names.put(habit.id(), habit.name()));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(CSV_HEADER.toArray(String[]::new))
                        .get())) {
            for (RecordedCheckIn recorded : history.all(personId)) {
                CheckIn checkIn = recorded.checkIn();
                printer.printRecord(
                        recorded.id().value(),
                        textCell(checkIn.clientId()),
                        checkIn.habit().value(),
                        textCell(names.get(checkIn.habit())),
                        checkIn.at(),
                        calendar.dayOf(checkIn.at()),
                        checkIn.amount(),
                        checkIn.duration().map(Duration::toSeconds).orElse(null),
                        checkIn.before().map(Tightness::level).orElse(null),
                        checkIn.after().map(Tightness::level).orElse(null),
                        textCell(checkIn.note()),
                        symptoms(checkIn.symptoms()),
                        checkIn.painBefore().map(Pain::level).orElse(null),
                        checkIn.painAfter().map(Pain::level).orElse(null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Records the check-ins of a CSV file: Unknot's own (a header naming at least {@code client_id},
     * {@code at} and {@code habit} or {@code habit_id}; other columns of {@link #CSV_HEADER} are
     * optional), or any tracker's (see {@link HistoryImport}). Habits are found by name, so an
     * export moves to another home; a name the person has no habit of becomes a new habit. A row
     * whose client id the person already has is left alone, so importing the same file twice
     * stores it once.
     *
     * @throws InvalidInputException naming the line and the value at fault; nothing is written
     * @throws NotFoundException when the person does not exist
     */
    @Transactional
    public ImportSummary importCsv(PersonId personId, String csv) {
        Person person = people.get(personId);
        ImportedHistory read = new CheckInCsvReader(
                        person.calendar(), person.calendar().today(clock), habits.listAll(personId))
                .read(csv);
        return writer.write(personId, read, HistoryWriter.Matching.BY_NAME);
    }

    private static ExportDocument.HabitEntry habitEntry(int ref, HabitDetails details, String remind) {
        Habit habit = details.habit();
        ExportDocument.Target target;
        if (habit.target() instanceof HabitTarget.OfTechnique technique) {
            target = new ExportDocument.Target(technique.technique().value(), null, null);
        } else if (habit.target() instanceof HabitTarget.OfRoutine routine) {
            target = new ExportDocument.Target(null, routine.routine().value(), null);
        } else {
            target = new ExportDocument.Target(null, null, ((HabitTarget.Custom) habit.target()).text());
        }
        ExportDocument.ScheduleEntry schedule;
        if (habit.schedule() instanceof Schedule.OnWeekdays onWeekdays) {
            schedule = new ExportDocument.ScheduleEntry(
                    "weekdays",
                    onWeekdays.days().stream().sorted().map(DayOfWeek::name).toList(),
                    null,
                    null,
                    null,
                    null);
        } else if (habit.schedule() instanceof Schedule.TimesPerWeek perWeek) {
            schedule = new ExportDocument.ScheduleEntry("times-per-week", null, perWeek.times(), null, null, null);
        } else if (habit.schedule() instanceof Schedule.EveryHours hourly) {
            schedule = new ExportDocument.ScheduleEntry(
                    "every-hours",
                    null,
                    null,
                    hourly.hours(),
                    hourly.from().toString(),
                    hourly.until().toString());
        } else {
            schedule = new ExportDocument.ScheduleEntry("daily", null, null, null, null, null);
        }
        ExportDocument.MetricEntry metric = habit.metric() instanceof Metric.Measured measured
                ? new ExportDocument.MetricEntry("measured", measured.unit(), measured.dailyTarget())
                : new ExportDocument.MetricEntry("yes-no", null, null);
        return new ExportDocument.HabitEntry(
                ref,
                habit.name(),
                habit.status().name().toLowerCase(Locale.ROOT),
                habit.startsOn().toString(),
                details.template().map(TemplateId::value).orElse(null),
                target,
                schedule,
                metric,
                details.skipped().stream().map(LocalDate::toString).toList(),
                details.pauses().stream()
                        .map(pause -> new ExportDocument.Pause(
                                pause.first().toString(), pause.last().toString()))
                        .toList(),
                remind);
    }

    private static ExportDocument.CheckInEntry checkInEntry(RecordedCheckIn recorded, Map<HabitId, Integer> refs) {
        CheckIn checkIn = recorded.checkIn();
        return new ExportDocument.CheckInEntry(
                checkIn.clientId(),
                refs.get(checkIn.habit()),
                checkIn.at().toString(),
                checkIn.amount(),
                checkIn.duration().map(Duration::toSeconds).orElse(null),
                checkIn.before().map(Tightness::level).orElse(null),
                checkIn.after().map(Tightness::level).orElse(null),
                checkIn.note(),
                checkIn.symptoms().stream().sorted().map(Symptom::id).toList(),
                recorded.recordedAt().toString(),
                checkIn.painBefore().map(Pain::level).orElse(null),
                checkIn.painAfter().map(Pain::level).orElse(null));
    }

    private static HabitDetails habitDetails(ExportDocument.HabitEntry entry, String where) {
        return parse(where, () -> {
            ExportDocument.Target target = required(entry.target(), where + " target");
            HabitTarget habitTarget;
            if (target.technique() != null) {
                habitTarget = HabitTarget.technique(target.technique());
            } else if (target.routine() != null) {
                habitTarget = HabitTarget.routine(target.routine());
            } else {
                habitTarget = HabitTarget.custom(required(target.custom(), where + " target"));
            }
            ExportDocument.ScheduleEntry schedule = required(entry.schedule(), where + " schedule");
            Schedule habitSchedule = switch (required(schedule.kind(), where + " schedule kind")) {
                case "daily" -> Schedule.daily();
                case "weekdays" ->
                    new Schedule.OnWeekdays(EnumSet.copyOf(required(schedule.days(), where + " schedule days").stream()
                            .map(DayOfWeek::valueOf)
                            .toList()));
                case "times-per-week" -> Schedule.timesPerWeek(required(schedule.times(), where + " schedule times"));
                case "every-hours" ->
                    Schedule.everyHours(
                            required(schedule.hours(), where + " schedule hours"),
                            LocalTime.parse(required(schedule.from(), where + " schedule from")),
                            LocalTime.parse(required(schedule.until(), where + " schedule until")));
                default -> throw new IllegalArgumentException("unknown schedule kind '" + schedule.kind() + "'");
            };
            ExportDocument.MetricEntry metric = required(entry.metric(), where + " metric");
            Metric habitMetric = switch (required(metric.kind(), where + " metric kind")) {
                case "yes-no" -> Metric.yesNo();
                case "measured" ->
                    Metric.measured(
                            required(metric.unit(), where + " metric unit"),
                            required(metric.dailyTarget(), where + " metric daily target"));
                default -> throw new IllegalArgumentException("unknown metric kind '" + metric.kind() + "'");
            };
            Habit habit = new Habit(
                    new HabitId(1),
                    required(entry.name(), where + " name"),
                    habitTarget,
                    habitSchedule,
                    habitMetric,
                    LocalDate.parse(required(entry.startsOn(), where + " starts on")),
                    HabitStatus.valueOf(
                            required(entry.status(), where + " status").toUpperCase(Locale.ROOT)));
            List<DateRange> pauses = orEmpty(entry.pauses()).stream()
                    .map(pause -> new DateRange(
                            LocalDate.parse(required(pause.first(), where + " pause first")),
                            LocalDate.parse(required(pause.last(), where + " pause last"))))
                    .toList();
            Set<LocalDate> skipped = new java.util.HashSet<>();
            orEmpty(entry.skipped()).forEach(day -> skipped.add(LocalDate.parse(day)));
            return HabitDetails.of(habit, Optional.ofNullable(entry.template()).map(TemplateId::of), skipped, pauses);
        });
    }

    private static CheckIn checkIn(ExportDocument.CheckInEntry entry, HabitId habit, String where) {
        tightness(entry.before(), where, "tightness before");
        tightness(entry.after(), where, "tightness after");
        tightness(entry.painBefore(), where, "pain before");
        tightness(entry.painAfter(), where, "pain after");
        return parse(
                where,
                () -> new CheckIn(
                        required(entry.clientId(), "check-in client id"),
                        habit,
                        Instant.parse(required(entry.at(), where + " at")),
                        required(entry.amount(), where + " amount"),
                        Optional.ofNullable(entry.durationSeconds()).map(Duration::ofSeconds),
                        Optional.ofNullable(entry.before()).map(Tightness::of),
                        Optional.ofNullable(entry.after()).map(Tightness::of),
                        Optional.ofNullable(entry.note()).orElse(""),
                        symptoms(orEmpty(entry.symptoms()), where),
                        Optional.ofNullable(entry.painBefore()).map(Pain::of),
                        Optional.ofNullable(entry.painAfter()).map(Pain::of)));
    }

    /**
     * A text cell as a spreadsheet should show it: one that starts with a character a spreadsheet
     * reads as the start of a formula ({@code = + - @}, a tab or a carriage return), or with the
     * apostrophe that marks such a cell, gets a leading apostrophe, which spreadsheets show as text
     * and {@link #fromTextCell} takes off again.
     */
    static String textCell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 || text.charAt(0) == '\'' ? "'" + text : text;
    }

    /** A text cell as {@link #textCell} wrote it, back to the text. */
    static String fromTextCell(String cell) {
        return cell.length() > 1
                        && cell.charAt(0) == '\''
                        && (FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == '\'')
                ? cell.substring(1)
                : cell;
    }

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static void tightness(Integer level, String where, String field) {
        if (level != null && (level < Tightness.MIN || level > Tightness.MAX)) {
            throw new InvalidInputException(
                    field,
                    where + ": " + field + " must be between " + Tightness.MIN + " and " + Tightness.MAX + ", was "
                            + level);
        }
    }

    private static Set<Symptom> symptoms(List<String> ids, String where) {
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        for (String id : ids) {
            String trimmed = id.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            symptoms.add(Symptom.ofId(trimmed)
                    .orElseThrow(() ->
                            new InvalidInputException("symptoms", where + ": unknown symptom '" + trimmed + "'")));
        }
        return symptoms;
    }

    private static String symptoms(Set<Symptom> symptoms) {
        return String.join(",", symptoms.stream().sorted().map(Symptom::id).toList());
    }

    private ExportDocument read(String json) {
        try {
            ExportDocument document = mapper.readValue(json, ExportDocument.class);
            if (document == null) {
                throw new InvalidInputException("file", "the file is empty");
            }
            return document;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "not a readable export file: " + unreadable(e));
        }
    }

    /**
     * Why a file could not be read, in a person's words: for a value of the wrong kind (which the
     * strict reading in app's json package refuses), where it is and what it was, e.g.
     * {@code checkIns[0].before: was 5.5}, rather than the Java type it could not become.
     */
    private static String unreadable(Exception failure) {
        if (failure instanceof SerdeException serde
                && serde.getPath() != null
                && !serde.getPath().isEmpty()) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String where = jsonPath(serde.getPathAsString());
            return (where.isEmpty() ? "" : where + ": ") + inPersonsWords(firstLine(root.getMessage()));
        }
        return inPersonsWords(firstLine(failure.getMessage()));
    }

    private static final java.util.regex.Pattern PATH_STEP =
            java.util.regex.Pattern.compile("\\[\"([^\"]*)\"\\]|\\[(\\d+)\\]");

    /**
     * A path as the file names it ({@code habits[0].schedule}), from the reader's, which may name the
     * Java types on the way ({@code ExportDocument["habits"]->java.util.ArrayList[0]}).
     */
    static String jsonPath(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        if (!path.contains("->") && !JAVA_TALK.matcher(path).find()) {
            return path.replaceFirst("^[/.]", "");
        }
        StringBuilder json = new StringBuilder();
        java.util.regex.Matcher step = PATH_STEP.matcher(path);
        while (step.find()) {
            if (step.group(1) != null) {
                json.append(json.isEmpty() ? "" : ".").append(step.group(1));
            } else if (step.group(2) != null) {
                json.append('[').append(step.group(2)).append(']');
            }
        }
        return json.toString();
    }

    /** Java's names of types and parser tokens say nothing to a person, and something to an attacker. */
    private static final java.util.regex.Pattern JAVA_TALK = java.util.regex.Pattern.compile(
            "\\bclass\\b|\\bjava\\.|dev\\.unknot\\.|\\$[A-Z]|\\b[A-Z][A-Za-z]+(Entry|Document)\\b|\\btoken\\b|START_|END_|VALUE_");

    static String inPersonsWords(String message) {
        return message == null || JAVA_TALK.matcher(message).find()
                ? "a value of the wrong kind here (a list, an object, a text or a number where another is expected)"
                : message;
    }

    private static <T> T parse(String where, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidInputException e) {
            throw e;
        } catch (DateTimeException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(where, where + ": " + e.getMessage());
        }
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new InvalidInputException(what, what + " is missing");
        }
        return value;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Re-indents compact JSON, two spaces a level, so that exports read well and diff well. */
    private static String indent(String compact) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonParser parser = JSON.createParser(compact);
                JsonGenerator generator = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            while (parser.nextToken() != null) {
                generator.copyCurrentEvent(parser);
            }
        }
        return out + "\n";
    }
}
