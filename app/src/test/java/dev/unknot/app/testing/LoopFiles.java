package dev.unknot.app.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Test files in Loop Habit Tracker's two export forms, written from a description of habits and
 * their days: its full backup (an SQLite database) and its CSV export (a zip). Made here from the
 * format as Loop documents it, not copied from Loop.
 */
public final class LoopFiles {

    public static final int YES_MANUAL = 2;
    public static final int YES_AUTO = 1;
    public static final int NO = 0;
    public static final int SKIP = 3;
    public static final int UNKNOWN = -1;

    /** A Loop habit; {@code type} 0 is yes/no, 1 numeric; {@code targetType} 0 at least, 1 at most. */
    public record Habit(
            int position,
            String name,
            String description,
            int type,
            int freqNum,
            int freqDen,
            String unit,
            double targetValue,
            int targetType,
            boolean archived,
            java.time.LocalTime reminder,
            int reminderDays) {

        public static Habit yesNo(int position, String name, int times, int days) {
            return new Habit(position, name, "", 0, times, days, "", 0, 0, false, null, 127);
        }

        public static Habit numeric(int position, String name, String unit, double target, int days) {
            return new Habit(position, name, "", 1, 1, days, unit, target, 0, false, null, 127);
        }

        public Habit asArchived() {
            return new Habit(
                    position,
                    name,
                    description,
                    type,
                    freqNum,
                    freqDen,
                    unit,
                    targetValue,
                    targetType,
                    true,
                    reminder,
                    reminderDays);
        }

        /** Reminds at 08:30 every day of the week. */
        public Habit withReminder() {
            return withReminder(java.time.LocalTime.of(8, 30), 127);
        }

        /** Reminds at {@code time} on the days of Loop's bit set (bit 0 is the first day of Loop's week). */
        public Habit withReminder(java.time.LocalTime time, int days) {
            return new Habit(
                    position,
                    name,
                    description,
                    type,
                    freqNum,
                    freqDen,
                    unit,
                    targetValue,
                    targetType,
                    archived,
                    time,
                    days);
        }
    }

    /** One day of a habit: a yes/no value above, or a numeric habit's amount times 1000. */
    public record Day(LocalDate day, long value, String notes) {
        public Day(LocalDate day, long value) {
            this(day, value, "");
        }
    }

    private LoopFiles() {}

    /**
     * The small history the tests' expectations are worked out by hand for, with today 2025-03-10:
     * every frequency kind, yes/no and numeric, an archived habit, notes, a skip, a day Loop filled
     * in itself and one after today.
     */
    public static Map<Habit, List<Day>> small() {
        Map<Habit, List<Day>> habits = new LinkedHashMap<>();
        List<Day> stretch = new ArrayList<>(List.of(
                new Day(d(2, 28), YES_MANUAL, "first one"),
                new Day(d(3, 1), NO),
                new Day(d(3, 2), YES_MANUAL),
                new Day(d(3, 3), SKIP)));
        for (int day = 4; day <= 10; day++) {
            stretch.add(new Day(d(3, day), YES_MANUAL));
        }
        stretch.add(new Day(d(3, 12), YES_MANUAL));
        habits.put(Habit.yesNo(0, "Stretch", 1, 1), stretch);
        habits.put(
                Habit.yesNo(1, "Walk", 3, 7).withReminder(java.time.LocalTime.of(18, 45), 0b011_1110),
                List.of(
                        new Day(d(3, 3), YES_MANUAL),
                        new Day(d(3, 4), YES_AUTO),
                        new Day(d(3, 5), YES_MANUAL),
                        new Day(d(3, 6), YES_AUTO),
                        new Day(d(3, 7), YES_MANUAL)));
        habits.put(
                Habit.numeric(2, "Water", "glasses", 8, 1),
                List.of(new Day(d(3, 8), 8000), new Day(d(3, 9), 6500, "hot day"), new Day(d(3, 10), 10000)));
        habits.put(Habit.numeric(3, "Run", "km", 20, 7), List.of(new Day(d(3, 9), 5000)));
        habits.put(Habit.yesNo(4, "Floss", 2, 30).asArchived(), List.of(new Day(d(2, 10), YES_MANUAL)));
        habits.put(
                Habit.yesNo(5, "Meditate", 1, 3).withReminder(),
                List.of(new Day(d(3, 1), YES_MANUAL, "calm"), new Day(d(3, 4), NO, "too busy")));
        return habits;
    }

