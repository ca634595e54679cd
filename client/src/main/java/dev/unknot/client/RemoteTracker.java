package dev.unknot.client;

import dev.unknot.wire.Tracker;
import dev.unknot.wire.checkin.Advice;
import dev.unknot.wire.checkin.CheckInBody;
import dev.unknot.wire.checkin.CheckInEntry;
import dev.unknot.wire.checkin.CheckInResult;
import dev.unknot.wire.checkin.CheckIns;
import dev.unknot.wire.checkin.Recorded;
import dev.unknot.wire.checkin.Undone;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import dev.unknot.wire.error.UnavailableException;
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
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@link Tracker} of the person a token belongs to, on an Unknot server: the paths and error
 * bodies of api-contract.md over the JDK's HTTP client (no Netty: the CLI starts in well under a
 * second). Answers are the same documents a {@code LocalTracker} gives, and refusals the same
 * exceptions: 400 {@link InvalidInputException} (with the field), 404 {@link NotFoundException},
 * 409 {@link ConflictException}, 503 {@link UnavailableException}; 401 and other failures
 * {@link ServerRefusedException}; no answer {@link ServerUnreachableException}.
 *
 * <p>Each route is one line naming its method and path template, as the API's controllers do; one
 * request path ({@link #send}) does the rest. Micronaut's declarative {@code @Client} was measured
 * for this and not taken: it needs Reactor on the CLI's class path, which every command then loads,
 * and made a remote command slower to start.
 *
 * <p>A check-in is the one request retried by itself (after a time-out or a lost connection): it
 * carries its client id, so the server records it once however often it arrives.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RemoteTracker implements Tracker {

    /** How long to wait for a connection, and for each answer. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** Tries of one check-in; the client id makes every try after the first harmless. */
    static final int CHECK_IN_ATTEMPTS = 3;

    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";
    private static final String YAML = "application/yaml";
    private static final String OCTETS = "application/octet-stream";

    private final String server;
    private final String api;
    private final String token;
    private final JsonMapper json;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param server the address of the Unknot server, as in a browser: {@code https://unknot.example.org}
     * @param token a personal access token made in the web UI's Settings
     */
    public RemoteTracker(URI server, String token, JsonMapper json) {
        this(server, token, json, TIMEOUT);
    }

    public RemoteTracker(URI server, String token, JsonMapper json, Duration timeout) {
        this.server =
                withoutTrailingSlash(Objects.requireNonNull(server, "server").toString());
        this.api = this.server + "/api/v1";
        this.token = Objects.requireNonNull(token, "token");
        this.json = Objects.requireNonNull(json, "json");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                // HTTP/1.1: no h2c upgrade dance on plain http, one round trip fewer.
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The server's address, as given. */
    public String server() {
        return server;
    }

    private static String withoutTrailingSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    // Settings, today, advice

    @Override
    public Settings settings() {
        return call("GET", "/settings", null, Settings.class);
    }

    @Override
    public Settings changeSettings(SettingsChange change) {
        return call("PUT", "/settings", change, Settings.class);
    }

    @Override
    public Today today() {
        return call("GET", "/today", null, Today.class);
    }

    @Override
    public Advice advice() {
        return call("GET", "/advice", null, Advice.class);
    }

    // Habits

    @Override
    public Habits habits(boolean all) {
        return call("GET", "/habits{?all}", null, Habits.class, all);
    }

    @Override
    public HabitEntry habit(String id) {
        return call("GET", "/habits/{id}", null, HabitEntry.class, id);
    }

    @Override
    public HabitEntry addHabit(NewHabitBody habit) {
        return call("POST", "/habits", habit, HabitEntry.class);
    }

    @Override
    public HabitEntry editHabit(String id, HabitChangesBody changes) {
        return call("PATCH", "/habits/{id}", changes, HabitEntry.class, id);
    }

    @Override
    public HabitEntry archiveHabit(String id) {
        return call("POST", "/habits/{id}/archive", null, HabitEntry.class, id);
    }

    @Override
    public HabitEntry restoreHabit(String id) {
        return call("POST", "/habits/{id}/restore", null, HabitEntry.class, id);
    }

    @Override
    public Skipped skipHabit(String id, SkipBody day) {
        return call("POST", "/habits/{id}/skip", day, Skipped.class, id);
    }

    @Override
    public Paused pauseHabit(String id, PauseBody days) {
        return call("POST", "/habits/{id}/pause", days, Paused.class, id);
    }

    @Override
    public Paused pauseAll(PauseBody days) {
        return call("POST", "/habits/pause", days, Paused.class);
    }

    @Override
    public Unskipped unskipHabit(String id, SkipBody day) {
        return call("POST", "/habits/{id}/unskip", day, Unskipped.class, id);
    }

    @Override
    public Resumed resumeHabit(String id, ResumeBody from) {
        return call("POST", "/habits/{id}/resume", from, Resumed.class, id);
    }

    @Override
    public Resumed resumeAll(ResumeBody from) {
        return call("POST", "/habits/resume", from, Resumed.class);
    }

    // Reminders

    @Override
    public HabitReminders habitReminders(String habitId) {
        return call("GET", "/habits/{id}/reminders", null, HabitReminders.class, habitId);
    }

    @Override
    public HabitReminders changeHabitReminders(String habitId, HabitRemindersChange change) {
        return call("PUT", "/habits/{id}/reminders", change, HabitReminders.class, habitId);
    }

    @Override
    public ReminderSettingsEntry reminderSettings() {
        return call("GET", "/reminders/settings", null, ReminderSettingsEntry.class);
    }

    @Override
    public ReminderSettingsEntry changeReminderSettings(ReminderSettingsChange change) {
        return call("PUT", "/reminders/settings", change, ReminderSettingsEntry.class);
    }

    @Override
    public CalendarLink newCalendarLink() {
        return call("POST", "/reminders/calendar", null, CalendarLink.class);
    }

    @Override
    public UpcomingReminders upcomingReminders(int hours) {
        return call("GET", "/reminders{?hours}", null, UpcomingReminders.class, hours);
    }

    @Override
    public ReminderTestSent sendTestReminder(String channel) {
        return call("POST", "/reminders/test{?channel}", null, ReminderTestSent.class, channel);
    }

    @Override
    public ReminderSnoozed snoozeReminder(String habitId, ReminderSnooze snooze) {
        return call("POST", "/reminders/{id}/snooze", snooze, ReminderSnoozed.class, habitId);
    }

    @Override
    public CheckInResult reminderDone(String habitId) {
        HttpResponse<String> response = send(request("POST", "/reminders/{id}/done", null, JSON, habitId));
        return new CheckInResult(decode(response, Recorded.class), response.statusCode() == 201);
    }

    @Override
    public Stats progress(int weeks) {
        return call("GET", "/progress{?weeks}", null, Stats.class, weeks);
    }

    @Override
    public Stats progress(String habitId, int weeks) {
        return call("GET", "/habits/{id}/progress{?weeks}", null, Stats.class, habitId, weeks);
    }

    // Check-ins

    @Override
    public CheckInResult checkIn(CheckInBody checkIn) {
        Request request = request("POST", "/check-ins", checkIn, JSON);
        ServerUnreachableException lastFailure = null;
        for (int attempt = 1; attempt <= CHECK_IN_ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = send(request);
                return new CheckInResult(decode(response, Recorded.class), response.statusCode() == 201);
            } catch (ServerUnreachableException e) {
                if (!e.requestMayHaveArrived() || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                // The same body again: its client id makes the server record it once.
                lastFailure = e;
                if (attempt < CHECK_IN_ATTEMPTS) {
                    pause(attempt);
                }
            }
        }
        throw lastFailure;
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public CheckIns checkIns(LocalDate from, LocalDate to, Optional<String> habitId) {
        return call("GET", "/check-ins{?from,to,habit}", null, CheckIns.class, from, to, habitId.orElse(null));
    }

    @Override
    public CheckInEntry checkInById(String id) {
        return call("GET", "/check-ins/{id}", null, CheckInEntry.class, id);
    }

    @Override
    public CheckInEntry editCheckIn(String id, CheckInBody checkIn) {
        return call("PUT", "/check-ins/{id}", checkIn, CheckInEntry.class, id);
    }

    @Override
    public void deleteCheckIn(String id) {
        call("DELETE", "/check-ins/{id}", null, Void.class, id);
    }

    @Override
    public Undone undoCheckIn() {
        return call("POST", "/check-ins/undo", null, Undone.class);
    }

    // Templates, plans

    @Override
    public Templates templates() {
        return call("GET", "/templates", null, Templates.class);
    }

    @Override
    public Proposal proposePlan(AssessmentBody assessment) {
        return call("POST", "/plan/proposal", assessment, Proposal.class);
    }

    @Override
    public Proposal applyPlan(AssessmentBody assessment) {
        return call("POST", "/plan/apply", assessment, Proposal.class);
    }

    @Override
    public PlanAnswersEntry planAnswers() {
        return call("GET", "/plan/answers", null, PlanAnswersEntry.class);
    }

    @Override
    public SafetyScreenEntry safetyScreen() {
        return call("GET", "/safety-screen", null, SafetyScreenEntry.class);
    }

    @Override
    public SafetyScreenEntry answerSafetyScreen(SafetyAnswersBody answers) {
        return call("PUT", "/safety-screen", answers, SafetyScreenEntry.class);
    }

    // Export and import: the documents pass through as the server writes and reads them.

    @Override
    public String exportJson() {
        return send(request("GET", "/export", null, JSON)).body();
    }

    @Override
    public String exportCsv() {
        return send(request("GET", "/export.csv", null, CSV)).body();
    }

    @Override
    public Imported importJson(String export) {
        return call("POST", "/import", new Text(JSON, export), Imported.class);
    }

    @Override
    public Imported importCsv(String csv) {
        return call("POST", "/import.csv", new Text(CSV, csv), Imported.class);
    }

    @Override
    public ImportPreview previewImport(byte[] file, String fileName) {
        return call("POST", "/import/preview{?name}", Text.file(file), ImportPreview.class, fileName);
    }

    @Override
    public Imported importFile(byte[] file, String fileName) {
        return call("POST", "/import/apply{?name}", Text.file(file), Imported.class, fileName);
    }

    // The library

    @Override
    public Pillars pillars() {
        return call("GET", "/pillars", null, Pillars.class);
    }

    @Override
    public Techniques techniques(Optional<String> pillar) {
        return call("GET", "/techniques{?pillar}", null, Techniques.class, pillar.orElse(null));
    }

    @Override
    public TechniqueDetail technique(String id) {
        return call("GET", "/techniques/{+id}", null, TechniqueDetail.class, id);
    }

    @Override
    public Routines routines() {
        return call("GET", "/routines", null, Routines.class);
    }

    @Override
    public RoutineDetail routine(String id) {
        return call("GET", "/routines/{+id}", null, RoutineDetail.class, id);
    }

    @Override
    public Plugins plugins() {
        return call("GET", "/plugins", null, Plugins.class);
    }

    // A person's own techniques and routines

    @Override
    public OwnExercisesEntry ownExercises() {
        return call("GET", "/own", null, OwnExercisesEntry.class);
    }

    @Override
    public TechniqueDetail addOwnTechnique(OwnTechniqueBody technique) {
        return call("POST", "/own/techniques", technique, TechniqueDetail.class);
    }

    @Override
    public TechniqueDetail editOwnTechnique(String id, OwnTechniqueBody changes) {
        return call("PATCH", "/own/techniques/{+id}", changes, TechniqueDetail.class, id);
    }

    @Override
    public RoutineDetail addOwnRoutine(OwnRoutineBody routine) {
        return call("POST", "/own/routines", routine, RoutineDetail.class);
    }

    @Override
    public RoutineDetail editOwnRoutine(String id, OwnRoutineBody changes) {
        return call("PATCH", "/own/routines/{+id}", changes, RoutineDetail.class, id);
    }

    @Override
    public void removeOwn(String id) {
        call("DELETE", "/own/{+id}", null, Void.class, id);
    }

    @Override
    public OwnExported exportOwn(Optional<String> pluginId) {
        return call("GET", "/own/export{?id}", null, OwnExported.class, pluginId.orElse(null));
    }

    @Override
    public OwnImported importOwn(String file) {
        return call("POST", "/own/import", new Text(YAML, file), OwnImported.class);
    }

    // HTTP

    /** A body that is already text of its media type: an export, a CSV file. */
    /** A request body: text (sent as UTF-8) or, for a file, bytes as they are. */
    private record Text(String mediaType, byte[] bytes, boolean binary) {
        Text(String mediaType, String content) {
            this(mediaType, content.getBytes(StandardCharsets.UTF_8), false);
        }

        static Text file(byte[] bytes) {
            return new Text(OCTETS, bytes, true);
        }
    }

    /** One request, ready to be sent (and, for a check-in, sent again as it is). */
    private record Request(String method, URI uri, Text body, String accept) {}

    /**
     * The one way a route is called: {@code body} as JSON (or as it is, when {@link Text}), the
     * path's placeholders filled from {@code values} in order, the answer read as {@code answer}
     * ({@code Void}: none).
     */
    private <T> T call(String method, String path, Object body, Class<T> answer, Object... values) {
        HttpResponse<String> response = send(request(method, path, body, JSON, values));
        return answer == Void.class ? null : decode(response, answer);
    }

    private Request request(String method, String path, Object body, String accept, Object... values) {
        Text text = body == null || body instanceof Text ? (Text) body : new Text(JSON, encode(body));
        return new Request(method, URI.create(api + ApiPath.expand(path, values)), text, accept);
    }

    private String encode(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T decode(HttpResponse<String> response, Class<T> type) {
        try {
            T value = json.readValue(response.body(), type);
            if (value == null) {
                throw new IOException("empty body");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new ServerRefusedException(
                    response.statusCode(),
                    "the server " + server
                            + " answered with something other than Unknot's API (is it an Unknot server?)");
        }
    }

    /** Sends one request and returns a 2xx answer; anything else becomes the matching exception. */
    private HttpResponse<String> send(Request request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(request.uri())
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", request.accept())
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(
                                        request.body().bytes()));
        if (request.body() != null) {
            http.header(
                    "Content-Type", request.body().mediaType() + (request.body().binary() ? "" : "; charset=utf-8"));
        }
        HttpResponse<String> response;
        try {
            response = this.http.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachableException(
                    "interrupted while waiting for the Unknot server at " + server, e, true);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response;
        }
        throw refusal(status, error(response));
    }

    /** What went wrong on the way, in one line, and whether the request may have arrived. */
    private ServerUnreachableException unreachable(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return new ServerUnreachableException(
                    "cannot reach the Unknot server at " + server + ": no connection within " + seconds() + " s",
                    e,
                    false);
        }
        if (e instanceof HttpTimeoutException) {
            return new ServerUnreachableException(
                    "the Unknot server at " + server + " did not answer within " + seconds() + " s", e, true);
        }
        if (e instanceof ConnectException) {
            return new ServerUnreachableException(
                    "cannot reach the Unknot server at " + server + ": "
                            + (unresolved(e) ? "unknown host" : "connection refused"),
                    e,
                    false);
        }
        return new ServerUnreachableException(
                "lost the connection to the Unknot server at " + server + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                e,
                true);
    }

    /** Whether the host's name did not resolve (the JDK wraps that in one or two ConnectExceptions). */
    private static boolean unresolved(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** The time-out in whole seconds, at least 1, for messages. */
    private long seconds() {
        return Math.max(1, timeout.toSeconds());
    }

    private Optional<ApiError> error(HttpResponse<String> response) {
        try {
            return Optional.ofNullable(json.readValue(response.body(), ApiError.class))
                    .filter(error -> error.message() != null);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private RuntimeException refusal(int status, Optional<ApiError> error) {
        String message = error.map(ApiError::message).orElse(null);
        if (status == 401) {
            return new ServerRefusedException(
                    status,
                    "the server " + server + " refused the token (unknown or revoked);"
                            + " make one in the web UI's Settings and run 'unknot login " + server + "'");
        }
        if (message == null) {
            return new ServerRefusedException(
                    status,
                    "the server " + server + " answered " + status
                            + " without Unknot's error body (is it an Unknot server?)");
        }
        return switch (status) {
            case 400 -> new InvalidInputException(error.map(ApiError::field).orElse("request"), message);
            case 404 -> notFound(message);
            case 409 -> new ConflictException(message);
            case 503 -> new UnavailableException(message, null);
            default ->
                new ServerRefusedException(status, "the server " + server + " failed (" + status + "): " + message);
        };
    }

    /** The server's "no habit 3" back as the store's exception, with the same message. */
    static NotFoundException notFound(String message) {
        String rest = message.startsWith("no ") ? message.substring(3) : message;
        int space = rest.lastIndexOf(' ');
        // (Without a space, the message gains a trailing blank, which the CLI's one line strips.)
        return space < 0
                ? new NotFoundException(rest, "")
                : new NotFoundException(rest.substring(0, space), rest.substring(space + 1));
    }
}
