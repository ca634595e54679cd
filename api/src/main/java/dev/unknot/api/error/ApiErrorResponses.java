package dev.unknot.api.error;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Gives every error Micronaut answers by itself (no route: 404, wrong method: 405, wrong content
 * type: 415, its own argument binding and JSON handlers) the API's one error body, in JSON
 * whatever the client accepts. Replaces Micronaut's default, which answers browsers in HTML.
 */
@Singleton
final class ApiErrorResponses implements ErrorResponseProcessor<ApiError> {

    private final long maxRequestSize;

    ApiErrorResponses(HttpServerConfiguration server) {
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        MutableHttpResponse<ApiError> answer = (MutableHttpResponse<ApiError>) response;
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return answer;
        }
        if (response.status() == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            // Netty's decoder refuses an over-long request line or header block as a frame too long,
            // which Micronaut answers as a body too large; HTTP has its own answers for those.
            Optional<Throwable> cause = decoderFailure(context.getRequest());
            if (cause.filter(TooLongHttpLineException.class::isInstance).isPresent()) {
                return answer.status(HttpStatus.REQUEST_URI_TOO_LONG)
                        .body(new ApiError(ApiError.TOO_LARGE, null, "the URL is longer than this server reads"))
                        .contentType(MediaType.APPLICATION_JSON_TYPE);
            }
            if (cause.filter(TooLongHttpHeaderException.class::isInstance).isPresent()) {
                return answer.status(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
                        .body(new ApiError(
                                ApiError.TOO_LARGE, null, "the request's headers are larger than this server reads"))
                        .contentType(MediaType.APPLICATION_JSON_TYPE);
            }
        }
        ApiError error = response.status() == HttpStatus.REQUEST_ENTITY_TOO_LARGE
                ? tooLarge(maxRequestSize)
                : errorOf(context, response.status());
        return answer.body(error).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Why Netty could not read the request, when it could not. */
    private static Optional<Throwable> decoderFailure(HttpRequest<?> request) {
        if (request instanceof NettyHttpRequest<?> netty
                && netty.getNativeRequest().decoderResult().isFailure()) {
            return Optional.ofNullable(netty.getNativeRequest().decoderResult().cause());
        }
        return Optional.empty();
    }

    /** The limit in the person's units, never the name of the setting behind it. */
    static ApiError tooLarge(long maxRequestSize) {
        long mebibytes = maxRequestSize / (1024 * 1024);
        String limit = mebibytes >= 1 ? mebibytes + " MiB" : maxRequestSize + " bytes";
        return new ApiError(ApiError.TOO_LARGE, null, "the request is larger than this server takes (" + limit + ")");
    }

    static ApiError errorOf(ErrorContext context, HttpStatus status) {
        Optional<Throwable> cause = context.getRootCause();
        if (cause.isPresent()) {
            Optional<ApiError> known = InvalidRequests.describe(cause.get());
            if (known.isPresent()) {
                return known.get();
            }
        }
        String detail =
                context.getErrors().stream().map(Error::getMessage).findFirst().orElse(status.getReason());
        String field = context.getErrors().stream()
                .map(Error::getPath)
                .flatMap(Optional::stream)
                .map(path -> path.startsWith("/") ? path.substring(1) : path)
                .findFirst()
                .orElse(null);
        HttpRequest<?> request = context.getRequest();
        String where = request.getMethodName() + " " + request.getPath();
        return switch (status) {
            case NOT_FOUND -> new ApiError(ApiError.NOT_FOUND, null, "nothing at " + where);
            case METHOD_NOT_ALLOWED -> new ApiError(ApiError.METHOD_NOT_ALLOWED, null, detail);
            case UNSUPPORTED_MEDIA_TYPE -> new ApiError(ApiError.UNSUPPORTED_MEDIA_TYPE, null, detail);
            case NOT_ACCEPTABLE -> new ApiError(ApiError.NOT_ACCEPTABLE, null, detail);
            case UNAUTHORIZED, FORBIDDEN ->
                new ApiError(ApiError.UNAUTHORIZED, null, "a valid bearer token is required");
            case CONFLICT -> new ApiError(ApiError.CONFLICT, field, detail);
            case SERVICE_UNAVAILABLE ->
                new ApiError(ApiError.UNAVAILABLE, null, "the service is unavailable; try again later");
            default ->
                status.getCode() >= 500
                        ? new ApiError(ApiError.INTERNAL, null, "the server failed to answer; the cause is in its log")
                        : ApiError.invalidInput(field, detail);
        };
    }
}