    /** {@link #small()} moved so that its today, 2025-03-10, is {@code today}. */
    public static Map<Habit, List<Day>> small(LocalDate today) {
        long shift = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2025, 3, 10), today);
        Map<Habit, List<Day>> moved = new LinkedHashMap<>();
        small().forEach((habit, days) -> moved.put(
                habit,
                days.stream()
                        .map(day -> new Day(day.day().plusDays(shift), day.value(), day.notes()))
                        .toList()));
        return moved;
    }

    /**
     * {@code count} habits over {@code years} years up to {@code last}: yes/no and numeric, done on
     * most days, with a few skips and notes; the same every time for the same arguments.
     */
    public static Map<Habit, List<Day>> large(int count, int years, LocalDate last) {
        Random random = new Random(count * 31L + years);
        Map<Habit, List<Day>> habits = new LinkedHashMap<>();
        LocalDate first = last.minusYears(years).plusDays(1);
        for (int i = 0; i < count; i++) {
            boolean numeric = i % 4 == 3;
            Habit habit = numeric
                    ? Habit.numeric(i, "Numeric habit " + (i + 1), "minutes", 20, 1)
                    : Habit.yesNo(i, "Habit " + (i + 1), 1 + i % 7, i % 3 == 0 ? 7 : 1 + i % 7);
            List<Day> days = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                int roll = random.nextInt(100);
                if (roll < 70) {
                    long value = numeric ? 1000L * (5 + random.nextInt(30)) : YES_MANUAL;
                    days.add(new Day(day, value, roll % 17 == 0 ? "note " + day : ""));
                } else if (roll < 72 && !numeric) {
                    days.add(new Day(day, SKIP));
                } else if (roll < 80) {
                    days.add(new Day(day, NO));
                }
            }
            habits.put(i == count - 1 ? habit.asArchived() : habit, days);
        }
        return habits;
    }

    /** Loop's full backup: an SQLite database with {@code Habits} and {@code Repetitions}. */
    public static byte[] backup(Map<Habit, List<Day>> habits) {
        try {
            Path file = Files.createTempFile("loop-backup-", ".db");
            Files.delete(file);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                db.setAutoCommit(false);
                try (Statement ddl = db.createStatement()) {
                    ddl.execute("CREATE TABLE Habits (id INTEGER PRIMARY KEY AUTOINCREMENT, archived INTEGER, "
                            + "color INTEGER, description TEXT, freq_den INTEGER, freq_num INTEGER, highlight INTEGER, "
                            + "name TEXT, position INTEGER, reminder_hour INTEGER, reminder_min INTEGER, "
                            + "reminder_days INTEGER NOT NULL DEFAULT 127, type INTEGER NOT NULL DEFAULT 0, "
                            + "target_type INTEGER NOT NULL DEFAULT 0, target_value REAL NOT NULL DEFAULT 0, "
                            + "unit TEXT NOT NULL DEFAULT '', question TEXT, uuid TEXT)");
                    ddl.execute("CREATE TABLE Repetitions (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            + "habit INTEGER NOT NULL REFERENCES Habits(id), timestamp INTEGER NOT NULL, "
                            + "value INTEGER NOT NULL, notes TEXT)");
                }
                try (PreparedStatement habit = db.prepareStatement(
                                "INSERT INTO Habits (id, archived, color, description, freq_den, freq_num, highlight, "
                                        + "name, position, reminder_hour, reminder_min, reminder_days, type, target_type, "
                                        + "target_value, unit, question, uuid) "
                                        + "VALUES (?, ?, 3, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?)");
                        PreparedStatement day = db.prepareStatement(
                                "INSERT INTO Repetitions (habit, timestamp, value, notes) VALUES (?, ?, ?, ?)")) {
                    int id = 0;
                    for (Map.Entry<Habit, List<Day>> entry : habits.entrySet()) {
                        Habit h = entry.getKey();
                        id++;
                        habit.setInt(1, id);
                        habit.setInt(2, h.archived() ? 1 : 0);
                        habit.setString(3, h.description());
                        habit.setInt(4, h.freqDen());
                        habit.setInt(5, h.freqNum());
                        habit.setString(6, h.name());
                        habit.setInt(7, h.position());
                        habit.setObject(
                                8, h.reminder() == null ? null : h.reminder().getHour());
                        habit.setObject(
                                9, h.reminder() == null ? null : h.reminder().getMinute());
                        habit.setInt(10, h.reminderDays());
                        habit.setInt(11, h.type());
                        habit.setInt(12, h.targetType());
                        habit.setDouble(13, h.targetValue());
                        habit.setString(14, h.unit());
                        habit.setString(15, "uuid-" + id);
                        habit.executeUpdate();
                        for (Day each : entry.getValue()) {
                            day.setInt(1, id);
                            day.setLong(
                                    2,
                                    each.day()
                                            .atStartOfDay(ZoneOffset.UTC)
                                            .toInstant()
                                            .toEpochMilli());
                            day.setLong(3, each.value());
                            day.setString(4, each.notes());
                            day.addBatch();
                        }
                    }
                    day.executeBatch();
                }
                db.commit();
            }
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loop's CSV export: a zip with Habits.csv and a folder per habit with Checkmarks.csv and Scores.csv. */
    public static byte[] csvZip(Map<Habit, List<Day>> habits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder list = new StringBuilder("Position,Name,Type,Question,Description,FrequencyNumerator,"
                    + "FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n");
            for (Habit h : habits.keySet()) {
                boolean numeric = h.type() == 1;
                list.append(String.format(Locale.US, "%03d", h.position() + 1))
                        .append(',')
                        .append(quoted(h.name()))
                        .append(',')
                        .append(numeric ? "NUMERICAL" : "YES_NO")
                        .append(",,")
                        .append(quoted(h.description()))
                        .append(',')
                        .append(h.freqNum())
                        .append(',')
                        .append(h.freqDen())
                        .append(",#FF8F00,")
                        .append(numeric ? quoted(h.unit()) : "")
                        .append(',')
                        .append(numeric ? (h.targetType() == 1 ? "AT_MOST" : "AT_LEAST") : "")
                        .append(',')
                        .append(numeric ? Double.toString(h.targetValue()) : "")
                        .append(',')
                        .append(h.archived())
                        .append('\n');
            }
            put(zip, "Habits.csv", list.toString());
            for (Map.Entry<Habit, List<Day>> entry : habits.entrySet()) {
                Habit h = entry.getKey();
                String folder = String.format(
                        Locale.US, "%03d %s", h.position() + 1, h.name().replaceAll("[^ a-zA-Z0-9._-]+", ""));
                StringBuilder marks = new StringBuilder("Date,Value,Notes\n");
                StringBuilder scores = new StringBuilder("Date,Score\n");
                List<Day> newestFirst = new ArrayList<>(entry.getValue());
                newestFirst.sort((a, b) -> b.day().compareTo(a.day()));
                for (Day day : newestFirst) {
                    marks.append(day.day())
                            .append(',')
                            .append(
                                    h.type() == 1
                                            ? String.format(Locale.US, "%.3f", day.value() / 1000.0)
                                            : name(day.value()))
                            .append(',')
                            .append(quoted(day.notes()))
                            .append('\n');
                    scores.append(day.day()).append(",0.5000\n");
                }
                put(zip, folder + "/Checkmarks.csv", marks.toString());
                put(zip, folder + "/Scores.csv", scores.toString());
            }
            put(zip, "Checkmarks.csv", "Date,\n");
            put(zip, "Scores.csv", "Date,\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String name(long value) {
        return switch ((int) value) {
            case YES_MANUAL -> "YES_MANUAL";
            case YES_AUTO -> "YES_AUTO";
            case NO -> "NO";
            case SKIP -> "SKIP";
            default -> "UNKNOWN";
        };
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    /** Writes both forms of the small and the large history to {@code directory}, for trying them by hand. */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(directory);
        Files.write(directory.resolve("loop-small.db"), backup(small()));
        Files.write(directory.resolve("loop-small.zip"), csvZip(small()));
        Map<Habit, List<Day>> large = large(20, 5, LocalDate.parse(args.length > 1 ? args[1] : "2025-03-10"));
        Files.write(directory.resolve("loop-large.db"), backup(large));
        Files.write(directory.resolve("loop-large.zip"), csvZip(large));
    }
}
