package dev.unknot.client;

import io.micronaut.serde.annotation.Serdeable;

/** The API's error body: {@code {"error": KIND, "field": name or null, "message": one line}}. */
@Serdeable
record ApiError(String error, String field, String message) {}
