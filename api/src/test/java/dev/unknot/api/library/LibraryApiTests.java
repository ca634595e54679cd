package dev.unknot.api.library;

import static dev.unknot.api.testing.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import org.junit.jupiter.api.Test;

/** The library needs no data of the person's, but it is behind the token like everything under /api/v1. */
class LibraryApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void pillarsTechniquesAndOneTechniqueByItsTwoSegments() {
        Caller caller = newCaller();

        Answer pillars = get("/api/v1/pillars", caller);
        Answer stretching = get("/api/v1/techniques?pillar=stretching", caller);
        Answer pose = get("/api/v1/techniques/stretching/childs-pose", caller);

        assertThat(pillars.status()).isEqualTo(200);
        assertThat(pillars.body()).contains("\"id\":\"stretching\"").contains("\"id\":\"movement\"");
        assertThat(stretching.body())
                .contains("\"id\":\"stretching/childs-pose\"")
                .doesNotContain("\"id\":\"movement/");
        assertThat(get("/api/v1/techniques", caller).body()).contains("\"id\":\"movement/hip-circles\"");
        assertThat(pose.text("id")).isEqualTo("stretching/childs-pose");
        assertThat(pose.json().get("steps").size()).isPositive();
        assertThat(pose.json().get("dose").get("kind")).isNotNull();
    }

    @Test
    void routinesAndOneRoutine() {
        Caller caller = newCaller();

        Answer routines = get("/api/v1/routines", caller);
        Answer release = get("/api/v1/routines/stretching/four-stretch-release", caller);

        assertThat(routines.body()).contains("\"id\":\"stretching/four-stretch-release\"");
        assertThat(release.text("id")).isEqualTo("stretching/four-stretch-release");
        assertThat(release.json().get("steps").size()).isPositive();
    }

    @Test
    void pluginsWithTheirVersions() {
        Answer plugins = get("/api/v1/plugins", newCaller());

        assertThat(plugins.status()).isEqualTo(200);
        assertThat(plugins.body()).contains("\"id\":\"stretching\"").contains("\"failed\":");
    }

    @Test
    void anUnknownTechniqueOrRoutineIs404() {
        Caller caller = newCaller();

        assertError(get("/api/v1/techniques/stretching/no-such-stretch", caller), 404, "not-found", null);
        assertError(get("/api/v1/routines/stretching/no-such-routine", caller), 404, "not-found", null);
        assertError(get("/api/v1/techniques/a/b/c", caller), 404, "not-found", null);
    }
}
