package dev.unknot.api.admin;

import dev.unknot.api.error.ApiError;
import dev.unknot.app.admin.NotAdministratorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** An administrator's route called with someone else's token: 403, saying so. */
@Produces
@Singleton
final class NotAdministratorHandler implements ExceptionHandler<NotAdministratorException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, NotAdministratorException refusal) {
        return HttpResponse.<ApiError>status(io.micronaut.http.HttpStatus.FORBIDDEN)
                .body(new ApiError(ApiError.FORBIDDEN, null, refusal.getMessage()));
    }
}
