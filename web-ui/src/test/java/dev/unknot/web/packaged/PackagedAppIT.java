package dev.unknot.web.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged web UI as the launcher runs it: serves from its jars, the API beside it, and stops cleanly. */
class PackagedAppIT {

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path home;

    @Test
    void servesPagesAndResourcesFromItsJarsThenStopsOnSigterm() throws Exception {
        try (PackagedApp app = PackagedApp.start(home)) {
            System.out.println("Web UI answered 200 after " + app.startUp().toMillis() + " ms at " + app.uri());
            assertThat(app.output()).contains("Unknot is running at " + app.uri());

            HttpResponse<String> page = get(app, "library/stretching/childs-pose");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html");
            // Jetty's session cookie, through the front door with its attributes.
            assertThat(page.headers().allValues("set-cookie"))
                    .anySatisfy(cookie -> assertThat(cookie)
                            .startsWith("JSESSIONID=")
                            .containsIgnoringCase("HttpOnly")
                            .containsIgnoringCase("SameSite=Lax"));
            HttpResponse<String> missing = get(app, "VAADIN/no-such-file.js");
            assertThat(missing.statusCode()).isEqualTo(404);

            // A static file inside unknot-web-ui.jar: needs the jar: URL fix of getStaticResource.
            HttpResponse<String> icon = get(app, "icons/unknot.svg");
            assertThat(icon.statusCode()).isEqualTo(200);
            assertThat(icon.headers().firstValue("content-type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg"));
            assertThat(icon.body()).contains("<svg");

            HttpResponse<String> theme = get(app, "VAADIN/static/themes/unknot/styles.css");
            assertThat(theme.statusCode()).isEqualTo(200);
            assertThat(theme.body()).contains(".pillar-card");

            // The JSON API on the same port, where Micronaut's Netty answers it itself; Jetty behind it.
            assertThat(app.output())
                    .contains("The front door listens on port " + app.uri().getPort())
                    .contains("the web UI's Jetty behind it on http://127.0.0.1:");
            HttpResponse<String> api = get(app, "api/v1/settings");
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.body()).contains("\"error\":\"unauthorized\"");
            HttpResponse<String> document = get(app, "api/openapi.yml");
            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.body()).contains("/api/v1/settings");

            app.process().destroy();
            assertThat(app.process().waitFor(PackagedApp.STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                    .as("stops within %s of SIGTERM", PackagedApp.STOP_TIMEOUT)
                    .isTrue();
            assertThat(app.output()).contains("Unknot stopped").doesNotContain("Exception");
        }
    }

    private HttpResponse<String> get(PackagedApp app, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(app.uri().resolve(path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
