package dev.unknot.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.ApiContract;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.input.Input;
import dev.unknot.app.transfer.TransferService;
import dev.unknot.core.checkin.Symptom;
import dev.unknot.core.library.Cause;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document that the build generates is valid OpenAPI 3, and the rules it declares on
 * the wire records are the ones the application enforces (the records cannot name the app's
 * constants, so these tests hold the two together). That every answer fits the document is checked
 * on every call of the API's tests ({@link ApiContract}).
 */
class OpenApiDocumentTests {

    private static final List<String> ERRORS =
            List.of("400", "401", "403", "404", "406", "409", "413", "414", "415", "431", "500", "503");

    private final OpenAPI api = parse().getOpenAPI();

    private static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(ApiContract.document(), null, options);
    }

    @Test
    void isValidOpenApi3() {
        SwaggerParseResult result = parse();

        assertThat(result.getMessages()).as("what the parser found wrong").isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(result.getOpenAPI().getPaths()).hasSizeGreaterThan(30);
    }

    @Test
    void everyOperationOfTheApiSaysWhatItAnswersAndEveryErrorInJson() {
        api.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/v1/")) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> {
                String where = method + " " + path;
                assertThat(operation.getResponses().keySet())
                        .as(where + ": annotate its controller with @ApiErrors")
                        .containsAll(ERRORS)
                        .anyMatch(status -> status.startsWith("2"));
                ERRORS.forEach(status -> assertThat(operation
                                .getResponses()
                                .get(status)
                                .getContent()
                                .keySet())
                        .as(where + " " + status)
                        .allMatch(type -> type.startsWith("application/json")));
            });
        });
    }

    @Test
    void aCheckInsBoundsAreTheServices() {
        Map<String, Schema> body = properties("CheckInBody");

        assertThat(body.get("clientId").getMaxLength()).isEqualTo(CheckInService.MAX_CLIENT_ID);
        assertThat(body.get("note").getMaxLength()).isEqualTo(CheckInService.MAX_NOTE);
        assertThat(body.get("amount").getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(Input.MAX_AMOUNT));
        assertThat(body.get("durationSeconds").getMaximum())
                .isEqualByComparingTo(BigDecimal.valueOf(CheckInService.MAX_DURATION.toSeconds()));
        assertThat(body.get("symptoms").getItems().getEnum())
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Symptom.values()).map(Symptom::id).toList());
        assertThat(body.keySet()).doesNotContain("id");
        assertThat(required("CheckInBody")).containsExactlyInAnyOrder("clientId", "habit");
    }

    @Test
    void aHabitsBoundsAreTheServices() {
        assertThat(properties("NewHabitBody").get("name").getMaxLength()).isEqualTo(HabitService.MAX_NAME);
        assertThat(properties("HabitChangesBody").get("name").getMaxLength()).isEqualTo(HabitService.MAX_NAME);
        assertThat(properties("MetricEntry").get("dailyTarget").getMaximum())
                .isEqualByComparingTo(BigDecimal.valueOf(Input.MAX_AMOUNT));
        assertThat(required("NewHabitBody")).containsExactly("from");
        assertThat(required("HabitChangesBody")).isEmpty();
    }

    @Test
    void thePlansCausesAreTheSixCauses() {
        assertThat(properties("CauseWeights").keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Cause.values()).map(Cause::id).toList());
        assertThat(api.getComponents().getSchemas().get("CauseWeights").getAdditionalProperties())
                .isEqualTo(false);
    }

    @Test
    void theCsvImportNamesEveryColumnItReads() {
        Operation importCsv = api.getPaths().get("/api/v1/import.csv").getPost();

        assertThat(importCsv.getRequestBody().getContent()).containsKey("text/csv");
        TransferService.CSV_HEADER.forEach(column ->
                assertThat(importCsv.getRequestBody().getDescription()).contains(column));
    }

    @Test
    void theExportIsTheObjectThatImportReads() {
        Schema export = api.getPaths()
                .get("/api/v1/export")
                .getGet()
                .getResponses()
                .get("200")
                .getContent()
                .get("application/json")
                .getSchema();
        Schema imported = api.getPaths()
                .get("/api/v1/import")
                .getPost()
                .getRequestBody()
                .getContent()
                .get("application/json")
                .getSchema();

        assertThat(export.get$ref()).endsWith("/ExportDocument").isEqualTo(imported.get$ref());
    }

    @Test
    void parametersWithADefaultAreOptional() {
        assertThat(api.getPaths().get("/api/v1/habits").getGet().getParameters())
                .allMatch(parameter -> !Boolean.TRUE.equals(parameter.getRequired()));
        assertThat(api.getPaths().get("/api/v1/progress").getGet().getParameters())
                .singleElement()
                .satisfies(weeks -> {
                    assertThat(weeks.getRequired()).isNotEqualTo(true);
                    assertThat(weeks.getSchema().getMinimum()).isEqualByComparingTo(BigDecimal.ONE);
                    assertThat(weeks.getSchema().getMaximum()).isEqualByComparingTo(BigDecimal.valueOf(52));
                });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Schema> properties(String schema) {
        return api.getComponents().getSchemas().get(schema).getProperties();
    }

    @SuppressWarnings("unchecked")
    private List<String> required(String schema) {
        List<String> required = api.getComponents().getSchemas().get(schema).getRequired();
        return required == null ? List.of() : required;
    }
}
