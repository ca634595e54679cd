package dev.unknot.api.docs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The API's own description: the OpenAPI document that micronaut-openapi generated from the
 * controllers at compile time, and Swagger UI (from its webjar, no CDN) showing it. Both are open
 * to anyone, without a token, like any published API description.
 */
@Hidden
@Controller("/api")
final class DocsController {

    /** Where micronaut-openapi writes the document: META-INF/swagger/{title}-{version}.yml. */
    static final String DOCUMENT = "META-INF/swagger/unknot-api-1.yml";

    private static final MediaType YAML = MediaType.of("application/yaml");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ClassLoader resources = DocsController.class.getClassLoader();
    private final String swaggerUi = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
    private final String page = page();

    @Get("/openapi.yml")
    HttpResponse<StreamedFile> document() {
        URL document =
                Objects.requireNonNull(resources.getResource(DOCUMENT), "the OpenAPI document was not generated");
        return HttpResponse.ok(new StreamedFile(document)).contentType(YAML);
    }

    @Get(uri = "/docs", produces = MediaType.TEXT_HTML)
    String docs() {
        return page;
    }

    /** Swagger UI's scripts and styles; anything else under /api/docs is a 404. */
    @Get("/docs/{file}")
    HttpResponse<StreamedFile> swaggerUi(String file) {
        URL resource = FILE_NAME.matcher(file).matches() && !file.contains("..")
                ? resources.getResource(swaggerUi + file)
                : null;
        if (resource == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "no such file");
        }
        return HttpResponse.ok(new StreamedFile(resource));
    }

    private static String swaggerUiVersion() {
        Properties pom = new Properties();
        try (InputStream in = DocsController.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            pom.load(Objects.requireNonNull(in, "the swagger-ui webjar is not on the class path"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String page() {
        try (InputStream in = DocsController.class.getResourceAsStream("swagger-ui.html")) {
            return new String(Objects.requireNonNull(in, "swagger-ui.html").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
