package dev.unknot.app.transfer;

import dev.unknot.app.habit.HabitService;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

/**
 * Importing a file of any kind Unknot reads ({@link FileKind}): first a {@link #preview} of what
 * it would write, then {@link #apply}, which writes it. The kind is told from the content. Every
 * kind is read into an {@link ImportedHistory} and written by {@link HistoryWriter}, so importing
 * the same file twice writes it once. A file that cannot be read, or is of no kind Unknot reads,
 * is one {@link InvalidInputException} naming its problem, and nothing is written.
 */
@Singleton
public class HistoryImport {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};

    private final PersonService people;
    private final HabitService habits;
    private final TransferService transfer;
    private final HistoryWriter writer;
    private final Clock clock;

    HistoryImport(
            PersonService people, HabitService habits, TransferService transfer, HistoryWriter writer, Clock clock) {
        this.people = people;
        this.habits = habits;
        this.transfer = transfer;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * What importing {@code file} would write; writes nothing.
     *
     * @param fileName the file's name, for messages; may be empty
     * @throws InvalidInputException when the file cannot be read or is of no kind Unknot reads
     * @throws ConflictException for an Unknot export, which needs a person without habits, when they have some
     */
    @Transactional(readOnly = true)
    public ImportPlan preview(PersonId person, byte[] file, String fileName) {
        FileKind kind = kindOf(file, fileName);
        if (kind == FileKind.UNKNOT_JSON) {
            return writer.plan(person, transfer.readJson(person, text(file, fileName)), HistoryWriter.Matching.NONE);
        }
        return writer.plan(person, read(person, kind, file, fileName), HistoryWriter.Matching.BY_NAME);
    }

    /**
     * Imports {@code file}: what {@link #preview} showed, all or nothing.
     *
     * @throws InvalidInputException when the file cannot be read or is of no kind Unknot reads
     * @throws ConflictException for an Unknot export, which needs a person without habits, when they have some
     * @throws NotFoundException when the person does not exist
     */
    @Transactional
    public ImportSummary apply(PersonId person, byte[] file, String fileName) {
        FileKind kind = kindOf(file, fileName);
        if (kind == FileKind.UNKNOT_JSON) {
            return transfer.importJson(person, text(file, fileName));
        }
        return writer.write(person, read(person, kind, file, fileName), HistoryWriter.Matching.BY_NAME);
    }

    private ImportedHistory read(PersonId personId, FileKind kind, byte[] file, String fileName) {
        Person person = people.get(personId);
        return switch (kind) {
            case LOOP_BACKUP -> {
                LoopHistory history =
                        new LoopHistory(person.calendar(), person.calendar().today(clock));
                LoopBackupReader.read(file, history);
                yield history.history(kind);
            }
            case LOOP_CSV -> {
                LoopHistory history =
                        new LoopHistory(person.calendar(), person.calendar().today(clock));
                LoopCsvReader.read(file, history);
                yield history.history(kind);
            }
            default ->
                new CheckInCsvReader(person.calendar(), person.calendar().today(clock), habits.listAll(personId))
                        .read(text(file, fileName));
        };
    }

    /** The file's kind, from its first bytes. */
    static FileKind kindOf(byte[] file, String fileName) {
        if (file.length == 0) {
            throw new InvalidInputException("file", named(fileName) + "is empty");
        }
        if (startsWith(file, ZIP) || startsWith(file, EMPTY_ZIP)) {
            return FileKind.LOOP_CSV;
        }
        if (startsWith(file, LoopBackupReader.MAGIC)) {
            return FileKind.LOOP_BACKUP;
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".db") || lower.endsWith(".sqlite")) {
            throw new InvalidInputException(
                    "file", named(fileName) + "is not an SQLite database, so not a Loop Habit Tracker backup");
        }
        if (lower.endsWith(".zip")) {
            throw new InvalidInputException(
                    "file", named(fileName) + "is not a zip file, so not a Loop Habit Tracker CSV export");
        }
        String text = text(file, fileName).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        if (text.isEmpty()) {
            throw new InvalidInputException("file", named(fileName) + "is empty");
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return FileKind.UNKNOT_JSON;
        }
        String header = text.lines().findFirst().orElse("");
        return CheckInCsvReader.isUnknots(Arrays.asList(header.split(","))) ? FileKind.UNKNOT_CSV : FileKind.CSV;
    }

    private static String text(byte[] file, String fileName) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(
                    "file",
                    named(fileName) + "is not a file Unknot can import: it is neither UTF-8 text (JSON or CSV) nor "
                            + "a Loop Habit Tracker backup or CSV export");
        }
    }

    private static boolean startsWith(byte[] file, byte[] prefix) {
        return file.length >= prefix.length && Arrays.equals(file, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String named(String fileName) {
        return fileName == null || fileName.isBlank() ? "the file " : fileName.strip() + " ";
    }
}
