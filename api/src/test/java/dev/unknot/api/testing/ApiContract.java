package dev.unknot.api.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The API's OpenAPI document, as the build generated it, held against every exchange of the API's
 * tests: {@link ApiServerTest#send} passes each one here, so a route, a field or an error that the
 * document does not describe as it is answered fails the test that met it. Every answer is checked;
 * a request is checked too when the server took it (a 2xx), since a request the server accepts the
 * document must allow. Requests the server refuses are the malformed-input tests' business, not
 * the document's.
 */
public final class ApiContract {

    /** Where micronaut-openapi writes the document: META-INF/swagger/{title}-{version}.yml. */
    public static final String DOCUMENT = "META-INF/swagger/unknot-api-1.yml";

    /**
     * Served outside the document on purpose: the document itself, Swagger UI, and the test class
     * path's deliberately failing route.
     */
    private static final Set<String> UNDOCUMENTED = Set.of("/api/openapi.yml", "/api/docs", "/api/v1/test-failure");

    private static final AtomicInteger RESPONSES = new AtomicInteger();
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    private static volatile OpenApiInteractionValidator validator;

    static {
        // How much the suite held to the document, for whoever wonders: target/openapi-contract.txt.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(Path.of("target", "openapi-contract.txt"), checked() + " checked\n");
            } catch (IOException e) {
                // Only a count for people; the checks themselves have passed or failed already.
            }
        }));
    }

    private ApiContract() {}

    /** The document's text. */
    public static String document() {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            return new String(
                    Objects.requireNonNull(in, "the OpenAPI document was not generated: " + DOCUMENT)
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many answers, and how many accepted requests, were checked in this JVM so far. */
    public static String checked() {
        return RESPONSES.get() + " responses and " + REQUESTS.get() + " requests";
    }

    private static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ApiContract.class) {
                if (validator == null) {
                    ParseOptions options = new ParseOptions();
                    options.setResolve(true);
                    OpenAPI api = new OpenAPIV3Parser()
                            .readContents(document(), null, options)
                            .getOpenAPI();
                    api.getComponents().getSchemas().values().forEach(ApiContract::nullableReferences);
                    validator = OpenApiInteractionValidator.createFor(api).build();
                }
            }
        }
        return validator;
    }

    /**
     * OpenAPI 3.0 says "this object, or null" as {@code nullable: true} beside {@code allOf} of the
     * object's reference (which micronaut-openapi writes for a {@code @Nullable} record); the
     * validator checks the {@code allOf} alone and refuses the null. For the validator only, such a
     * schema becomes {@code anyOf} the reference or null (an object with no property).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableReferences(Schema schema) {
        if (schema == null) {
            return;
        }
        if (Boolean.TRUE.equals(schema.getNullable())
                && schema.getType() == null
                && schema.getAllOf() != null
                && schema.getAllOf().size() == 1) {
            Schema nothing = new ObjectSchema().nullable(true).maxProperties(0);
            schema.setAnyOf(new ArrayList<>(List.of((Schema) schema.getAllOf().get(0), nothing)));
            schema.setAllOf(null);
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(ApiContract::nullableReferences);
        }
        nullableReferences(schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema more) {
            nullableReferences(more);
        }
    }

    /** @throws AssertionError naming every way the exchange differs from the document */
    static void check(HttpRequest request, HttpResponse<String> response) {
        String path = request.uri().getRawPath();
        if (UNDOCUMENTED.contains(path) || path.startsWith("/api/docs/") || !served(path)) {
            return;
        }
        Request.Method method = Request.Method.valueOf(request.method().toUpperCase(Locale.ROOT));
        SimpleRequest asked = requestOf(request, method);
        SimpleResponse answered = responseOf(response);
        boolean accepted = response.statusCode() / 100 == 2;
        ValidationReport report =
                accepted ? validator().validate(asked, answered) : validator().validateResponse(path, method, answered);
        if (!accepted && unrouted(report)) {
            // No such route (or not with this method): an error, and nothing in the document to hold it to.
            return;
        }
        RESPONSES.incrementAndGet();
        if (accepted) {
            REQUESTS.incrementAndGet();
        }
        if (report.hasErrors()) {
            throw new AssertionError("the OpenAPI document does not describe " + request.method() + " "
                    + request.uri().getRawPath()
                    + (request.uri().getRawQuery() == null
                            ? ""
                            : "?" + request.uri().getRawQuery())
                    + " answering " + response.statusCode() + " " + excerpt(response.body()) + ":\n"
                    + report.getMessages().stream()
                            .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                            .map(message -> "  " + message.getKey() + ": " + message.getMessage()
                                    + message.getContext()
                                            .flatMap(ValidationReport.MessageContext::getPointers)
                                            .map(pointers -> " at " + pointers.getInstance())
                                            .orElse(""))
                            .collect(Collectors.joining("\n")));
        }
    }

    /** The paths the API answers itself (the rest is the web UI's). */
    private static boolean served(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/calendar/");
    }

    private static boolean unrouted(ValidationReport report) {
        return report.getMessages().stream()
                .anyMatch(message -> message.getKey().equals("validation.request.path.missing")
                        || message.getKey().equals("validation.request.operation.notAllowed"));
    }

    private static SimpleRequest requestOf(HttpRequest request, Request.Method method) {
        URI uri = request.uri();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, uri.getRawPath());
        request.headers().map().forEach(builder::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                builder.withQueryParam(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        bodyOf(request).ifPresent(builder::withBody);
        return builder.build();
    }

    private static SimpleResponse responseOf(HttpResponse<String> response) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(response.statusCode());
        response.headers().map().forEach(builder::withHeader);
        if (response.body() != null && !response.body().isEmpty()) {
            builder.withBody(response.body());
        }
        return builder.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String excerpt(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** The bytes a request's body publisher sends; the JDK's publishers may be read more than once. */
    private static Optional<byte[]> bodyOf(HttpRequest request) {
        Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
        if (publisher.isEmpty() || publisher.get().contentLength() == 0) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the request's body", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Optional.of(bytes.toByteArray());
    }
}
