package dev.unknot.app.transfer;

import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitDetails;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.core.checkin.CheckIn;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.habit.Habit;
import dev.unknot.core.habit.HabitId;
import dev.unknot.core.habit.HabitStatus;
import dev.unknot.core.habit.HabitTarget;
import dev.unknot.core.habit.Metric;
import dev.unknot.core.habit.Schedule;
import dev.unknot.wire.error.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads check-ins as CSV with a header row: Unknot's own (a header naming {@code client_id} and
 * {@code at}), whose client ids are kept, or any tracker's, with a column for the date and one for
 * the habit's name and optionally an amount and a note (docs/import.md lists the names each may
 * have). Habits are found by name (Unknot's CSV: by {@code habit_id} when it has no name); a name
 * the person has no habit of becomes a new habit. A date without a time is noon of the person's
 * day; a date-time without an offset is in the person's time zone.
 */
final class CheckInCsvReader {

    private static final List<String> DATE =
            List.of("at", "date", "day", "datetime", "timestamp", "time", "when", "completed", "completedat", "doneat");
    private static final List<String> HABIT = List.of("habit", "habitname", "name", "task", "activity", "title");
    private static final List<String> AMOUNT = List.of("amount", "value", "quantity", "count");
    private static final List<String> NOTE = List.of("note", "notes", "comment", "comments");
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private final PersonalCalendar calendar;
    private final LocalDate today;
    private final Map<Long, Habit> byId = new HashMap<>();
    private final Map<String, Habit> byName = new HashMap<>();

    CheckInCsvReader(PersonalCalendar calendar, LocalDate today, List<Habit> personsHabits) {
        this.calendar = calendar;
        this.today = today;
        for (Habit habit : personsHabits) {
            byId.put(habit.id().value(), habit);
            byName.putIfAbsent(HistoryWriter.key(habit.name()), habit);
        }
    }

    /** Whether {@code header} is Unknot's own CSV. */
    static boolean isUnknots(List<String> header) {
        return header.contains("client_id") && header.contains("at");
    }

    ImportedHistory read(String csv) {
        List<CSVRecord> rows;
        List<String> header;
        try (CSVParser parser = CSVParser.parse(
                new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setAllowMissingColumnNames(true)
                        .get())) {
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new InvalidInputException("file", "not a readable CSV file: " + firstLine(e.getMessage()));
        }
        return isUnknots(header) ? unknots(rows, header) : anyTrackers(rows, header);
    }

    private ImportedHistory unknots(List<CSVRecord> rows, List<String> header) {
        if (!header.contains("habit_id") && !header.contains("habit")) {
            throw new InvalidInputException("header", "the CSV header must name a column 'habit_id'");
        }
        Habits habits = new Habits();
        for (CSVRecord row : rows) {
            String line = "line " + (row.getRecordNumber() + 1);
            try {
                String name = cell(row, "habit")
                        .map(TransferService::fromTextCell)
                        .orElseGet(() -> {
                            String id = cell(row, "habit_id")
                                    .orElseThrow(() -> new InvalidInputException("habit_id", "habit_id is empty"));
                            return Optional.ofNullable(byId.get(Long.parseLong(id)))
                                    .map(Habit::name)
                                    .orElseThrow(() -> new InvalidInputException("habit_id", "no habit " + id));
                        });
                Instant at = Instant.parse(
                        cell(row, "at").orElseThrow(() -> new InvalidInputException("at", "at is empty")));
                CheckIn checkIn = new CheckIn(
                        CheckInService.clientId(cell(row, "client_id")
                                .map(TransferService::fromTextCell)
                                .orElse("")),
                        new HabitId(1),
                        at,
                        cell(row, "amount").map(Double::parseDouble).orElse(1.0),
                        cell(row, "duration_seconds").map(Long::parseLong).map(Duration::ofSeconds),
                        CheckInService.tightness(cell(row, "tightness_before").map(Integer::parseInt), "before"),
                        CheckInService.tightness(cell(row, "tightness_after").map(Integer::parseInt), "after"),
                        CheckInService.note(cell(row, "note")
                                .map(TransferService::fromTextCell)
                                .orElse("")),
                        symptoms(cell(row, "symptoms").orElse("")),
                        CheckInService.pain(cell(row, "pain_before").map(Integer::parseInt), "before"),
                        CheckInService.pain(cell(row, "pain_after").map(Integer::parseInt), "after"));
                habits.add(name, checkIn);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field(), line + ": " + e.getMessage());
            } catch (DateTimeException | IllegalArgumentException e) {
                throw new InvalidInputException("file", line + ": " + e.getMessage());
            }
        }
        return habits.history(FileKind.UNKNOT_CSV);
    }

    private ImportedHistory anyTrackers(List<CSVRecord> rows, List<String> header) {
        Optional<String> date = column(header, DATE);
        Optional<String> habit = column(header, HABIT);
        if (date.isEmpty() || habit.isEmpty()) {
            throw new InvalidInputException(
                    "file",
                    "a CSV file, but not one of check-ins: it needs a column for the date (date, day, datetime, "
                            + "timestamp or at) and one for the habit (habit, name or task); its header is "
                            + String.join(",", header));
        }
        Optional<String> amount = column(header, AMOUNT);
        Optional<String> note = column(header, NOTE);
        Habits habits = new Habits();
        Map<String, Integer> seen = new HashMap<>();
        for (CSVRecord row : rows) {
            String line = "line " + (row.getRecordNumber() + 1);
            String name = cell(row, habit.get()).orElse("");
            String when = cell(row, date.get()).orElse("");
            if (name.isEmpty() || when.isEmpty()) {
                habits.leftOut("without a habit or a date");
                continue;
            }
            try {
                Instant at = instant(when);
                double value = amount.flatMap(column -> cell(row, column))
                        .map(CheckInCsvReader::amount)
                        .orElse(1.0);
                if (value == 0) {
                    habits.leftOut("with an amount of 0 (not done)");
                    continue;
                }
                String text = CheckInService.note(
                        note.flatMap(column -> cell(row, column)).orElse(""));
                String key = String.join("\u0000", HistoryWriter.key(name), when, Double.toString(value), text);
                int occurrence = seen.merge(key, 1, Integer::sum);
                habits.add(
                        name,
                        new CheckIn(
                                LoopHistory.clientId("csv", key, Integer.toString(occurrence)),
                                new HabitId(1),
                                at,
                                value,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                text,
                                Set.of()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field(), line + ": " + e.getMessage());
            } catch (DateTimeException e) {
                throw new InvalidInputException(
                        date.get(),
                        line + ": '" + when + "' is not a date (write 2024-03-01, 2024-03-01T07:30 or "
                                + "2024-03-01T07:30:00+02:00)");
            } catch (NumberFormatException e) {
                throw new InvalidInputException(amount.orElse("amount"), line + ": the amount is not a number");
            }
        }
        return habits.history(FileKind.CSV);
    }

    private Instant instant(String text) {
        String value = text.strip();
        if (value.length() == 10) {
            return calendar.startOf(LocalDate.parse(value)).plus(Duration.ofHours(12));
        }
        if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
        }
        LocalDateTime local = value.contains("T") ? LocalDateTime.parse(value) : LocalDateTime.parse(value, SPACED);
        return local.atZone(calendar.zone()).toInstant();
    }

    private static double amount(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "done", "x", "y" -> 1;
            case "false", "no", "n" -> 0;
            default -> Double.parseDouble(text.strip());
        };
    }

    private static Optional<String> column(List<String> header, List<String> names) {
        for (String name : names) {
            for (String column : header) {
                if (column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").equals(name)) {
                    return Optional.of(column);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> cell(CSVRecord row, String name) {
        return row.isMapped(name) && row.isSet(name)
                ? Optional.of(row.get(name).strip()).filter(value -> !value.isEmpty())
                : Optional.empty();
    }

    private static Set<Symptom> symptoms(String ids) {
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        for (String id : ids.split(",")) {
            String trimmed = id.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                symptoms.add(Symptom.valueOf(trimmed.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("symptoms", "unknown symptom '" + trimmed + "'");
            }
        }
        return symptoms;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** The file's check-ins gathered by habit, in the order the habits first appear. */
    private final class Habits {
        private final Map<String, List<CheckIn>> checkIns = new LinkedHashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final Map<String, Integer> leftOut = new LinkedHashMap<>();
        private int later;

        void add(String name, CheckIn checkIn) {
            LocalDate day = calendar.dayOf(checkIn.at());
            if (day.isAfter(today) || day.isBefore(CheckInService.EARLIEST_DAY)) {
                later++;
                return;
            }
            String key = HistoryWriter.key(name);
            names.putIfAbsent(key, name.strip());
            checkIns.computeIfAbsent(key, each -> new ArrayList<>()).add(checkIn);
        }

        void leftOut(String what) {
            leftOut.merge(what, 1, Integer::sum);
        }

        ImportedHistory history(FileKind kind) {
            List<ImportedHistory.Habit> habits = new ArrayList<>();
            checkIns.forEach((key, list) -> {
                LocalDate first = list.stream()
                        .map(checkIn -> calendar.dayOf(checkIn.at()))
                        .min(LocalDate::compareTo)
                        .orElse(today);
                Optional<String> mapping = Optional.empty();
                Habit habit = byName.get(key);
                if (habit == null) {
                    boolean counted = list.stream().anyMatch(checkIn -> checkIn.amount() != 1 && checkIn.amount() != 0);
                    Metric metric = counted ? Metric.measured("units", 1) : Metric.yesNo();
                    if (counted) {
                        mapping = Optional.of("amounts other than 1: measured in 'units' with a daily target of 1; "
                                + "set the unit and target you want");
                    }
                    habit = new Habit(
                            new HabitId(1),
                            names.get(key),
                            HabitTarget.custom(names.get(key)),
                            Schedule.daily(),
                            metric,
                            first,
                            HabitStatus.ACTIVE);
                }
                habits.add(new ImportedHistory.Habit(
                        HabitDetails.of(habit, Optional.empty(), Set.of(), List.of()),
                        mapping,
                        list.stream()
                                .map(checkIn -> new ImportedHistory.Entry(checkIn, checkIn.at()))
                                .toList()));
            });
            List<String> notMapped = new ArrayList<>();
            leftOut.forEach(
                    (what, count) -> notMapped.add(ImportPlan.count(count, "row", "rows") + " " + what + " left out"));
            if (later > 0) {
                notMapped.add(ImportPlan.count(later, "check-in", "check-ins") + " after today (" + today
                        + ") or before " + CheckInService.EARLIEST_DAY + " left out");
            }
            return new ImportedHistory(kind, habits, notMapped);
        }
    }
}
