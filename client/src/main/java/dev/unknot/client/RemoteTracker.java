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
import dev.unknot.wire.plan.AssessmentBody;
import dev.unknot.wire.plan.Proposal;
import dev.unknot.wire.plugins.Plugins;
import dev.unknot.wire.settings.Settings;
import dev.unknot.wire.settings.SettingsChange;
import dev.unknot.wire.stats.Stats;
import dev.unknot.wire.today.Today;
import dev.unknot.wire.transfer.Imported;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The {@link Tracker} of the person a token belongs to, on an Unknot server: the paths and error
 * bodies of api-contract.md over the JDK's HTTP client (no Netty: the CLI starts in well under a
 * second). Answers are the same documents a {@code LocalTracker} gives, and refusals the same
 * exceptions: 400 {@link InvalidInputException} (with the field), 404 {@link NotFoundException},
 * 409 {@link ConflictException}, 503 {@link UnavailableException}; 401 and other failures
 * {@link ServerRefusedException}; no answer {@link ServerUnreachableException}.
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
        return get("/settings", Settings.class);
    }

    @Override
    public Settings changeSettings(SettingsChange change) {
        return call("PUT", "/settings", change, Settings.class);
    }

    @Override
    public Today today() {
        return get("/today", Today.class);
    }

    @Override
    public Advice advice() {
        return get("/advice", Advice.class);
    }

    // Habits

    @Override
    public Habits habits(boolean all) {
        return get("/habits?all=" + all, Habits.class);
    }

    @Override
    public HabitEntry habit(String id) {
        return get("/habits/" + segment(id), HabitEntry.class);
    }

    @Override
    public HabitEntry addHabit(NewHabitBody habit) {
        return call("POST", "/habits", habit, HabitEntry.class);
    }

    @Override
    public HabitEntry editHabit(String id, HabitChangesBody changes) {
        return call("PATCH", "/habits/" + segment(id), changes, HabitEntry.class);
    }

    @Override
    public HabitEntry archiveHabit(String id) {
        return call("POST", "/habits/" + segment(id) + "/archive", null, HabitEntry.class);
    }

    @Override
    public Skipped skipHabit(String id, SkipBody day) {
        return call("POST", "/habits/" + segment(id) + "/skip", day, Skipped.class);
    }

    @Override
    public Paused pauseHabit(String id, PauseBody days) {
        return call("POST", "/habits/" + segment(id) + "/pause", days, Paused.class);
    }

    @Override
    public Paused pauseAll(PauseBody days) {
        return call("POST", "/habits/pause", days, Paused.class);
    }

    @Override
    public Unskipped unskipHabit(String id, SkipBody day) {
        return call("POST", "/habits/" + segment(id) + "/unskip", day, Unskipped.class);
    }

    @Override
    public Resumed resumeHabit(String id, ResumeBody from) {
        return call("POST", "/habits/" + segment(id) + "/resume", from, Resumed.class);
    }

    @Override
    public Resumed resumeAll(ResumeBody from) {
        return call("POST", "/habits/resume", from, Resumed.class);
    }

    @Override
    public Stats progress(int weeks) {
        return get("/progress?weeks=" + weeks, Stats.class);
    }

    @Override
    public Stats progress(String habitId, int weeks) {
        return get("/habits/" + segment(habitId) + "/progress?weeks=" + weeks, Stats.class);
    }

    // Check-ins

    @Override
    public CheckInResult checkIn(CheckInBody checkIn) {
        String body = encode(checkIn);
        ServerUnreachableException lastFailure = null;
        for (int attempt = 1; attempt <= CHECK_IN_ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = send("POST", "/check-ins", JSON, body, JSON);
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

    /** The time-out in whole seconds, at least 1, for messages. */
    private long seconds() {
        return Math.max(1, timeout.toSeconds());
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
        return get(
                "/check-ins?from=" + from + "&to=" + to
                        + habitId.map(id -> "&habit=" + query(id)).orElse(""),
                CheckIns.class);
    }

    @Override
    public CheckInEntry checkInById(String id) {
        return get("/check-ins/" + segment(id), CheckInEntry.class);
    }

    @Override
    public CheckInEntry editCheckIn(String id, CheckInBody checkIn) {
        return call("PUT", "/check-ins/" + segment(id), checkIn, CheckInEntry.class);
    }

    @Override
    public void deleteCheckIn(String id) {
        send("DELETE", "/check-ins/" + segment(id), null, null, JSON);
    }

    @Override
    public Undone undoCheckIn() {
        return call("POST", "/check-ins/undo", null, Undone.class);
    }

    // Templates, plans

    @Override
    public Templates templates() {
        return get("/templates", Templates.class);
    }

    @Override
    public Proposal proposePlan(AssessmentBody assessment) {
        return call("POST", "/plan/proposal", assessment, Proposal.class);
    }

    @Override
    public Proposal applyPlan(AssessmentBody assessment) {
        return call("POST", "/plan/apply", assessment, Proposal.class);
    }

    // Export and import

    @Override
    public String exportJson() {
        return send("GET", "/export", null, null, JSON).body();
    }

    @Override
    public String exportCsv() {
        return send("GET", "/export.csv", null, null, CSV).body();
    }

    @Override
    public Imported importJson(String export) {
        return decode(send("POST", "/import", JSON, export, JSON), Imported.class);
    }

    @Override
    public Imported importCsv(String csv) {
        return decode(send("POST", "/import.csv", CSV, csv, JSON), Imported.class);
    }

    // The library

    @Override
    public Pillars pillars() {
        return get("/pillars", Pillars.class);
    }

    @Override
    public Techniques techniques(Optional<String> pillar) {
        return get("/techniques" + pillar.map(id -> "?pillar=" + query(id)).orElse(""), Techniques.class);
    }

    @Override
    public TechniqueDetail technique(String id) {
        return get("/techniques/" + path(id), TechniqueDetail.class);
    }

    @Override
    public Routines routines() {
        return get("/routines", Routines.class);
    }

    @Override
    public RoutineDetail routine(String id) {
        return get("/routines/" + path(id), RoutineDetail.class);
    }

    @Override
    public Plugins plugins() {
        return get("/plugins", Plugins.class);
    }

    // HTTP

    private <T> T get(String path, Class<T> type) {
        return decode(send("GET", path, null, null, JSON), type);
    }

    private <T> T call(String method, String path, Object body, Class<T> type) {
        return decode(send(method, path, body == null ? null : JSON, body == null ? null : encode(body), JSON), type);
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
    HttpResponse<String> send(String method, String path, String contentType, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", accept)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType + "; charset=utf-8");
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new ServerUnreachableException(
                    "cannot reach the Unknot server at " + server + ": no connection within " + seconds() + " s",
                    e,
                    false);
        } catch (HttpTimeoutException e) {
            throw new ServerUnreachableException(
                    "the Unknot server at " + server + " did not answer within " + seconds() + " s", e, true);
        } catch (ConnectException e) {
            throw new ServerUnreachableException(
                    "cannot reach the Unknot server at " + server + ": "
                            + (e.getCause() instanceof UnresolvedAddressException
                                    ? "unknown host"
                                    : "connection refused"),
                    e,
                    false);
        } catch (IOException e) {
            throw new ServerUnreachableException(
                    "lost the connection to the Unknot server at " + server + ": "
                            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    e,
                    true);
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

    /** One path segment, percent-encoded. */
    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A namespaced id ({@code stretching/cat-cow}) as path segments. */
    private static String path(String id) {
        return Arrays.stream(id.split("/", -1)).map(RemoteTracker::segment).collect(Collectors.joining("/"));
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
