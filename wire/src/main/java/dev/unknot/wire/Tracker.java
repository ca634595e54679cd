package dev.unknot.wire;

import dev.unknot.wire.checkin.Advice;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.checkin.CheckInEntry;
import dev.unknot.wire.checkin.CheckInResult;
import dev.unknot.wire.checkin.CheckIns;
import dev.unknot.wire.checkin.Undone;
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
import dev.unknot.wire.habit.Templates;
import dev.unknot.wire.habit.Unskipped;
import dev.unknot.wire.library.Pillars;
import dev.unknot.wire.library.RoutineDetail;
import dev.unknot.wire.library.Routines;
import dev.unknot.wire.library.TechniqueDetail;
import dev.unknot.wire.library.Techniques;
import dev.unknot.wire.own.OwnExercisesEntry;
import dev.unknot.wire.own.OwnExported;
import dev.unknot.wire.own.OwnImported;
import dev.unknot.wire.own.OwnRoutineBody;
import dev.unknot.wire.own.OwnTechniqueBody;
import dev.unknot.wire.plan.AssessmentBody;
import dev.unknot.wire.plan.PlanAnswersEntry;
import dev.unknot.wire.plan.Proposal;
import dev.unknot.wire.plugins.Plugins;
import dev.unknot.wire.reminder.CalendarLink;
import dev.unknot.wire.reminder.HabitReminders;
import dev.unknot.wire.reminder.HabitRemindersChange;
import dev.unknot.wire.reminder.ReminderSettingsChange;
import dev.unknot.wire.reminder.ReminderSettingsEntry;
import dev.unknot.wire.reminder.ReminderSnooze;
import dev.unknot.wire.reminder.ReminderSnoozed;
import dev.unknot.wire.reminder.ReminderTestSent;
import dev.unknot.wire.reminder.UpcomingReminders;
import dev.unknot.wire.safety.SafetyAnswersBody;
import dev.unknot.wire.safety.SafetyScreenEntry;
import dev.unknot.wire.settings.Settings;
import dev.unknot.wire.settings.SettingsChange;
import dev.unknot.wire.stats.Stats;
import dev.unknot.wire.today.Today;
import dev.unknot.wire.transfer.ImportPreview;
import dev.unknot.wire.transfer.Imported;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything one person can do with Unknot, in wire terms: what the CLI's commands call, and what
 * the REST API serves. The application's {@code LocalTracker} works on the database; a remote one speaks HTTP to a
 * server whose API calls a {@code LocalTracker}, so both answer with the same documents.
 *
 * <p>Ids are the strings of the documents. Failures are the exceptions of {@link dev.unknot.wire.error}:
 * {@link dev.unknot.wire.error.InvalidInputException} (with the field at fault),
 * {@link dev.unknot.wire.error.NotFoundException} (an unknown id, or another person's),
 * {@link dev.unknot.wire.error.ConflictException} and {@link dev.unknot.wire.error.UnavailableException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Tracker {

    Settings settings();

    Settings changeSettings(SettingsChange change);

    Today today();

    /** The caution and urgent advisories, most urgent first. */
    Advice advice();

    /** The active habits, or with {@code all} the archived ones too. */
    Habits habits(boolean all);

    HabitEntry habit(String id);

    HabitEntry addHabit(NewHabitBody habit);

    HabitEntry editHabit(String id, HabitChangesBody changes);

    HabitEntry archiveHabit(String id);

    /** Brings an archived habit back: due again, with its history. An active one stays as it is. */
    HabitEntry restoreHabit(String id);

    Skipped skipHabit(String id, SkipBody day);

    Paused pauseHabit(String id, PauseBody days);

    /** Pauses every active habit. */
    Paused pauseAll(PauseBody days);

    /** Takes back the skip of a day (today when the body's day is null). */
    Unskipped unskipHabit(String id, SkipBody day);

    /** Ends the habit's pauses before the body's day (today when null): due again from then on. */
    Resumed resumeHabit(String id, ResumeBody from);

    /** {@link #resumeHabit} for every habit. */
    Resumed resumeAll(ResumeBody from);

    /** The {@code stats} document of every active habit, over {@code weeks} (1 to 52). */
    Stats progress(int weeks);

    /** The {@code stats} document of one habit, archived ones included. */
    Stats progress(String habitId, int weeks);

    /**
     * Records a check-in once per client id: the same client id again with the same values gives
     * the check-in recorded first ({@code created} false).
     *
     * @throws dev.unknot.wire.error.ConflictException when the client id was recorded with other values
     */
    CheckInResult checkIn(CheckInBody checkIn);

    /** The check-ins on {@code from} to {@code to} of the person's calendar, oldest first, of one habit if given. */
    CheckIns checkIns(LocalDate from, LocalDate to, Optional<String> habitId);

    CheckInEntry checkInById(String id);

    CheckInEntry editCheckIn(String id, CheckInBody checkIn);

    void deleteCheckIn(String id);

    /** Removes the check-in recorded last. */
    Undone undoCheckIn();

    Templates templates();

    /**
     * The plan for the causes or answers given, shaped as asked; changes no habit. Answers given
     * are remembered in place of earlier ones.
     */
    Proposal proposePlan(AssessmentBody assessment);

    /**
     * Proposes as {@link #proposePlan} does, then creates each habit the person does not have yet:
     * never a second habit of the same name; {@code applied.skipped} says what was left out.
     */
    Proposal applyPlan(AssessmentBody assessment);

    /**
     * The person's last answers to the plan's questions.
     *
     * @since 0.1
     */
    PlanAnswersEntry planAnswers();

    /**
     * The safety screen: its questions, whether to offer it now, and the answers last given.
     *
     * @since 0.1
     */
    SafetyScreenEntry safetyScreen();

    /**
     * Keeps the screen's answers (replacing earlier ones), or notes that it was put off; answers
     * with the screen and the advice as they are now.
     *
     * @since 0.1
     */
    SafetyScreenEntry answerSafetyScreen(SafetyAnswersBody answers);

    /** The export file: format {@code unknot-export}, version 1. */
    String exportJson();

    /** The check-ins as CSV. */
    String exportCsv();

    Imported importJson(String export);

    Imported importCsv(String csv);

    /**
     * What importing {@code file} would write, writing nothing: a Loop Habit Tracker backup or CSV
     * export, any tracker's CSV of check-ins, or Unknot's own CSV or JSON export.
     *
     * @param fileName the file's name, for messages; may be empty
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    ImportPreview previewImport(byte[] file, String fileName);

    /**
     * Imports {@code file}, as {@link #previewImport} showed; importing the same file again adds nothing.
     *
     * @since 0.2
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    Imported importFile(byte[] file, String fileName);

    Pillars pillars();

    /** Every technique, or a pillar's. */
    Techniques techniques(Optional<String> pillar);

    TechniqueDetail technique(String id);

    Routines routines();

    RoutineDetail routine(String id);

    Plugins plugins();

    // A person's own techniques and routines (ids my/<slug>, seen by that person alone)

    OwnExercisesEntry ownExercises();

    TechniqueDetail addOwnTechnique(OwnTechniqueBody technique);

    /** Fields left out of {@code changes} keep their value. */
    TechniqueDetail editOwnTechnique(String id, OwnTechniqueBody changes);

    RoutineDetail addOwnRoutine(OwnRoutineBody routine);

    /** Fields left out of {@code changes} keep their value. */
    RoutineDetail editOwnRoutine(String id, OwnRoutineBody changes);

    /** Removes an own technique or routine; refused while an active habit or own routine uses it. */
    void removeOwn(String id);

    /** The person's own techniques and routines as a data plugin file; {@code pluginId} made from their name when empty. */
    OwnExported exportOwn(Optional<String> pluginId);

    /** Adds the techniques and routines of a data plugin file (YAML or JSON) to the person's own. */
    OwnImported importOwn(String file);

    // Reminders (since 0.2)

    /** When the habit reminds. */
    HabitReminders habitReminders(String habitId);

    /** Sets when the habit reminds: {@code off}, {@code slots} or times such as {@code 09:00,14:00}. */
    HabitReminders changeHabitReminders(String habitId, HabitRemindersChange change);

    ReminderSettingsEntry reminderSettings();

    ReminderSettingsEntry changeReminderSettings(ReminderSettingsChange change);

    /** Makes a new calendar feed address; the old one stops working at once. */
    CalendarLink newCalendarLink();

    /** What reminds in the next {@code hours} hours (1 to 336). */
    UpcomingReminders upcomingReminders(int hours);

    /**
     * Sends a test reminder over {@code channel} ({@code email}, {@code ntfy}).
     *
     * @throws dev.unknot.wire.error.ConflictException saying why it did not go (no mail server, no address, refused)
     */
    ReminderTestSent sendTestReminder(String channel);

    /**
     * Snoozes the habit's reminder that is reminding now, for 10 or 60 minutes: it comes back then on
     * every channel.
     *
     * @throws dev.unknot.wire.error.ConflictException when nothing of the habit is reminding now
     */
    ReminderSnoozed snoozeReminder(String habitId, ReminderSnooze snooze);

    /** "Done" from a reminder: checks the habit in now with its default amount. */
    CheckInResult reminderDone(String habitId);
}
