package dev.unknot.wire.own;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * EXPORT: {@code GET /api/v1/own/export}: a person's own techniques and routines as a data plugin file.
 *
 * @param fileName a name to save it under, e.g. {@code anna-exercises.yaml}
 * @param text the file: YAML of the data plugin format
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record OwnExported(String fileName, String text, int techniques, int routines) {}
