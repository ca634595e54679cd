package dev.unknot.api.error;

import dev.unknot.app.tracker.Outages;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no other handler knows: 500 with a generic line, the cause in the server's log, or 503
 * with {@code Retry-After} when the cause is a database that cannot be reached. The log names the
 * method and path only, never headers (they carry the token) or the body.
 */
@Produces
@Singleton
@Requires(classes = {Exception.class, ExceptionHandler.class})
final class UnexpectedFailureHandler implements ExceptionHandler<Exception, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, Exception failure) {
        if (Outages.of(failure).isPresent()) {
            return StoreExceptionHandler.unavailable(request, failure);
        }
        LOG.error("API call {} {} failed", request.getMethodName(), request.getPath(), failure);
        return HttpResponse.<ApiError>status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(new ApiError(ApiError.INTERNAL, null, "the server failed to answer; the cause is in its log"));
    }
}
