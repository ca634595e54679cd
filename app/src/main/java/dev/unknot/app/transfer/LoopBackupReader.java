package dev.unknot.app.transfer;

import dev.unknot.app.transfer.LoopHistory.LoopEntry;
import dev.unknot.app.transfer.LoopHistory.LoopHabit;
import dev.unknot.app.transfer.LoopHistory.Mark;
import dev.unknot.wire.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * Reads Loop Habit Tracker's full backup, an SQLite database with the tables {@code Habits} and
 * {@code Repetitions}, through xerial's sqlite-jdbc, from a private temporary copy opened read-only.
 * Loop stores a day as the epoch milliseconds of its midnight in UTC; a yes/no value as 2 (done by
 * hand), 1 (filled in by Loop), 0 (not done), 3 or -3 (skipped, by version), -1 (unknown); a
 * numeric habit's amount times 1000. Columns added in later Loop versions (notes, question, unit,
 * target) are read when present.
 */
final class LoopBackupReader {

    static final byte[] MAGIC = "SQLite format 3\u0000".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private LoopBackupReader() {}

    static void read(byte[] file, LoopHistory history) {
        Path copy = null;
        try {
            copy = Files.createTempFile("unknot-loop-", ".db");
            Files.write(copy, file);
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy, config.toProperties())) {
                Set<String> tables = tables(db);
                if (!tables.contains("habits") || !tables.contains("repetitions")) {
                    throw new InvalidInputException(
                            "file",
                            "an SQLite database, but not a Loop Habit Tracker backup: it has no Habits and "
                                    + "Repetitions tables");
                }
                Map<Long, List<LoopEntry>> entries = entries(db);
                Map<Long, Boolean> numeric = new HashMap<>();
                List<Object[]> habits = new ArrayList<>();
                try (Statement statement = db.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT * FROM Habits ORDER BY position, id")) {
                    Set<String> columns = columns(rows);
                    while (rows.next()) {
                        long id = rows.getLong("id");
                        boolean isNumeric = columns.contains("type") && rows.getInt("type") == 1;
                        numeric.put(id, isNumeric);
                        habits.add(new Object[] {
                            id,
                            new LoopHabit(
                                    rows.getInt("position") + 1,
                                    text(rows, columns, "name"),
                                    text(rows, columns, "description").isBlank()
                                            ? text(rows, columns, "question")
                                            : text(rows, columns, "description"),
                                    isNumeric,
                                    rows.getInt("freq_num"),
                                    rows.getInt("freq_den"),
                                    text(rows, columns, "unit"),
                                    columns.contains("target_value") ? rows.getDouble("target_value") : 0,
                                    columns.contains("target_type") && rows.getInt("target_type") == 1,
                                    rows.getInt("archived") != 0,
                                    reminder(rows, columns),
                                    !columns.contains("reminder_days")
                                            || (rows.getInt("reminder_days") & EVERY_DAY) == EVERY_DAY)
                        });
                    }
                }
                for (Object[] habit : habits) {
                    long id = (Long) habit[0];
                    boolean isNumeric = numeric.get(id);
                    List<LoopEntry> raw = entries.getOrDefault(id, List.of());
                    history.add(
                            (LoopHabit) habit[1],
                            raw.stream()
                                    .map(entry -> isNumeric ? numeric(entry) : yesNo(entry))
                                    .toList());
                }
            }
        } catch (SQLException e) {
            throw new InvalidInputException(
                    "file", "not a readable Loop Habit Tracker backup: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // A temporary file left behind is removed with the rest of the temporary directory.
                }
            }
        }
    }

    /** Loop's seven weekdays as bits of {@code reminder_days}, all set. */
    private static final int EVERY_DAY = 0b111_1111;

    /** The habit's reminder time; none when Loop's hour is missing or out of range. */
    private static Optional<LocalTime> reminder(ResultSet rows, Set<String> columns) throws SQLException {
        if (!columns.contains("reminder_hour") || !columns.contains("reminder_min")) {
            return Optional.empty();
        }
        Object hour = rows.getObject("reminder_hour");
        Object minute = rows.getObject("reminder_min");
        if (!(hour instanceof Number h) || !(minute instanceof Number m)) {
            return Optional.empty();
        }
        if (h.intValue() < 0 || h.intValue() > 23 || m.intValue() < 0 || m.intValue() > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(h.intValue(), m.intValue()));
    }

    /** Every entry, by habit, with the raw value in {@code amount}. */
    private static Map<Long, List<LoopEntry>> entries(Connection db) throws SQLException {
        Map<Long, List<LoopEntry>> byHabit = new HashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM Repetitions ORDER BY habit, timestamp")) {
            Set<String> columns = columns(rows);
            while (rows.next()) {
                LocalDate day = Instant.ofEpochMilli(rows.getLong("timestamp"))
                        .atOffset(ZoneOffset.UTC)
                        .toLocalDate();
                long value = rows.getLong("value");
                byHabit.computeIfAbsent(rows.getLong("habit"), habit -> new ArrayList<>())
                        .add(new LoopEntry(day, Mark.NOTHING, value, text(rows, columns, "notes")));
            }
        }
        return byHabit;
    }

    /** A yes/no entry (read raw) as Loop means it. */
    private static LoopEntry yesNo(LoopEntry raw) {
        long value = (long) raw.amount();
        Mark mark = value == 2 ? Mark.DONE : value == 3 || value == -3 ? Mark.SKIPPED : Mark.NOTHING;
        return new LoopEntry(raw.day(), mark, 0, raw.note());
    }

    /** A numeric entry (read raw) as Loop means it: the value divided by 1000. */
    static LoopEntry numeric(LoopEntry raw) {
        return new LoopEntry(raw.day(), Mark.NOTHING, raw.amount() / 1000.0, raw.note());
    }

    private static Set<String> tables(Connection db) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static Set<String> columns(ResultSet rows) throws SQLException {
        Set<String> columns = new HashSet<>();
        for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
            columns.add(rows.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
        }
        return columns;
    }

    private static String text(ResultSet rows, Set<String> columns, String column) throws SQLException {
        if (!columns.contains(column)) {
            return "";
        }
        String value = rows.getString(column);
        return value == null ? "" : value;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
