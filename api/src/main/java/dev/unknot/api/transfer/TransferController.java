package dev.unknot.api.transfer;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.auth.Trackers;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.transfer.ExportDocument;
import dev.unknot.wire.transfer.ImportPreview;
import dev.unknot.wire.transfer.Imported;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** All of a person's data out (the export file, or check-ins as CSV) and back in. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "export and import")
@ApiErrors
final class TransferController {

    static final String CSV = "text/csv";

    /** What {@code POST /import.csv} reads; the API's tests check it names every column of {@code TransferService.CSV_HEADER}. */
    static final String CSV_RULE = "CSV with a header row. Unknot's own (GET /export.csv): the header names at least"
            + " client_id, at, and habit or habit_id; the columns id, day, amount, duration_seconds, tightness_before,"
            + " tightness_after, note, symptoms, pain_before and pain_after may follow in any order (id and day are ignored). A habit is found"
            + " by its name, else by habit_id, and a name the person has no habit of becomes a new habit. Or any"
            + " tracker's CSV of check-ins (see docs/import.md).";

    private final Trackers trackers;

    TransferController(Trackers trackers) {
        this.trackers = trackers;
    }

    @Get("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything of the person's as the export file (format unknot-export, version 1)")
    @ApiResponse(
            responseCode = "200",
            description = "The export file, as a download (Content-Disposition: attachment)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExportDocument.class)))
    HttpResponse<String> exportJson(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return HttpResponse.ok(trackers.of(person).exportJson())
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"unknot-export.json\"");
    }

    @Get("/export.csv")
    @Produces(CSV)
    @Operation(summary = "The person's check-ins as CSV, with a header row")
    @ApiResponse(
            responseCode = "200",
            description = "The check-ins, oldest first, as a download (Content-Disposition: attachment). The header:"
                    + " id, client_id, habit_id, habit, at, day, amount, duration_seconds, tightness_before,"
                    + " tightness_after, note, symptoms. A text cell that a spreadsheet would read as a formula (one"
                    + " starting with =, +, - or @) gets a leading apostrophe.",
            content = @Content(mediaType = CSV, schema = @Schema(type = "string")))
    HttpResponse<String> exportCsv(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return HttpResponse.ok(trackers.of(person).exportCsv())
                .contentType(MediaType.of(CSV + "; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"unknot-check-ins.csv\"");
    }

    @Post("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Adds the habits and check-ins of an export file",
            requestBody =
                    @RequestBody(
                            description = "An export file, as GET /export answers it",
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ExportDocument.class))))
    Imported importJson(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body String export) {
        return trackers.of(person).importJson(export);
    }

    @Post("/import.csv")
    @Consumes(CSV)
    @Operation(
            summary = "Adds check-ins from CSV; rows whose client id is recorded already count as alreadyPresent",
            requestBody =
                    @RequestBody(
                            description = CSV_RULE,
                            required = true,
                            content = @Content(mediaType = CSV, schema = @Schema(type = "string"))))
    Imported importCsv(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body String csv) {
        return trackers.of(person).importCsv(csv);
    }

    @Post("/import/preview{?name}")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(
            summary = "What importing a file would write, writing nothing",
            description = "The body is the file as it is: a Loop Habit Tracker backup (.db) or CSV export (.zip), "
                    + "any tracker's CSV of check-ins, or Unknot's own CSV or JSON export. See docs/import.md.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                            schema = @Schema(type = "string", format = "binary"))))
    ImportPreview previewImport(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @Parameter(description = "The file's name, for messages") @QueryValue @Nullable String name,
            @Body byte[] file) {
        return trackers.of(person).previewImport(file, name == null ? "" : name);
    }

    @Post("/import/apply{?name}")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(
            summary = "Imports a file as its preview showed; the same file again adds nothing",
            description = "The body is the file as it is; see the preview route.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                                            schema = @Schema(type = "string", format = "binary"))))
    Imported applyImport(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @Parameter(description = "The file's name, for messages") @QueryValue @Nullable String name,
            @Body byte[] file) {
        return trackers.of(person).importFile(file, name == null ? "" : name);
    }
}
