package dev.unknot.api.docs;

import dev.unknot.api.security.SecurityHeaders;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
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
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ClassLoader resources = DocsController.class.getClassLoader();
    private final String swaggerUi = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
    private final String page = page();
    private final String policy = policyOf(page);

    @Get("/openapi.yml")
    HttpResponse<StreamedFile> document() {
        URL document =
                Objects.requireNonNull(resources.getResource(DOCUMENT), "the OpenAPI document was not generated");
        return HttpResponse.ok(new StreamedFile(document)).contentType(YAML);
    }

    @Get(uri = "/docs", produces = MediaType.TEXT_HTML)
    HttpResponse<String> docs() {
        return HttpResponse.ok(page).header(SecurityHeaders.CSP, policy);
    }

    /**
     * Swagger UI's page: its scripts and styles from here only, and its one inline script, which
     * starts it, allowed by its hash; Swagger UI sets styles inline and shows {@code data:} images.
     */
    static String policyOf(String page) {
        Matcher inline = INLINE_SCRIPT.matcher(page);
        StringBuilder hashes = new StringBuilder();
        while (inline.find()) {
            hashes.append(" 'sha256-").append(sha256(inline.group(1))).append('\'');
        }
        return "default-src 'self'; script-src 'self'" + hashes
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none';"
                + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    private static String sha256(String script) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
