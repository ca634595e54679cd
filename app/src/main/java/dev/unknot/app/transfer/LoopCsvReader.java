package dev.unknot.app.transfer;

import dev.unknot.app.transfer.LoopHistory.LoopEntry;
import dev.unknot.app.transfer.LoopHistory.LoopHabit;
import dev.unknot.app.transfer.LoopHistory.Mark;
import dev.unknot.wire.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads Loop Habit Tracker's CSV export: a zip with {@code Habits.csv} (Position, Name, Type,
 * Question, Description, FrequencyNumerator, FrequencyDenominator, Color, Unit, Target Type, Target
 * Value, Archived?) and, per habit, a folder {@code NNN Name/} whose {@code Checkmarks.csv} has
 * Date, Value and, in later versions, Notes. A yes/no value is written by name ({@code YES_MANUAL},
 * {@code YES_AUTO}, {@code NO}, {@code SKIP}, {@code UNKNOWN}) or number; a numeric one as the
 * amount itself. {@code Scores.csv} and the summary files are not read.
 */
final class LoopCsvReader {

    private static final int MAX_ENTRY_BYTES = 64 * 1024 * 1024;

    private LoopCsvReader() {}

    static void read(byte[] file, LoopHistory history) {
        Map<String, String> files = unzip(file);
        String habitsCsv = files.get("Habits.csv");
        if (habitsCsv == null) {
            throw new InvalidInputException(
                    "file", "a zip file, but not a Loop Habit Tracker CSV export: it has no Habits.csv");
        }
        Map<Integer, Map.Entry<String, String>> checkmarks = new HashMap<>();
        files.forEach((name, text) -> {
            int slash = name.indexOf('/');
            if (slash > 0 && name.substring(slash + 1).equals("Checkmarks.csv")) {
                String folder = name.substring(0, slash);
                String digits = folder.split(" ", 2)[0];
                if (digits.chars().allMatch(Character::isDigit) && !digits.isEmpty()) {
                    checkmarks.put(Integer.parseInt(digits), Map.entry(name, text));
                }
            }
        });
        for (CSVRecord row : rows(habitsCsv, "Habits.csv")) {
            String where = "Habits.csv line " + (row.getRecordNumber() + 1);
            try {
                int position = Integer.parseInt(column(row, "Position"));
                boolean numeric = column(row, "Type").toUpperCase(Locale.ROOT).startsWith("NUMERIC");
                String targetValue = column(row, "Target Value");
                LoopHabit habit = new LoopHabit(
                        position,
                        column(row, "Name"),
                        column(row, "Description").isBlank() ? column(row, "Question") : column(row, "Description"),
                        numeric,
                        Integer.parseInt(column(row, "FrequencyNumerator")),
                        Integer.parseInt(column(row, "FrequencyDenominator")),
                        column(row, "Unit"),
                        targetValue.isBlank() ? 0 : Double.parseDouble(targetValue),
                        column(row, "Target Type").equalsIgnoreCase("AT_MOST"),
                        column(row, "Archived?").equalsIgnoreCase("true"),
                        // Loop's CSV export has no reminders; its backup does.
                        Optional.empty(),
                        false);
                List<LoopEntry> entries = new ArrayList<>();
                Map.Entry<String, String> marks = checkmarks.get(position);
                if (marks != null) {
                    for (CSVRecord mark : rows(marks.getValue(), marks.getKey())) {
                        entries.add(entry(mark, numeric, marks.getKey() + " line " + (mark.getRecordNumber() + 1)));
                    }
                }
                history.add(habit, entries);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("file", where + ": not a number: " + e.getMessage());
            }
        }
    }

    private static LoopEntry entry(CSVRecord row, boolean numeric, String where) {
        try {
            LocalDate day = LocalDate.parse(column(row, "Date"));
            String value = column(row, "Value").strip();
            String note = column(row, "Notes");
            if (numeric) {
                return new LoopEntry(day, Mark.NOTHING, value.isEmpty() ? 0 : Double.parseDouble(value), note);
            }
            Mark mark = switch (value.toUpperCase(Locale.ROOT)) {
                case "YES_MANUAL", "2" -> Mark.DONE;
                case "SKIP", "3", "-3" -> Mark.SKIPPED;
                case "YES_AUTO", "NO", "UNKNOWN", "1", "0", "-1", "" -> Mark.NOTHING;
                default -> throw new InvalidInputException("file", where + ": unknown value '" + value + "'");
            };
            return new LoopEntry(day, mark, 0, note);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidInputException("file", where + ": " + e.getMessage());
        }
    }

    private static List<CSVRecord> rows(String csv, String file) {
        try (CSVParser parser = CSVParser.parse(
                new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setAllowMissingColumnNames(true)
                        .get())) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new InvalidInputException("file", file + " is not readable CSV: " + firstLine(e.getMessage()));
        }
    }

    private static String column(CSVRecord row, String name) {
        return row.isMapped(name) && row.isSet(name) ? row.get(name) : "";
    }

    /** Every file of the zip as text; a zip that ends early or is damaged is named so. */
    private static Map<String, String> unzip(byte[] file) {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = zip.readNBytes(MAX_ENTRY_BYTES);
                String name = entry.getName().replace('\\', '/');
                files.put(name.startsWith("./") ? name.substring(2) : name, new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new InvalidInputException("file", "a damaged or incomplete zip file: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new InvalidInputException("file", "a zip file that cannot be read: " + firstLine(e.getMessage()));
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("file", "a damaged or empty zip file: it holds no files");
        }
        return files;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
