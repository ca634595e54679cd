package dev.unknot.api.error;

import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import dev.unknot.wire.error.TrackerException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's refusals as HTTP answers: bad input 400 (naming the field), an unknown or foreign id
 * 404, a clash 409, a database that cannot be reached 503. The store's messages are written for
 * people and name no internals, so they go out as they are.
 */
@Produces
@Singleton
final class StoreExceptionHandler implements ExceptionHandler<TrackerException, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(StoreExceptionHandler.class);

    /** The store names fields in words; the API names them as its JSON does. */
    private static final Map<String, String> JSON_NAMES = Map.ofEntries(
            Map.entry("tightness before", "before"),
            Map.entry("tightness after", "after"),
            Map.entry("duration", "durationSeconds"),
            Map.entry("check-in habit", "habit"),
            Map.entry("habit_id", "habit"),
            Map.entry("habit name", "name"),
            Map.entry("habit ref", "id"),
            Map.entry("habit description", "description"),
            Map.entry("daily target", "metric.dailyTarget"),
            Map.entry("template", "id"),
            Map.entry("technique", "id"),
            Map.entry("routine", "id"));

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, TrackerException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            return HttpResponse.<ApiError>badRequest().body(invalidInput(invalid));
        }
        if (refusal instanceof NotFoundException) {
            return HttpResponse.<ApiError>notFound().body(new ApiError(ApiError.NOT_FOUND, null, refusal.getMessage()));
        }
        if (refusal instanceof ConflictException) {
            return HttpResponse.<ApiError>status(HttpStatus.CONFLICT)
                    .body(new ApiError(ApiError.CONFLICT, null, refusal.getMessage()));
        }
        return unavailable(request, refusal);
    }

    /** How long a client is asked to wait before it tries again when the database is unavailable. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** 503 with {@code Retry-After}: the database is unavailable, nothing of the request was kept. */
    static HttpResponse<ApiError> unavailable(HttpRequest<?> request, Throwable outage) {
        // The cause's own message only: a whole stack per call would flood the log during an outage.
        LOG.warn(
                "API call {} {}: the database is unavailable: {}",
                request.getMethodName(),
                request.getPath(),
                rootMessage(outage));
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS))
                .body(new ApiError(ApiError.UNAVAILABLE, null, "the database is unavailable; try again later"));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static ApiError invalidInput(InvalidInputException invalid) {
        return ApiError.invalidInput(jsonName(invalid.field()), invalid.getMessage());
    }

    /** {@code time zone} → {@code timeZone}, with the few names that differ more; a name without spaces stays. */
    static String jsonName(String field) {
        String known = JSON_NAMES.get(field);
        if (known != null) {
            return known;
        }
        // Already a JSON name ("durationSeconds", "causes.poor-posture"): as it is.
        String[] words = field.strip().split("\\s+");
        if (words.length == 1) {
            return words[0];
        }
        StringBuilder name = new StringBuilder(words[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                name.append(Character.toUpperCase(words[i].charAt(0)))
                        .append(words[i].substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return name.toString();
    }
}
