package dev.unknot.api.error;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents, on a controller, the error answers every API call may give, each with the {@link ApiError}
 * body in JSON (whatever the route answers when it succeeds). Every API controller carries it; the
 * API's tests fail on an error answer the document does not list.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ApiResponse(
        responseCode = "400",
        description = "Invalid input: the field at fault and the rule",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "401",
        description = "No token, or an unknown or revoked one",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "403",
        description = "A call from a page of another site (a foreign Origin)",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "404",
        description = "An unknown id, or another person's",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "406",
        description = "An Accept header the route cannot answer",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "409",
        description = "A conflict with what is stored",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "413",
        description = "A body larger than the server takes",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "414",
        description = "A URL longer than the server reads",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "415",
        description = "A body of another type than the route takes",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "431",
        description = "Headers larger than the server reads",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "500",
        description = "A failure of the server; the cause is in its log only",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
@ApiResponse(
        responseCode = "503",
        description = "The database cannot be reached; nothing was written. Retry-After says when to try again",
        content = @Content(mediaType = ApiErrors.JSON, schema = @Schema(implementation = ApiError.class)))
public @interface ApiErrors {

    /**
     * JSON, spelt with its charset: micronaut-openapi replaces a plain {@code application/json} with
     * the route's own type (CSV for {@code /export.csv}), which the error is not.
     */
    String JSON = "application/json;charset=utf-8";
}
