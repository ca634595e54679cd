package dev.unknot.api.own;

import static dev.unknot.api.testing.ApiAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

class OwnExercisesApiTests extends ApiServerTest {

    static final String WALL_SLIDE =
            "{\"name\":\"Wall slide\",\"steps\":[\"Back to the wall.\",\"Slide up and down.\"],"
                    + "\"dose\":{\"kind\":\"reps\",\"from\":10,\"count\":2},\"bodyAreas\":[\"upper-back\"],"
                    + "\"cautions\":[\"Stop if it pinches.\"]}";

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void anOwnTechniqueIsMadeUsedInAHabitAndARoutineAndSeenInTheLibrary() {
        Caller caller = newCaller();

        Answer created = send("POST", "/api/v1/own/techniques", caller, WALL_SLIDE);
        Answer routine = send(
                "POST",
                "/api/v1/own/routines",
                caller,
                "{\"name\":\"Evening\",\"steps\":[{\"technique\":\"my/wall-slide\"},"
                        + "{\"technique\":\"stretching/childs-pose\",\"dose\":{\"kind\":\"hold\",\"from\":20,\"to\":30}}]}");
        String habit = newHabit(caller, "{\"from\":\"routine\",\"id\":\"my/evening\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("id")).isEqualTo("my/wall-slide");
        assertThat(created.json().get("dose").get("description").coerceStringValue())
                .isEqualTo("10 reps × 2 sets");
        assertThat(routine.status()).as(routine.body()).isEqualTo(201);
        assertThat(routine.json().get("steps").size()).isEqualTo(2);
        assertThat(get("/api/v1/habits/" + habit, caller).body()).contains("my/evening");
        assertThat(get("/api/v1/techniques/my/wall-slide", caller).text("name")).isEqualTo("Wall slide");
        assertThat(get("/api/v1/routines/my/evening", caller).status()).isEqualTo(200);
        assertThat(get("/api/v1/own", caller).body()).contains("\"id\":\"my/wall-slide\"", "\"id\":\"my/evening\"");

        Answer edited = send("PATCH", "/api/v1/own/techniques/my/wall-slide", caller, "{\"eachSide\":true}");
        assertThat(edited.text("sides")).isEqualTo("each-side");
        assertThat(edited.text("name")).isEqualTo("Wall slide");
        assertError(send("DELETE", "/api/v1/own/my/evening", caller, null), 409, "conflict", null);
    }

    @Test
    void badFieldsAre400NamingTheField() {
        Caller caller = newCaller();

        assertError(
                send("POST", "/api/v1/own/techniques", caller, WALL_SLIDE.replace("\"from\":10", "\"from\":60")),
                400,
                "invalid-input",
                "dose");
        assertError(
                send("POST", "/api/v1/own/techniques", caller, WALL_SLIDE.replace("[\"upper-back\"]", "[\"elbow\"]")),
                400,
                "invalid-input",
                "bodyAreas");
    }

    @Test
    void anotherPersonsOwnIdsAre404LikeUnknownOnes() {
        Caller anna = newCaller();
        Caller ben = newCaller();
        send("POST", "/api/v1/own/techniques", anna, WALL_SLIDE);

        Answer guessed = get("/api/v1/techniques/my/wall-slide", ben);
        Answer unknown = get("/api/v1/techniques/my/never-made", ben);

        assertError(guessed, 404, "not-found", null);
        assertThat(guessed.text("message")).isEqualTo("no technique my/wall-slide");
        assertThat(unknown.status()).isEqualTo(404);
        assertError(
                send("PATCH", "/api/v1/own/techniques/my/wall-slide", ben, "{\"name\":\"Mine\"}"),
                404,
                "not-found",
                null);
        assertError(send("DELETE", "/api/v1/own/my/wall-slide", ben, null), 404, "not-found", null);
        assertThat(get("/api/v1/own", ben).body()).doesNotContain("wall-slide");
        assertThat(get("/api/v1/techniques", ben).body()).doesNotContain("my/wall-slide");
        assertThat(send("POST", "/api/v1/habits", ben, "{\"from\":\"technique\",\"id\":\"my/wall-slide\"}")
                        .status())
                .isEqualTo(400);
        assertThat(get("/api/v1/techniques/my/wall-slide", anna).status()).isEqualTo(200);
    }

    @Test
    void anExportImportsIntoAnotherAccount() {
        Caller anna = newCaller();
        Caller ben = newCaller();
        send("POST", "/api/v1/own/techniques", anna, WALL_SLIDE);

        Answer export = get("/api/v1/own/export?id=anna-physio", anna);
        Answer imported = send(request("/api/v1/own/import", ben)
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(export.text("text"))));
        Answer broken = send(request("/api/v1/own/import", ben)
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString("unknot-plugin: 1\nid: x\n")));

        assertThat(export.text("fileName")).isEqualTo("anna-physio.yaml");
        assertThat(export.text("text")).contains("id: anna-physio/wall-slide");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("added").get(0).get("id").coerceStringValue())
                .isEqualTo("my/wall-slide");
        assertThat(get("/api/v1/techniques/my/wall-slide", ben).status()).isEqualTo(200);
        assertError(broken, 400, "invalid-input", "file");
    }

    @Test
    void theOpenApiDocumentDescribesTheOwnRoutes() {
        assertThat(get("/api/openapi.yml", null).body())
                .contains("/api/v1/own:", "/api/v1/own/techniques:", "/api/v1/own/routines/{namespace}/{name}:")
                .contains("/api/v1/own/{namespace}/{name}:", "/api/v1/own/export:", "/api/v1/own/import:")
                .contains("OwnTechniqueBody:", "DoseBody:");
    }
}
